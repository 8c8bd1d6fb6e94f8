using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vc2.Data;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Platform;

/// <summary>A user of job centre A who asks for a record of job centre B gets 404 — on every page and endpoint that
/// takes a record id. The route table is read from the running app, so a new route without a case here fails.</summary>
public sealed class TenancyTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    /// <summary>Every route with an id, and how to ask it for job centre B's record.</summary>
    private static readonly (string Route, string Method, Func<TestData, string> Url, string? FormPage)[] Cases =
    [
        ("borgere/{id:guid}", "GET", d => $"/borgere/{d.CitizenB}", null),
        ("borgere/{id:guid}", "POST", d => $"/borgere/{d.CitizenB}?handler=RevealCpr", "/borgere"),
        ("borgere/{id:guid}/kontakt", "GET", d => $"/borgere/{d.CitizenB}/kontakt", null),
        ("borgere/{id:guid}/kontakt", "POST", d => $"/borgere/{d.CitizenB}/kontakt", "/borgere"),
        ("virksomheder/{id:guid}", "GET", d => $"/virksomheder/{d.CompanyB}", null),
        ("api/v1/citizens/{id:guid}", "GET", d => $"/api/v1/citizens/{d.CitizenB}", null),
        ("api/v1/citizens/{id:guid}/access-log", "GET", d => $"/api/v1/citizens/{d.CitizenB}/access-log", null),
        ("api/v1/companies/{id:guid}", "GET", d => $"/api/v1/companies/{d.CompanyB}", null),
    ];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Records_of_another_job_centre_are_not_found_on_any_page_or_endpoint(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.LoginAsync(app.Data.CaseworkerA);
        foreach (var (route, method, url, formPage) in Cases)
        {
            HttpResponseMessage response;
            if (method == "GET")
            {
                response = await client.GetAsync(url(app.Data));
            }
            else
            {
                response = await TestApp.PostFormAsync(client, formPage!, url(app.Data), new Dictionary<string, string>
                {
                    ["Input.Phone"] = "11111111", ["Input.Version"] = "1",
                });
            }

            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {route} answered {(int)response.StatusCode}");
        }

        // The same routes answer for the user's own job centre, so the 404s above are tenancy, not broken routes.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/borgere/{app.Data.CitizenA}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/citizens/{app.Data.CitizenA}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/virksomheder/{app.Data.CompanyA}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/companies/{app.Data.CompanyA}")).StatusCode);
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
            .ToHashSet();
        Assert.Subset(Cases.Select(c => c.Route).ToHashSet(), routes);
        Assert.Superset(Cases.Select(c => c.Route).ToHashSet(), routes);
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
