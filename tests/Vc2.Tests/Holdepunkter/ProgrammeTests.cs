using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Data;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Holdepunkter;

/// <summary>The agency sets the programme up: job centres with their commitments (versioned, audited, in the
/// statement's history), closing instead of deleting, and staff who cannot reach any of it.</summary>
public sealed class ProgrammeTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private static Dictionary<string, string> NewCentre(string number = "751") => new()
    {
        ["Input.Name"] = "Jobcenter Aarhus", ["Input.MunicipalityNumber"] = number, ["Input.Address"] = "Værkmestergade 1, 8000 Aarhus",
        ["Input.ContactName"] = "Pia Projekt", ["Input.ContactEmail"] = "vc2@aarhus.example", ["Input.ContactPhone"] = "87 13 00 00",
        ["Input.Commitment.ExpectedParticipants"] = "120", ["Input.Commitment.ApplicationReceivedOn"] = "2013-09-16",
        ["Input.Commitment.CommittedOn"] = "2013-11-01", ["Input.Commitment.LetterReference"] = "2013-751-VC2",
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_agency_creates_a_job_centre_with_a_commitment_and_a_new_version_moves_the_frame(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var agency = await app.LoginAsync(app.Data.Agency);

        var bad = NewCentre("75");
        bad["Input.Commitment.ExpectedParticipants"] = "0";
        bad["Input.Commitment.LetterReference"] = "";
        var refused = await TestApp.PostFormAsync(agency, "/program/jobcentre/ny", "/program/jobcentre/ny", bad);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Kommunenummeret skal have tre cifre, fx 751.", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("Antallet af deltagere skal være mellem 1 og 100.000.", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("Skriv tilsagnsbrevets journalnummer.", refusedHtml, StringComparison.Ordinal);
        var duplicate = await TestApp.PostFormAsync(agency, "/program/jobcentre/ny", "/program/jobcentre/ny", NewCentre("101"));
        Assert.Contains("Der er allerede et jobcenter med kommunenummer 101.", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var created = await TestApp.PostFormAsync(agency, "/program/jobcentre/ny", "/program/jobcentre/ny", NewCentre());
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = created.Headers.Location!.ToString();
        var html = await agency.GetStringAsync(page);
        Assert.Contains("1.296.000,00 kr.", html, StringComparison.Ordinal); // 120 × 10.800
        Assert.Contains("2013-751-VC2", html, StringComparison.Ordinal);

        var commit = await TestApp.PostFormAsync(agency, page, page + "?handler=Commit", new Dictionary<string, string>
        {
            ["Commitment.ExpectedParticipants"] = "150", ["Commitment.CommittedOn"] = "2014-06-01", ["Commitment.LetterReference"] = "2014-751-VC2-tillæg",
            ["Commitment.Note"] = "Udvidet efter ansøgning",
        });
        Assert.Equal(HttpStatusCode.Redirect, commit.StatusCode);
        html = await agency.GetStringAsync(page);
        Assert.Contains("1.620.000,00 kr.", html, StringComparison.Ordinal);

        await using (var scope = app.SystemScope(out var db))
        {
            var centre = await db.JobCentres.SingleAsync(j => j.MunicipalityNumber == "751");
            Assert.Equal(150, centre.ExpectedParticipants);
            Assert.Equal([2, 1], await db.Commitments.Where(c => c.JobCentreId == centre.Id).OrderByDescending(c => c.Number).Select(c => c.Number).ToListAsync());
            var audit = await db.AuditEvents.Where(a => a.JobCentreId == centre.Id).Select(a => a.Detail).ToListAsync();
            Assert.Contains(audit, d => d!.StartsWith("Jobcenter oprettet: Jobcenter Aarhus (751)", StringComparison.Ordinal));
            Assert.Contains(audit, d => d!.Contains("Tilsagn version 2 af 1. juni 2014 (2014-751-VC2-tillæg): 120 → 150", StringComparison.Ordinal));
        }

        // The statement names the commitment and its history; its frame follows the newest version.
        var statement = await agency.GetStringAsync("/tilskud?dato=2015-06-30");
        Assert.Contains("Tilsagn (version 2, 150 forventede deltagere)", statement, StringComparison.Ordinal);
        Assert.Contains("Version 1 af 1. november 2013, journalnr. 2013-751-VC2: 120 forventede deltagere", statement, StringComparison.Ordinal);
        var json = await agency.GetFromJsonAsync<JsonElement>("/api/v1/grants/statement?asOf=2015-06-30");
        Assert.Contains(json.GetProperty("jobCentres").EnumerateArray(), c => c.GetProperty("id").GetString() == "751" && c.GetProperty("frame").GetDecimal() == 1_620_000m);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_job_centre_with_data_is_closed_not_deleted_and_staff_cannot_reach_the_set_up(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var agency = await app.LoginAsync(app.Data.Agency);
        var page = $"/program/jobcenter/{app.Data.CentreA}";
        var delete = await TestApp.PostFormAsync(agency, page, page + "?handler=Delete", []);
        Assert.Contains("Jobcentret har data", await delete.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var close = await TestApp.PostFormAsync(agency, page, page + "?handler=Close", new Dictionary<string, string> { ["Closing.ClosedOn"] = "2015-12-31", ["Closing.Version"] = "1" });
        Assert.Equal(HttpStatusCode.Redirect, close.StatusCode);
        Assert.Contains("Lukket pr. 31. december 2015", await agency.GetStringAsync(page), StringComparison.Ordinal);

        // A job centre created by mistake, without data, can be deleted.
        var created = await agency.PostAsJsonAsync("/api/v1/job-centres", new
        {
            name = "Fejl", municipalityNumber = "999", commitment = new { expectedParticipants = 10, committedOn = "2014-01-01", letterReference = "x" },
        });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var id = await created.Content.ReadFromJsonAsync<Guid>();
        var deleted = await TestApp.PostFormAsync(agency, $"/program/jobcenter/{id}", $"/program/jobcenter/{id}?handler=Delete", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        await using (var scope = app.SystemScope(out var db))
        {
            Assert.False(await db.JobCentres.AnyAsync(j => j.Id == id));
            Assert.NotNull((await db.JobCentres.SingleAsync(j => j.Id == app.Data.CentreA)).ClosedOn);
        }

        foreach (var user in new[] { app.Data.ProjectLeaderA, app.Data.CaseworkerA, app.Data.Evaluator })
        {
            var client = await app.LoginAsync(user);
            foreach (var url in new[] { "/program", page })
            {
                var refused = await client.GetAsync(url);
                Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
                Assert.StartsWith("/adgang-naegtet", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            }

            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/v1/job-centres/{app.Data.CentreA}/commitments", new { expectedParticipants = 999 })).StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_agency_sees_all_staff_and_a_project_leader_only_their_job_centres(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var all = await (await app.LoginAsync(app.Data.Agency)).GetStringAsync("/personale");
        var own = await (await app.LoginAsync(app.Data.ProjectLeaderA)).GetStringAsync("/personale");
        await using var scope = app.SystemScope(out var db);
        var caseworkerB = await db.Users.Where(u => u.Id == app.Data.CaseworkerB).Select(u => u.DisplayName).SingleAsync();
        var caseworkerA = await db.Users.Where(u => u.Id == app.Data.CaseworkerA).Select(u => u.DisplayName).SingleAsync();
        Assert.Contains(caseworkerB, all, StringComparison.Ordinal);
        Assert.Contains(caseworkerA, all, StringComparison.Ordinal);
        Assert.Contains(caseworkerA, own, StringComparison.Ordinal);
        Assert.DoesNotContain(caseworkerB, own, StringComparison.Ordinal);
        var caseworker = await app.LoginAsync(app.Data.CaseworkerA);
        Assert.StartsWith("/adgang-naegtet", (await caseworker.GetAsync("/personale")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.GetAsync("/api/v1/staff")).StatusCode);
    }
}
