using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vc2.Platform.Data;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Platform;

/// <summary>A user of job centre A who asks for a record of job centre B gets 404 — on every page and endpoint that
/// takes a record id. The route table is read from the running app, so a new route without a case here fails.</summary>
public sealed class TenancyTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    /// <summary>Every route with an id, and how to ask it for job centre B's record. Forms are posted with a valid
    /// antiforgery token and API writes with a JSON body, so that a 404 cannot come from a missing token or body.</summary>
    private static readonly (string Route, string Method, Func<TestData, string> Url)[] Cases =
    [
        ("borgere/{id:guid}", "GET", d => $"/borgere/{d.CitizenB}"),
        ("borgere/{id:guid}", "POST", d => $"/borgere/{d.CitizenB}?handler=RevealCpr"),
        ("borgere/{id:guid}", "POST", d => $"/borgere/{d.CitizenB}?handler=CheckTargetGroup"),
        ("borgere/{id:guid}/maalgruppe", "GET", d => $"/borgere/{d.CitizenB}/maalgruppe"),
        ("borgere/{id:guid}/maalgruppe", "POST", d => $"/borgere/{d.CitizenB}/maalgruppe"),
        ("borgere/{id:guid}/rediger", "GET", d => $"/borgere/{d.CitizenB}/rediger"),
        ("borgere/{id:guid}/rediger", "POST", d => $"/borgere/{d.CitizenB}/rediger"),
        ("borgere/{id:guid}/udslusning", "GET", d => $"/borgere/{d.CitizenB}/udslusning"),
        ("borgere/{id:guid}/udslusning", "POST", d => $"/borgere/{d.CitizenB}/udslusning"),
        ("borgere/{id:guid}/forloeb/nyt", "GET", d => $"/borgere/{d.CitizenB}/forloeb/nyt"),
        ("borgere/{id:guid}/forloeb/nyt", "POST", d => $"/borgere/{d.CitizenB}/forloeb/nyt"),
        ("borgere/{id:guid}/resultat/nyt", "GET", d => $"/borgere/{d.CitizenB}/resultat/nyt"),
        ("borgere/{id:guid}/resultat/nyt", "POST", d => $"/borgere/{d.CitizenB}/resultat/nyt"),
        ("forloeb/{id:guid}", "GET", d => $"/forloeb/{d.PlacementB}"),
        ("forloeb/{id:guid}/afslut", "GET", d => $"/forloeb/{d.PlacementB}/afslut"),
        ("forloeb/{id:guid}/afslut", "POST", d => $"/forloeb/{d.PlacementB}/afslut"),
        ("forloeb/{id:guid}/mentor", "GET", d => $"/forloeb/{d.PlacementB}/mentor"),
        ("forloeb/{id:guid}/mentor", "POST", d => $"/forloeb/{d.PlacementB}/mentor"),
        ("forloeb/{id:guid}/aftale/ny", "GET", d => $"/forloeb/{d.PlacementB}/aftale/ny"),
        ("forloeb/{id:guid}/aftale/ny", "POST", d => $"/forloeb/{d.PlacementB}/aftale/ny"),
        ("forloeb/{id:guid}/opfoelgning/ny", "GET", d => $"/forloeb/{d.PlacementB}/opfoelgning/ny"),
        ("forloeb/{id:guid}/opfoelgning/ny", "POST", d => $"/forloeb/{d.PlacementB}/opfoelgning/ny"),
        ("aftaler/{id:guid}", "GET", d => $"/aftaler/{d.AgreementB}"),
        ("aftaler/{id:guid}", "POST", d => $"/aftaler/{d.AgreementB}"),
        ("virksomheder/{id:guid}", "GET", d => $"/virksomheder/{d.CompanyB}"),
        ("virksomheder/{id:guid}/rediger", "GET", d => $"/virksomheder/{d.CompanyB}/rediger"),
        ("virksomheder/{id:guid}/rediger", "POST", d => $"/virksomheder/{d.CompanyB}/rediger"),
        ("virksomheder/{id:guid}/rammeaftaler/ny", "GET", d => $"/virksomheder/{d.CompanyB}/rammeaftaler/ny"),
        ("virksomheder/{id:guid}/rammeaftaler/ny", "POST", d => $"/virksomheder/{d.CompanyB}/rammeaftaler/ny"),
        ("virksomheder/{id:guid}/mentorer/ny", "GET", d => $"/virksomheder/{d.CompanyB}/mentorer/ny"),
        ("virksomheder/{id:guid}/mentorer/ny", "POST", d => $"/virksomheder/{d.CompanyB}/mentorer/ny"),
        ("api/v1/citizens/{id:guid}", "GET", d => $"/api/v1/citizens/{d.CitizenB}"),
        ("api/v1/citizens/{id:guid}", "PUT", d => $"/api/v1/citizens/{d.CitizenB}"),
        ("api/v1/citizens/{id:guid}/access-log", "GET", d => $"/api/v1/citizens/{d.CitizenB}/access-log"),
        ("api/v1/citizens/{id:guid}/case", "GET", d => $"/api/v1/citizens/{d.CitizenB}/case"),
        ("api/v1/citizens/{id:guid}/exit-strategies", "POST", d => $"/api/v1/citizens/{d.CitizenB}/exit-strategies"),
        ("api/v1/citizens/{id:guid}/placements", "POST", d => $"/api/v1/citizens/{d.CitizenB}/placements"),
        ("api/v1/citizens/{id:guid}/outcomes", "POST", d => $"/api/v1/citizens/{d.CitizenB}/outcomes"),
        ("api/v1/companies/{id:guid}", "GET", d => $"/api/v1/companies/{d.CompanyB}"),
        ("api/v1/companies/{id:guid}", "PUT", d => $"/api/v1/companies/{d.CompanyB}"),
        ("api/v1/companies/{id:guid}/contracts", "POST", d => $"/api/v1/companies/{d.CompanyB}/contracts"),
        ("api/v1/companies/{id:guid}/mentors", "POST", d => $"/api/v1/companies/{d.CompanyB}/mentors"),
        ("api/v1/placements/{id:guid}", "GET", d => $"/api/v1/placements/{d.PlacementB}"),
        ("api/v1/placements/{id:guid}/end", "POST", d => $"/api/v1/placements/{d.PlacementB}/end"),
        ("api/v1/placements/{id:guid}/mentor", "POST", d => $"/api/v1/placements/{d.PlacementB}/mentor"),
        ("api/v1/placements/{id:guid}/agreements", "POST", d => $"/api/v1/placements/{d.PlacementB}/agreements"),
        ("api/v1/placements/{id:guid}/follow-ups", "POST", d => $"/api/v1/placements/{d.PlacementB}/follow-ups"),
        ("api/v1/agreements/{id:guid}", "GET", d => $"/api/v1/agreements/{d.AgreementB}"),
        ("api/v1/agreements/{id:guid}/acceptances", "POST", d => $"/api/v1/agreements/{d.AgreementB}/acceptances"),
        ("borgere/{id:guid}/progression", "GET", d => $"/borgere/{d.CitizenB}/progression"),
        ("borgere/{id:guid}/progression", "POST", d => $"/borgere/{d.CitizenB}/progression?handler=Invite"),
        ("borgere/{id:guid}/maaling/ny", "GET", d => $"/borgere/{d.CitizenB}/maaling/ny"),
        ("borgere/{id:guid}/maaling/ny", "POST", d => $"/borgere/{d.CitizenB}/maaling/ny"),
        ("api/v1/citizens/{id:guid}/progress", "GET", d => $"/api/v1/citizens/{d.CitizenB}/progress"),
        ("api/v1/citizens/{id:guid}/measurements", "POST", d => $"/api/v1/citizens/{d.CitizenB}/measurements"),
    ];

    /// <summary>Routes of the mentor's and the citizen's own measurements, asked by job centre A's mentor for B's request.</summary>
    private static readonly (string Route, string Method, Func<TestData, string> Url)[] RespondentCases =
    [
        ("mine-maalinger/{id:guid}", "GET", d => $"/mine-maalinger/{d.RequestB}"),
        ("mine-maalinger/{id:guid}", "POST", d => $"/mine-maalinger/{d.RequestB}"),
        ("api/v1/me/measurements/{id:guid}", "POST", d => $"/api/v1/me/measurements/{d.RequestB}"),
        ("aftale/{id:guid}", "GET", d => $"/aftale/{d.AgreementB}"), // the parties' agreement: not a placement the mentor supports
        ("aftale/{id:guid}", "POST", d => $"/aftale/{d.AgreementB}"),
    ];

    /// <summary>The personal links: the token is the key, tested in LinkTests (unknown, expired, used, wrong respondent)
    /// and PartyTests (unknown, expired, used once).</summary>
    private static readonly HashSet<string> TokenRoutes = ["svar/{token}", "link/{token}"];

    /// <summary>Routes with an id that only the agency uses: register imports (counts only), its decisions on payment
    /// requests (PaymentTests shows a project leader cannot post them), evaluation reports (aggregates; EvaluationTests) and
    /// the evaluators' assessment of one (AssessmentTests shows a project leader cannot reach it),
    /// and the programme's set-up of job centres (ProgrammeTests shows staff cannot reach it). And the withdrawal of a
    /// payment request, which only the project leader of its job centre may do (PaymentTests: anyone else gets 404).</summary>
    private static readonly HashSet<string> NationalRoutes =
    [
        "registre/{id:guid}", "udbetalinger/{id:guid}", "evaluering/{id:guid}", "evaluering/{id:guid}/vurdering", "api/v1/payments/{id:guid}/decisions", "api/v1/payments/{id:guid}/withdrawal",
        "program/jobcenter/{id:guid}", "api/v1/job-centres/{id:guid}", "api/v1/job-centres/{id:guid}/commitments", "api/v1/job-centres/{id:guid}/closing",
    ];

    /// <summary>The grant statement's drill-downs, which belong to the project leader.</summary>
    private static readonly (string Route, string Method, Func<TestData, string> Url)[] GrantCases =
    [
        ("tilskud/borger/{id:guid}", "GET", d => $"/tilskud/borger/{d.CitizenB}"),
        ("api/v1/grants/citizens/{id:guid}", "GET", d => $"/api/v1/grants/citizens/{d.CitizenB}"),
        ("api/v1/progress/job-centres/{id:guid}", "GET", d => $"/api/v1/progress/job-centres/{d.CentreB}"),
    ];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Records_of_another_job_centre_are_not_found_on_any_page_or_endpoint(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.LoginAsync(app.Data.CaseworkerA);
        var failures = new List<string>();

        // Asks each route as the given user for B's record: GET, an API write with a JSON body, or a form post with a
        // valid antiforgery token (taken from formPage), so that a 404 cannot come from a missing token or body.
        async Task AskAsync(HttpClient user, IEnumerable<(string Route, string Method, Func<TestData, string> Url)> cases, string formPage, Dictionary<string, string> form)
        {
            foreach (var (route, method, url) in cases)
            {
                var response = (method, route.StartsWith("api/", StringComparison.Ordinal)) switch
                {
                    ("GET", _) => await user.GetAsync(url(app.Data)),
                    (_, true) => await user.SendAsync(new HttpRequestMessage(new HttpMethod(method), url(app.Data))
                    {
                        Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
                    }),
                    _ => await TestApp.PostFormAsync(user, formPage, url(app.Data), new Dictionary<string, string>(form)),
                };
                if (response.StatusCode != HttpStatusCode.NotFound)
                {
                    failures.Add($"{method} {route} answered {(int)response.StatusCode}");
                }
            }
        }

        await AskAsync(client, Cases, "/borgere", app.Data.CitizenForm());
        var leader = await app.LoginAsync(app.Data.ProjectLeaderA);
        await AskAsync(leader, GrantCases, "/tilskud", []);
        var mentor = await app.LoginAsync(app.Data.MentorA);
        await AskAsync(mentor, RespondentCases, "/mine-maalinger", new Dictionary<string, string> { ["Input.Scores[attendance]"] = "5" });

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync($"/tilskud/borger/{app.Data.CitizenA}")).StatusCode);

        // The same routes answer for the user's own job centre, so the 404s above are tenancy, not broken routes.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/borgere/{app.Data.CitizenA}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/citizens/{app.Data.CitizenA}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/virksomheder/{app.Data.CompanyA}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/companies/{app.Data.CompanyA}")).StatusCode);

        // And nothing of B's was changed or added by the attempts.
        await using var scope = app.SystemScope(out var db);
        Assert.Equal(1, (await db.Citizens.SingleAsync(c => c.Id == app.Data.CitizenB)).Version);
        Assert.Equal(1, await db.Placements.CountAsync());
        Assert.Equal(1, await db.Agreements.CountAsync());
        Assert.Null((await db.Agreements.SingleAsync()).AcceptedByJobCentreAtUtc);
        Assert.Equal(2, await db.Mentors.CountAsync());
        Assert.Equal(2, await db.Contracts.CountAsync());
        Assert.Equal(0, await db.Outcomes.CountAsync() + await db.FollowUps.CountAsync() + await db.ExitStrategies.CountAsync() + await db.TargetGroupChecks.CountAsync()
            + await db.Measurements.CountAsync() + await db.Outbox.CountAsync());
        Assert.Equal(1, await db.MeasurementRequests.CountAsync());
        Assert.Null((await db.MeasurementRequests.SingleAsync()).AnsweredAtUtc);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_route_with_an_id_is_covered_by_the_tenancy_test(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText?.TrimStart('/') ?? string.Empty)
            .Where(r => r.Contains('{', StringComparison.Ordinal) && !r.StartsWith("fejl", StringComparison.Ordinal) && !r.StartsWith("openapi", StringComparison.Ordinal))
            .Where(r => !NationalRoutes.Contains(r) && !TokenRoutes.Contains(r))
            .ToHashSet();
        var covered = Cases.Concat(GrantCases).Concat(RespondentCases).Select(c => c.Route).ToHashSet();
        Assert.Subset(covered, routes);
        Assert.Superset(covered, routes);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Lists_and_searches_show_only_the_users_own_job_centre(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.LoginAsync(app.Data.CaseworkerA);

        var page = await client.GetStringAsync("/borgere");
        Assert.Contains("Alfasen", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Betasen", page, StringComparison.Ordinal);

        var api = await client.GetStringAsync("/api/v1/citizens");
        Assert.Contains("Alfasen", api, StringComparison.Ordinal);
        Assert.DoesNotContain("Betasen", api, StringComparison.Ordinal);

        var byCpr = await TestApp.PostFormAsync(client, "/borgere", "/borgere", new Dictionary<string, string> { ["q"] = TestData.CprB });
        var byCprHtml = await byCpr.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Betasen", byCprHtml, StringComparison.Ordinal);
        Assert.Contains("0 borgere fundet", byCprHtml, StringComparison.Ordinal);

        var companies = await client.GetStringAsync("/api/v1/companies");
        Assert.Contains("Alfa Bageri", companies, StringComparison.Ordinal);
        Assert.DoesNotContain("Beta Smedje", companies, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Roles_without_citizen_data_are_refused(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        foreach (var user in new[] { app.Data.Agency, app.Data.Evaluator, app.Data.MentorA, app.Data.CitizenUserA })
        {
            var client = await app.LoginAsync(user);
            Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync($"/borgere/{app.Data.CitizenA}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/citizens/{app.Data.CitizenA}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/citizens")).StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_citizen_sees_their_own_data_only(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.LoginAsync(app.Data.CitizenUserA);
        var page = await client.GetStringAsync("/mine-oplysninger");
        Assert.Contains("Anders Alfasen", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Amalie", page, StringComparison.Ordinal);
        Assert.Contains("010270-XXXX", page, StringComparison.Ordinal);
        Assert.DoesNotContain("1232", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Anonymous_users_are_sent_to_login_and_the_api_answers_401(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = app.Anonymous();
        var page = await client.GetAsync($"/borgere/{app.Data.CitizenA}");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/log-ind", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"/api/v1/citizens/{app.Data.CitizenA}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_agency_sees_every_job_centre_in_counts(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.LoginAsync(app.Data.Agency);
        var page = await client.GetStringAsync("/jobcentre");
        Assert.Contains("Jobcenter Alfa", page, StringComparison.Ordinal);
        Assert.Contains("Jobcenter Beta", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Alfasen", page, StringComparison.Ordinal);
        var overview = await client.GetStringAsync("/api/v1/job-centres/overview");
        Assert.Contains("\"citizens\":2", overview, StringComparison.Ordinal);
        Assert.Contains("\"citizens\":1", overview, StringComparison.Ordinal);
    }
}
