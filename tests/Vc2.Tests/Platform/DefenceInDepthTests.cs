using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Data;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Platform;

/// <summary>ADR 0018, defence in depth: the security headers in Production, rate limits on anonymous and expensive
/// endpoints, and a write naming another job centre than the user's refused instead of landing in their own.</summary>
public sealed class DefenceInDepthTests
{
    [Fact]
    public async Task Production_answers_with_csp_hsts_nosniff_frame_ancestors_and_no_store_on_personal_data()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Bootstrap:AgencyAdmins"] = "admin@styrelsen.example" },
            environment: "Production");
        var caseworker = await app.LoginAsync(app.Data.CaseworkerA, new Uri(TestApp.PublicBaseUrl));

        foreach (var url in new[] { $"/borgere/{app.Data.CitizenA}", $"/api/v1/citizens/{app.Data.CitizenA}", "/borgere" })
        {
            var response = await caseworker.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
            Assert.StartsWith("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
            Assert.True(response.Headers.CacheControl?.NoStore, $"{url} may be cached.");
        }

        // A Host that is not VC2's public address is refused (AllowedHosts follows Progress:PublicBaseUrl).
        using var forged = new HttpRequestMessage(HttpMethod.Get, "/borgere");
        forged.Headers.Host = "evil.example";
        Assert.Equal(HttpStatusCode.BadRequest, (await caseworker.SendAsync(forged)).StatusCode);
    }

    [Fact]
    public async Task Anonymous_and_expensive_endpoints_are_rate_limited_with_a_danish_429()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["RateLimits:AnonymousPerMinute"] = "10",
            ["RateLimits:ExpensivePerMinute"] = "3",
        });

        // The test server gives every request the same (unknown) address, so the two logins (a GET and a POST each)
        // use four of the ten anonymous requests first.
        var leader = await app.LoginAsync(app.Data.ProjectLeaderA);
        var agency = await app.LoginAsync(app.Data.Agency);

        // Guessing personal links: after the ten of the minute, the next try is refused, with when to try again.
        var guesser = app.Anonymous();
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await guesser.GetAsync($"/svar/{Vc2.Platform.Links.LinkToken.New()}")).StatusCode);
        }

        var refused = await guesser.GetAsync($"/svar/{Vc2.Platform.Links.LinkToken.New()}");
        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null);
        Assert.Contains("For mange forespørgsler", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The login page shares the anonymous limit.
        Assert.Equal((HttpStatusCode)429, (await guesser.GetAsync("/log-ind")).StatusCode);

        // Statements per user: the fourth within the minute is 429 ProblemDetails; another user is not affected.
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync("/api/v1/grants/statement")).StatusCode);
        }

        var tooMany = await leader.GetAsync("/api/v1/grants/statement");
        Assert.Equal((HttpStatusCode)429, tooMany.StatusCode);
        Assert.Equal("application/problem+json", tooMany.Content.Headers.ContentType?.MediaType);
        Assert.Equal((HttpStatusCode)429, (await leader.GetAsync("/tilskud")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await agency.GetAsync("/api/v1/grants/statement")).StatusCode);
    }

    [Fact]
    public async Task A_write_naming_another_job_centre_is_refused_not_applied_to_the_users_own()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        var leader = await app.LoginAsync(app.Data.ProjectLeaderA);

        // The project organisation page for job centre B: not found, and the form post aimed at B adds nothing anywhere.
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"/projekt?jobcenter={app.Data.CentreB}")).StatusCode);
        var added = await TestApp.PostFormAsync(leader, "/projekt", $"/projekt?jobcenter={app.Data.CentreB}&handler=Add", new Dictionary<string, string>
        {
            ["Input.Name"] = "Ulla Udefra", ["Input.Department"] = "Jobcenter B", ["Input.Role"] = "Medlem",
        });
        Assert.Equal(HttpStatusCode.NotFound, added.StatusCode);

        // The API: a citizen or a payment request for job centre B from a user of A is refused with a message.
        var caseworker = await app.LoginAsync(app.Data.CaseworkerA);
        var citizen = await caseworker.PostAsJsonAsync("/api/v1/citizens", new
        {
            cpr = "1204791238", firstName = "Ulla", lastName = "Udefra", targetGroup = "Ressourceforloeb",
            enrolmentDate = "2026-11-01", jobCentreId = app.Data.CentreB, coordinatingCaseworkerId = app.Data.CaseworkerA,
        });
        Assert.Equal(HttpStatusCode.BadRequest, citizen.StatusCode);
        var payment = await leader.PostAsJsonAsync("/api/v1/payments", new { kind = "FixedGrant", amount = 1000, jobCentreId = app.Data.CentreB });
        Assert.True(payment.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{payment.StatusCode}");

        // And the organisation's own page still adds to A, named in the address.
        var own = await TestApp.PostFormAsync(leader, $"/projekt?jobcenter={app.Data.CentreA}", $"/projekt?jobcenter={app.Data.CentreA}&handler=Add", new Dictionary<string, string>
        {
            ["Input.Name"] = "Anne Ansat", ["Input.Department"] = "Jobcenter A", ["Input.Role"] = "Medlem",
        });
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);

        await using var scope = app.SystemScope(out var db);
        Assert.Equal(0, await db.GroupMembers.CountAsync(m => m.Name == "Ulla Udefra"));
        Assert.Equal(app.Data.CentreA, (await db.GroupMembers.SingleAsync(m => m.Name == "Anne Ansat")).JobCentreId);
        Assert.Equal(0, await db.Citizens.CountAsync(c => c.FirstName == "Ulla"));
        Assert.Equal(0, await db.PaymentRequests.CountAsync());
    }
}
