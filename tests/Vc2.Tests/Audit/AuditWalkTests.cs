using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vc2.CaseWork.Progress;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Tests.Infrastructure;
using Vc2.Web.Pages.Audit;
using static Vc2.Tests.Progress.ProgressTestData;

namespace Vc2.Tests.Audit;

/// <summary>ADR 0018: every read of a citizen's data is in that citizen's access log. The test walks every GET route
/// with an id in the running app's route table (a new route without a case here fails), reads it as a user who may,
/// and checks that an event for the citizen was written; the same for the pages without an id that name citizens, and
/// for the exports. The log says in plain Danish what was seen.</summary>
public sealed class AuditWalkTests
{
    private enum Who { CaseworkerA, CaseworkerB, LeaderA, Agency, MentorA, CitizenA, Anonymous }

    /// <summary>Routes with an id that show no citizen's data: companies (their mentors and occupancy counts), the
    /// agency's set-up, imports and payment requests (counts and amounts per job centre), evaluation reports
    /// (aggregates) and the evaluators' assessment of one (their own texts), a job centre's progress figures (aggregates),
    /// and the error page.</summary>
    private static readonly HashSet<string> NoCitizenData =
    [
        "virksomheder/{id:guid}", "virksomheder/{id:guid}/rediger", "virksomheder/{id:guid}/rammeaftaler/ny", "virksomheder/{id:guid}/mentorer/ny",
        "api/v1/companies/{id:guid}", "registre/{id:guid}", "udbetalinger/{id:guid}", "evaluering/{id:guid}", "evaluering/{id:guid}/vurdering",
        "program/jobcenter/{id:guid}", "api/v1/job-centres/{id:guid}", "api/v1/progress/job-centres/{id:guid}", "fejl/{code:int}",
        "link/{token}", // shows only whether a personal link can be used and what for; opening it (a POST) is audited
    ];

    private sealed record Ids(Guid CitizenA, Guid CitizenB, Guid PlacementB, Guid AgreementB, Guid MentorRequest, string Token, Guid AgreementA);

    private static readonly (string Route, Who Who, Func<Ids, string> Url, Func<Ids, Guid> Citizen)[] Cases =
    [
        ("borgere/{id:guid}", Who.CaseworkerA, i => $"/borgere/{i.CitizenA}", i => i.CitizenA),
        ("borgere/{id:guid}/rediger", Who.CaseworkerA, i => $"/borgere/{i.CitizenA}/rediger", i => i.CitizenA),
        ("borgere/{id:guid}/maalgruppe", Who.CaseworkerA, i => $"/borgere/{i.CitizenA}/maalgruppe", i => i.CitizenA),
        ("borgere/{id:guid}/udslusning", Who.CaseworkerA, i => $"/borgere/{i.CitizenA}/udslusning", i => i.CitizenA),
        ("borgere/{id:guid}/forloeb/nyt", Who.CaseworkerA, i => $"/borgere/{i.CitizenA}/forloeb/nyt", i => i.CitizenA),
        ("borgere/{id:guid}/resultat/nyt", Who.CaseworkerA, i => $"/borgere/{i.CitizenA}/resultat/nyt", i => i.CitizenA),
        ("borgere/{id:guid}/progression", Who.CaseworkerA, i => $"/borgere/{i.CitizenA}/progression", i => i.CitizenA),
        ("borgere/{id:guid}/maaling/ny", Who.CaseworkerA, i => $"/borgere/{i.CitizenA}/maaling/ny", i => i.CitizenA),
        ("forloeb/{id:guid}", Who.CaseworkerB, i => $"/forloeb/{i.PlacementB}", i => i.CitizenB),
        ("forloeb/{id:guid}/afslut", Who.CaseworkerB, i => $"/forloeb/{i.PlacementB}/afslut", i => i.CitizenB),
        ("forloeb/{id:guid}/mentor", Who.CaseworkerB, i => $"/forloeb/{i.PlacementB}/mentor", i => i.CitizenB),
        ("forloeb/{id:guid}/aftale/ny", Who.CaseworkerB, i => $"/forloeb/{i.PlacementB}/aftale/ny", i => i.CitizenB),
        ("forloeb/{id:guid}/opfoelgning/ny", Who.CaseworkerB, i => $"/forloeb/{i.PlacementB}/opfoelgning/ny", i => i.CitizenB),
        ("aftaler/{id:guid}", Who.CaseworkerB, i => $"/aftaler/{i.AgreementB}", i => i.CitizenB),
        ("aftale/{id:guid}", Who.MentorA, i => $"/aftale/{i.AgreementA}", i => i.CitizenA),
        ("tilskud/borger/{id:guid}", Who.LeaderA, i => $"/tilskud/borger/{i.CitizenA}", i => i.CitizenA),
        ("mine-maalinger/{id:guid}", Who.MentorA, i => $"/mine-maalinger/{i.MentorRequest}", i => i.CitizenA),
        ("svar/{token}", Who.Anonymous, i => $"/svar/{i.Token}", i => i.CitizenA),
        ("api/v1/citizens/{id:guid}", Who.CaseworkerA, i => $"/api/v1/citizens/{i.CitizenA}", i => i.CitizenA),
        ("api/v1/citizens/{id:guid}/case", Who.CaseworkerA, i => $"/api/v1/citizens/{i.CitizenA}/case", i => i.CitizenA),
        ("api/v1/citizens/{id:guid}/access-log", Who.CaseworkerA, i => $"/api/v1/citizens/{i.CitizenA}/access-log", i => i.CitizenA),
        ("api/v1/citizens/{id:guid}/progress", Who.CaseworkerA, i => $"/api/v1/citizens/{i.CitizenA}/progress", i => i.CitizenA),
        ("api/v1/placements/{id:guid}", Who.CaseworkerB, i => $"/api/v1/placements/{i.PlacementB}", i => i.CitizenB),
        ("api/v1/agreements/{id:guid}", Who.CaseworkerB, i => $"/api/v1/agreements/{i.AgreementB}", i => i.CitizenB),
        ("api/v1/grants/citizens/{id:guid}", Who.LeaderA, i => $"/api/v1/grants/citizens/{i.CitizenA}", i => i.CitizenA),
    ];

    /// <summary>Pages and endpoints without an id that name citizens or send their data out.</summary>
    private static readonly (string Name, Who Who, string Url, Func<Ids, Guid> Citizen, string Seen)[] Named =
    [
        ("udbakken", Who.LeaderA, "/udbakke", i => i.CitizenA, "Udbakken"),
        ("adgangsloggen", Who.LeaderA, "/adgangslog", i => i.CitizenA, "Adgangsloggen"),
        ("mentorens målinger", Who.MentorA, "/mine-maalinger", i => i.CitizenA, "Målinger til besvarelse (mentor eller borger)"),
        ("mentorens forløb", Who.MentorA, "/mentor", i => i.CitizenA, "Virksomhedsmentorens forløb"),
        ("borgerens eget forløb", Who.CitizenA, "/mit-forloeb", i => i.CitizenA, "Borgerens eget forløb"),
        ("mentorens målinger i API'et", Who.MentorA, "/api/v1/me/measurements", i => i.CitizenA, "API: målinger til besvarelse"),
        ("opgørelsen som CSV", Who.LeaderA, "/tilskud?handler=Csv", i => i.CitizenA, "Tilskudsopgørelsen"),
        ("opgørelsen som regneark", Who.LeaderA, "/tilskud?handler=Xlsx", i => i.CitizenA, "Tilskudsopgørelsen"),
        ("opgørelsen som CSV i API'et", Who.LeaderA, "/api/v1/grants/statement.csv", i => i.CitizenA, "API: eksport af tilskudsopgørelsen (CSV)"),
        ("opgørelsen som regneark i API'et", Who.LeaderA, "/api/v1/grants/statement.xlsx", i => i.CitizenA, "API: eksport af tilskudsopgørelsen (regneark)"),
        ("styrelsens landsopgørelse som CSV (uden navne)", Who.Agency, "/api/v1/grants/statement.csv", i => i.CitizenB, "API: eksport af tilskudsopgørelsen (CSV)"),
    ];

    [Fact]
    public async Task Every_get_route_with_an_id_is_walked_or_shows_no_citizen_data()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains("GET"))
            .Select(e => e.RoutePattern.RawText?.TrimStart('/') ?? string.Empty)
            .Where(r => r.Contains('{', StringComparison.Ordinal) && !r.StartsWith("openapi", StringComparison.Ordinal))
            .ToHashSet();
        var known = Cases.Select(c => c.Route).Concat(NoCitizenData).ToHashSet();
        Assert.Empty(routes.Except(known));
        Assert.Empty(known.Except(routes));
        Assert.All(Cases, c => Assert.True(AuditSources.Knows(c.Route), $"{c.Route} has no Danish text in AuditSources."));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_read_of_a_citizen_is_in_the_citizens_access_log_in_plain_danish(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var placementA = await StartPlacementAAsync(app, daysAgo: 120);
        var mentorRequest = Assert.IsType<Result<InviteRespondent.Output>.Ok>(await app.AsAsync<InviteRespondent, Result<InviteRespondent.Output>>(app.Data.CaseworkerA,
            s => s.RunAsync(app.Data.CitizenA, new InviteRespondent.Input(Respondent.Mentor, DeliveryChannel.None)))).Value.RequestId;
        // The citizen's own link (the mentor's stays open for the logged-in answer).
        Assert.IsType<Result<InviteRespondent.Output>.Ok>(await app.AsAsync<InviteRespondent, Result<InviteRespondent.Output>>(app.Data.CaseworkerA,
            s => s.RunAsync(app.Data.CitizenA, new InviteRespondent.Input(Respondent.Citizen, DeliveryChannel.Sms))));
        string token;
        await using (var scope = app.SystemScope(out var db))
        {
            // A register check to override (the form exists only for a checked citizen).
            db.TargetGroupChecks.Add(new Vc2.CaseWork.Citizens.TargetGroupCheck
            {
                JobCentreId = app.Data.CentreA, CitizenId = app.Data.CitizenA, CheckedAtUtc = DateTime.UtcNow, CheckedBy = "test",
                Result = Vc2.CaseWork.Citizens.TargetGroupResult.NotInTargetGroup, Evidence = "test",
            });
            await db.SaveChangesAsync();
            token = TokenIn(Sent(await db.Outbox.SingleAsync()));
        }

        // An agreement for placement A, for the mentor's view of it (ADR 0023).
        var agreementA = Assert.IsType<Result<Vc2.CaseWork.Agreements.SaveAgreement.Output>.Ok>(await app.AsAsync<Vc2.CaseWork.Agreements.SaveAgreement, Result<Vc2.CaseWork.Agreements.SaveAgreement.Output>>(app.Data.CaseworkerA,
            s => s.RunAsync(placementA, new Vc2.CaseWork.Agreements.SaveAgreement.Input { LongTermGoal = "a", PlacementGoal = "b", TasksAndHours = "c", MentorRole = "d", SubGoals = "e" }))).Value.Id;
        var ids = new Ids(app.Data.CitizenA, app.Data.CitizenB, app.Data.PlacementB, app.Data.AgreementB, mentorRequest, token, agreementA);
        var clients = new Dictionary<Who, HttpClient>
        {
            [Who.CaseworkerA] = await app.LoginAsync(app.Data.CaseworkerA),
            [Who.CaseworkerB] = await app.LoginAsync(app.Data.CaseworkerB),
            [Who.LeaderA] = await app.LoginAsync(app.Data.ProjectLeaderA),
            [Who.Agency] = await app.LoginAsync(app.Data.Agency),
            [Who.MentorA] = await app.LoginAsync(app.Data.MentorA),
            [Who.CitizenA] = await app.LoginAsync(app.Data.CitizenUserA),
            [Who.Anonymous] = app.Anonymous(),
        };

        async Task<int> EventsAsync(Guid citizenId)
        {
            await using var scope = app.SystemScope(out var db);
            return await db.AuditEvents.CountAsync(a => a.CitizenId == citizenId);
        }

        var failures = new List<string>();
        foreach (var (route, who, url, citizen) in Cases.Select(c => (c.Route, c.Who, c.Url(ids), c.Citizen(ids))))
        {
            var before = await EventsAsync(citizen);
            var response = await clients[who].GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"GET {route} as {who}: {(int)response.StatusCode}");
            }
            else if (await EventsAsync(citizen) <= before)
            {
                failures.Add($"GET {route} as {who}: no audit event for the citizen");
            }
        }

        foreach (var (name, who, url, citizen, _) in Named.Select(n => (n.Name, n.Who, n.Url, n.Citizen(ids), n.Seen)))
        {
            var before = await EventsAsync(citizen);
            var response = await clients[who].GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{name} ({url}) as {who}: {(int)response.StatusCode}");
            }
            else if (await EventsAsync(citizen) <= before)
            {
                failures.Add($"{name} ({url}) as {who}: no audit event for the citizen");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));

        // The citizen's log, as the caseworker and the API show it: what was seen, in Danish, never a route template.
        var log = JsonDocument.Parse(await clients[Who.CaseworkerA].GetStringAsync($"/api/v1/citizens/{app.Data.CitizenA}/access-log")).RootElement.EnumerateArray().ToList();
        var where = log.Select(e => e.GetProperty("where").GetString()!).ToHashSet();
        Assert.Contains("Borgerens sag", where);
        Assert.Contains("Besvarelse via personligt link", where);
        Assert.Contains("Udbakken", where);
        Assert.Contains("API: eksport af tilskudsopgørelsen (CSV)", where);
        Assert.DoesNotContain(where, w => w.Contains('{', StringComparison.Ordinal));
        Assert.Contains(log, e => e.GetProperty("what").GetString() == "Eksporterede"
                                  && e.GetProperty("detail").GetString()!.StartsWith("Eksport af tilskudsopgørelse", StringComparison.Ordinal));
        var page = await clients[Who.CaseworkerA].GetStringAsync($"/borgere/{app.Data.CitizenA}");
        Assert.Contains("Eksport af tilskudsopgørelse", page, StringComparison.Ordinal);
        Assert.DoesNotContain("{id:guid}", page, StringComparison.Ordinal);
    }

    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;
}
