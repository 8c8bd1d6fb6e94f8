using System.Net;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Data;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Audit;

public sealed class AuditTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Each_read_of_a_citizen_writes_an_audit_event_with_user_citizen_and_source(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.LoginAsync(app.Data.CaseworkerA);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/borgere/{app.Data.CitizenA}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/citizens/{app.Data.CitizenA}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/borgere/{app.Data.CitizenA}")).StatusCode);

        await using var scope = app.SystemScope(out var db);
        var reads = await db.AuditEvents.Where(a => a.CitizenId == app.Data.CitizenA && a.Action == AuditAction.Read)
            .OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(3, reads.Count);
        Assert.All(reads, r =>
        {
            Assert.Equal(app.Data.CaseworkerA, r.UserId);
            Assert.Equal("Sagsbehandler A", r.UserName);
            Assert.Equal(app.Data.CentreA, r.JobCentreId);
        });
        Assert.Equal("GET /borgere/{id:guid}", reads[0].Source);
        Assert.Equal("GET /api/v1/citizens/{id:guid}", reads[1].Source);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Revealing_a_cpr_number_and_searching_by_it_are_audited_and_never_logged_in_plain(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.LoginAsync(app.Data.CaseworkerA);

        var reveal = await TestApp.PostFormAsync(client, $"/borgere/{app.Data.CitizenA2}", $"/borgere/{app.Data.CitizenA2}?handler=RevealCpr", []);
        var html = await reveal.Content.ReadAsStringAsync();
        Assert.Contains("150385-1238", html, StringComparison.Ordinal);
        Assert.Contains("opfylder ikke modulus 11", html, StringComparison.Ordinal);

        var search = await TestApp.PostFormAsync(client, "/borgere", "/borgere", new Dictionary<string, string> { ["q"] = "010270-1232" });
        Assert.Contains("Alfasen", await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var scope = app.SystemScope(out var db);
        var events = await db.AuditEvents.ToListAsync();
        Assert.Contains(events, e => e.Action == AuditAction.RevealCpr && e.CitizenId == app.Data.CitizenA2);
        Assert.Contains(events, e => e.Action == AuditAction.Search && e.CitizenId == app.Data.CitizenA);
        Assert.All(events, e =>
        {
            Assert.DoesNotContain("1232", e.Detail ?? string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain("010270", e.Source, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_citizen_page_and_the_citizens_own_page_show_who_looked(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var caseworker = await app.LoginAsync(app.Data.CaseworkerA);
        await caseworker.GetAsync($"/borgere/{app.Data.CitizenA}");

        var own = await (await app.LoginAsync(app.Data.CitizenUserA)).GetStringAsync("/mine-oplysninger");
        Assert.Contains("Sagsbehandler A", own, StringComparison.Ordinal);
        Assert.Contains("Så oplysninger", own, StringComparison.Ordinal);

        var page = await caseworker.GetStringAsync($"/borgere/{app.Data.CitizenA}");
        Assert.Contains("Hvem har set borgerens oplysninger", page, StringComparison.Ordinal);
        Assert.Contains("Borger A", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_project_leader_searches_the_log_of_their_own_job_centre_only(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await (await app.LoginAsync(app.Data.CaseworkerA)).GetAsync($"/borgere/{app.Data.CitizenA}");
        await (await app.LoginAsync(app.Data.CaseworkerB)).GetAsync($"/borgere/{app.Data.CitizenB}");

        var leader = await app.LoginAsync(app.Data.ProjectLeaderA);
        var page = await leader.GetStringAsync("/adgangslog?bruger=sagsbehandler&handling=read");
        Assert.Contains("Sagsbehandler A", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Sagsbehandler B", page, StringComparison.Ordinal);
        Assert.Contains("1 hændelser", page, StringComparison.Ordinal);

        var api = await leader.GetStringAsync("/api/v1/audit?action=read");
        Assert.Contains("Sagsbehandler A", api, StringComparison.Ordinal);
        Assert.DoesNotContain("Sagsbehandler B", api, StringComparison.Ordinal);

        var bad = await leader.GetAsync("/api/v1/audit?from=2026-02-01&to=2026-01-01");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Til-datoen må ikke ligge før fra-datoen.", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var caseworker = await app.LoginAsync(app.Data.CaseworkerA);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.GetAsync("/api/v1/audit")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_audit_log_cannot_be_changed_or_deleted(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await (await app.LoginAsync(app.Data.CaseworkerA)).GetAsync($"/borgere/{app.Data.CitizenA}");

        await using var scope = app.SystemScope(out var db);
        var entry = await db.AuditEvents.FirstAsync();
        entry.Detail = "ændret";
        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());

        // Also the database itself refuses, for anyone who goes around VC2.
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEvents\" SET \"Detail\" = 'x'"));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEvents\""));
    }
}
