using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Data;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.CaseWork;

/// <summary>The case work through HTTP: forms keep Danish formats, and the API answers with the same rules.</summary>
public sealed class CaseWorkHttpTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Date_fields_show_iso_dates_and_hours_are_read_with_a_danish_comma(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.LoginAsync(app.Data.CaseworkerA);
        var edit = await client.GetStringAsync($"/borgere/{app.Data.CitizenA}/rediger");
        Assert.Contains("type=\"date\" value=\"2014-03-01\"", edit, StringComparison.Ordinal);

        var start = await TestApp.PostFormAsync(client, $"/borgere/{app.Data.CitizenA}/forloeb/nyt", $"/borgere/{app.Data.CitizenA}/forloeb/nyt", new Dictionary<string, string>
        {
            ["Input.CompanyId"] = app.Data.CompanyA.ToString(), ["Input.ContractId"] = app.Data.ContractA.ToString(),
            ["Input.MentorId"] = app.Data.MentorOfCompanyA.ToString(), ["Input.Start"] = "2026-01-05", ["Input.WeeklyHoursNow"] = "8,5",
        });
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        await using var scope = app.SystemScope(out var db);
        var placement = await db.Placements.SingleAsync(p => p.CitizenId == app.Data.CitizenA);
        Assert.Equal(8.5m, placement.WeeklyHoursNow);
        Assert.Equal(new DateOnly(2026, 1, 5), placement.Start);

        var page = await client.GetStringAsync($"{start.Headers.Location}");
        Assert.Contains("Forløb hos Alfa Bageri ApS", page, StringComparison.Ordinal);
        Assert.Contains("8,5 nu", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Letters_in_a_number_field_are_refused_in_danish_and_nothing_is_saved_without_them(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.LoginAsync(app.Data.CaseworkerA);
        var url = $"/borgere/{app.Data.CitizenA}/forloeb/nyt";
        var fields = new Dictionary<string, string>
        {
            ["Input.CompanyId"] = app.Data.CompanyA.ToString(), ["Input.ContractId"] = app.Data.ContractA.ToString(),
            ["Input.MentorId"] = app.Data.MentorOfCompanyA.ToString(), ["Input.Start"] = "2026-01-05", ["Input.WeeklyHoursNow"] = "otte",
        };
        var refused = await TestApp.PostFormAsync(client, url, url, fields);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("»otte« kan ikke læses", html, StringComparison.Ordinal);
        Assert.Contains("value=\"otte\"", html, StringComparison.Ordinal); // what was typed is kept
        await using (var scope = app.SystemScope(out var db))
        {
            Assert.False(await db.Placements.AnyAsync(p => p.CitizenId == app.Data.CitizenA));
        }

        fields["Input.WeeklyHoursNow"] = "8";
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(client, url, url, fields)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_api_registers_a_citizen_and_answers_bad_input_with_danish_field_messages(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.LoginAsync(app.Data.CaseworkerA);
        var bad = await client.PostAsJsonAsync("/api/v1/citizens", new { cpr = "123", firstName = "", targetGroup = "Ressourceforloeb" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var body = await bad.Content.ReadAsStringAsync();
        using (var problem = JsonDocument.Parse(body))
        {
            Assert.True(problem.RootElement.TryGetProperty("errors", out _), body);
            var errors = problem.RootElement.GetProperty("errors");
            Assert.Equal("CPR-nummeret skal have 10 cifre, fx 010203-1234.", errors.GetProperty("Cpr")[0].GetString());
            Assert.Equal("Skriv borgerens fornavn.", errors.GetProperty("FirstName")[0].GetString());
        }

        var ok = await client.PostAsJsonAsync("/api/v1/citizens", new
        {
            cpr = "0505901231", firstName = "Nina", lastName = "Nysen", targetGroup = "KontanthjaelpTwoYears",
            enrolmentDate = "2026-11-02", coordinatingCaseworkerId = app.Data.CaseworkerA,
        });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var id = (await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var caseView = await client.GetFromJsonAsync<JsonElement>($"/api/v1/citizens/{id}/case");
        Assert.Equal("Nina", caseView.GetProperty("citizen").GetProperty("firstName").GetString());
        Assert.Equal("Indskrevet i Virksomhedscenter generation 2", caseView.GetProperty("timeline")[0].GetProperty("text").GetString());

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/work-list");
        Assert.Contains(list.EnumerateArray(), r => r.GetProperty("citizenId").GetGuid() == id);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_refused_placement_form_reads_the_citizen_once_and_writes_no_audit_event(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider, new Dictionary<string, string?> { [$"Logging:LogLevel:{SqlCapture.Category}"] = "Information" });
        var client = await app.LoginAsync(app.Data.CaseworkerA);
        var url = $"/borgere/{app.Data.CitizenA}/forloeb/nyt";
        var form = await client.GetStringAsync(url);
        long AuditRows()
        {
            using var scope = app.SystemScope(out var db);
            return db.AuditEvents.LongCount(a => a.CitizenId == app.Data.CitizenA);
        }

        var before = AuditRows();
        app.Sql.Clear();
        var refused = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.CompanyId"] = app.Data.CompanyA.ToString(), ["Input.Start"] = "2026-01-05", // no mentor: refused
            ["__RequestVerificationToken"] = TestApp.AntiforgeryToken(form),
        }));
        var commands = app.Sql.Commands;

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Vælg borgerens mentor på virksomheden.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The login (user and roles) reads no citizen; the command reads the citizen, and the form shown again reuses that read.
        var citizenReads = commands.Count(c => c.Contains("FROM \"Citizens\"", StringComparison.Ordinal) && c.Contains("SELECT", StringComparison.Ordinal));
        Assert.Equal(1, citizenReads);
        Assert.Equal(before, AuditRows());
    }
}
