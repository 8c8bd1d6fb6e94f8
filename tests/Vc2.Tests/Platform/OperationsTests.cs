using System.Net;
using System.Text.Json;
using Vc2.Platform.Data;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Platform;

/// <summary>What an operator and a shared PC need: health for the orchestrator, no caching of personal data, and a
/// logout that ends the session everywhere.</summary>
public sealed class OperationsTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Liveness_and_readiness_answer_in_json_with_the_database_and_its_migrations(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = app.Anonymous();
        var live = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", JsonDocument.Parse(await live.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
        var ready = JsonDocument.Parse(await client.GetStringAsync("/health/ready")).RootElement;
        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        var database = ready.GetProperty("checks").GetProperty("database");
        Assert.True(database.GetProperty("data").GetProperty("reachable").GetBoolean());
        Assert.Equal(0, database.GetProperty("data").GetProperty("pendingMigrations").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Pages_api_answers_and_exports_are_never_cached_and_static_files_are(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var leader = await app.LoginAsync(app.Data.ProjectLeaderA);
        foreach (var url in new[] { $"/borgere/{app.Data.CitizenA}", $"/api/v1/citizens/{app.Data.CitizenA}", "/tilskud?handler=Csv&dato=2015-06-30", "/log-ind" })
        {
            var response = await leader.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.NoStore, url);
        }

        var css = await leader.GetAsync("/css/site.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.NotEqual(true, css.Headers.CacheControl?.NoStore);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Logging_out_ends_the_session_so_a_copied_login_cookie_stops_working(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var first = await app.LoginAsync(app.Data.CaseworkerA);
        var page = await first.GetStringAsync("/mine-borgere");

        // Another browser with a copy of the same cookie works too — until the user logs out.
        var copy = await app.LoginAsync(app.Data.CaseworkerA);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/mine-borgere")).StatusCode);
        var logout = await first.PostAsync("/log-ud", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = TestApp.AntiforgeryToken(page) }));
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        var after = await copy.GetAsync("/mine-borgere");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/log-ind", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/api/v1/me")).StatusCode);
    }
}
