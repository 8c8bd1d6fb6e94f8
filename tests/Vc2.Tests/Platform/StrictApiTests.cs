using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vc2.Money.Payments;
using Vc2.Platform.Data;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Platform;

/// <summary>ADR 0017: the API refuses what it cannot read — numbers for enums, wrong types, overflow, broken
/// JSON, unknown fields, unreadable query values — with 400 ProblemDetails and a Danish message per field, and nothing
/// is stored; a value stored before this (an undefined enum number) shows as "ukendt" instead of breaking the page.</summary>
public sealed class StrictApiTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private static async Task<(HttpStatusCode Status, Dictionary<string, string[]> Errors)> SendAsync(HttpClient client, string url, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        var response = await client.PostAsync(url, content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode != HttpStatusCode.InternalServerError, $"{url} {json}: 500 {body}");
        if (response.StatusCode != HttpStatusCode.BadRequest)
        {
            return (response.StatusCode, []);
        }

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(body);
        var errors = doc.RootElement.GetProperty("errors").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetString()!).ToArray());
        return (response.StatusCode, errors);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_poison_requests_are_refused_with_400_and_a_danish_message_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var leader = await app.LoginAsync(app.Data.ProjectLeaderA);
        var caseworker = await app.LoginAsync(app.Data.CaseworkerA);

        var kind = await SendAsync(leader, "/api/v1/payments", """{"kind":99,"amount":1}""");
        Assert.Equal(HttpStatusCode.BadRequest, kind.Status);
        Assert.Contains("FixedGrant, Aconto, Final", kind.Errors["kind"][0], StringComparison.Ordinal);
        Assert.Contains("tal kan ikke bruges", kind.Errors["kind"][0], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(leader, "/api/v1/payments", """{"kind":2,"amount":1}""")).Status); // defined, but a number
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(leader, "/api/v1/payments", """{"kind":"Bonus","amount":1}""")).Status);

        var target = await SendAsync(caseworker, $"/api/v1/citizens/{app.Data.CitizenA}/exit-strategies", """{"target":-1,"description":"Job som lagerarbejder","version":0}""");
        Assert.Equal(HttpStatusCode.BadRequest, target.Status);
        Assert.Contains("target", target.Errors.Keys);
        var form = await SendAsync(caseworker, $"/api/v1/placements/{app.Data.PlacementB}/follow-ups", """{"form":-99}""");
        Assert.True(form.Status is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, form.Status.ToString()); // B's placement: refused either way

        var amount = await SendAsync(leader, "/api/v1/payments", """{"kind":"Aconto","amount":"mange"}""");
        Assert.Equal("Værdien kan ikke læses som et tal (med punktum som decimaltegn).", amount.Errors["amount"][0]);
        var overflow = await SendAsync(caseworker, $"/api/v1/citizens/{app.Data.CitizenA}/outcomes",
            """{"kind":"OrdinaryJob","organisation":"Netto","weeklyHours":1000000000000000000000000000,"start":"2015-03-02"}""");
        Assert.Equal(HttpStatusCode.BadRequest, overflow.Status);
        Assert.Equal("Timer pr. uge skal være mellem 0 og 60.", overflow.Errors["WeeklyHours"][0]);
        var tooBig = await SendAsync(caseworker, $"/api/v1/citizens/{app.Data.CitizenA}/outcomes",
            """{"kind":"OrdinaryJob","organisation":"Netto","weeklyHours":1e40,"start":"2015-03-02"}""");
        Assert.Contains("weeklyHours", tooBig.Errors.Keys);
        var date = await SendAsync(caseworker, $"/api/v1/citizens/{app.Data.CitizenA}/outcomes", """{"kind":"OrdinaryJob","organisation":"Netto","start":"2015-02-30"}""");
        Assert.Equal("Værdien kan ikke læses som en dato på formen ÅÅÅÅ-MM-DD.", date.Errors["start"][0]);
        var broken = await SendAsync(leader, "/api/v1/payments", """{"kind":"Aconto","amount":""");
        Assert.StartsWith("JSON'en kan ikke læses", broken.Errors.Values.Single()[0], StringComparison.Ordinal);
        var unknown = await SendAsync(leader, "/api/v1/payments", """{"kind":"Aconto","amount":1,"auditorApproval":"x"}""");
        Assert.Contains("Feltet kendes ikke", unknown.Errors.Values.Single()[0], StringComparison.Ordinal);
        var nullAnswers = await SendAsync(caseworker, $"/api/v1/citizens/{app.Data.CitizenA}/measurements", """{"respondent":"Caseworker","answers":null}""");
        Assert.Equal(HttpStatusCode.BadRequest, nullAnswers.Status);
        Assert.Contains(nullAnswers.Errors.Keys, k => k.StartsWith("Answers.Scores[", StringComparison.Ordinal));
        var nullScores = await SendAsync(caseworker, $"/api/v1/citizens/{app.Data.CitizenA}/measurements", """{"respondent":"Caseworker","answers":{"scores":null}}""");
        Assert.Equal(HttpStatusCode.BadRequest, nullScores.Status);

        var query = await leader.GetAsync("/api/v1/grants/statement?asOf=i-morgen");
        Assert.Equal(HttpStatusCode.BadRequest, query.StatusCode);
        Assert.Contains("i-morgen", await query.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The page form the same: a number for the kind is not a kind.
        foreach (var number in new[] { "99", "-1" })
        {
            var posted = await TestApp.PostFormAsync(leader, "/udbetalinger", "/udbetalinger", new Dictionary<string, string> { ["Input.Kind"] = number, ["Input.Amount"] = "1" });
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        }

        await using var scope = app.SystemScope(out var db);
        Assert.Equal(0, await db.PaymentRequests.CountAsync());
        Assert.Equal(0, await db.Outcomes.CountAsync());
        Assert.Equal(0, await db.ExitStrategies.CountAsync(e => e.CitizenId == app.Data.CitizenA));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_value_stored_before_the_contract_was_strict_shows_as_unknown_and_the_pages_stay_200(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await using (var scope = app.SystemScope(out var db))
        {
            db.PaymentRequests.Add(new PaymentRequest
            {
                JobCentreId = app.Data.CentreA, Kind = (PaymentKind)99, Amount = 1, Status = (PaymentStatus)77,
                Events = [new PaymentEvent { Status = (PaymentStatus)77, AtUtc = DateTime.UtcNow, By = "Et gammelt API-kald" }],
            });
            await db.SaveChangesAsync();
        }

        var agency = await app.LoginAsync(app.Data.Agency);
        var page = await agency.GetAsync("/udbetalinger");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("ukendt", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var leader = await app.LoginAsync(app.Data.ProjectLeaderA);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync("/udbetalinger")).StatusCode);
        var api = await leader.GetStringAsync("/api/v1/payments");
        Assert.Contains("\"kind\":\"ukendt\"", api, StringComparison.Ordinal);

        // The OpenAPI document still gives the enums as their names, so that clients send names.
        var document = await leader.GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"FixedGrant\"", document, StringComparison.Ordinal);
    }
}
