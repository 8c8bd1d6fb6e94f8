using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Data;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Platform;

public sealed class PlatformTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Migrations_are_up_to_date_with_the_model_and_apply_cleanly(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = DatabaseSetup.CreateContext(database.Settings, new Vc2.Platform.Users.CurrentUser().AsSystem("test"));
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes without a migration for {provider}: run dotnet ef migrations add (see README).");
        await db.Database.MigrateAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public void The_postgres_connection_gets_the_pool_defaults_unless_it_sets_them_itself()
    {
        var plain = new Npgsql.NpgsqlConnectionStringBuilder(DatabaseSetup.WithPostgresDefaults("Host=db;Database=vc2;Username=vc2"));
        Assert.True(plain.NoResetOnClose);
        Assert.Equal(200, plain.MaxAutoPrepare);
        Assert.Equal("db", plain.Host);

        var own = new Npgsql.NpgsqlConnectionStringBuilder(DatabaseSetup.WithPostgresDefaults("Host=db;Database=vc2;No Reset On Close=false;maxautoprepare=0"));
        Assert.False(own.NoResetOnClose);
        Assert.Equal(0, own.MaxAutoPrepare);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Health_checks_the_database_and_the_api_has_an_openapi_document(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = app.Anonymous();
        var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());

        using var openApi = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var paths = openApi.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/citizens/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/v1/companies", out _));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/docs/index.html")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Unknown_pages_get_the_danish_404_page_and_the_api_a_problem(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.LoginAsync(app.Data.CaseworkerA);
        var page = await client.GetAsync($"/borgere/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"da\">", html, StringComparison.Ordinal);
        Assert.Contains("Siden findes ikke", html, StringComparison.Ordinal);

        var api = await client.GetAsync($"/api/v1/citizens/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_demo_login_exists_only_in_demo_mode(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider, new Dictionary<string, string?> { ["Demo:Enabled"] = "false" });
        var client = app.Anonymous();
        var page = await client.GetStringAsync("/log-ind");
        Assert.DoesNotContain("Demo-login", page, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Data.CaseworkerA.ToString(), page, StringComparison.Ordinal);

        var response = await TestApp.PostFormAsync(client, "/log-ud", "/log-ind?handler=Demo", new Dictionary<string, string>
        {
            ["userId"] = app.Data.CaseworkerA.ToString(),
        });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/borgere")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Logging_out_from_the_header_ends_the_login(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.LoginAsync(app.Data.CaseworkerA);
        var page = await client.GetStringAsync("/");
        var header = page[page.IndexOf("action=\"/log-ud\"", StringComparison.Ordinal)..page.IndexOf("</form>", page.IndexOf("action=\"/log-ud\"", StringComparison.Ordinal), StringComparison.Ordinal)];
        var token = TestApp.AntiforgeryToken(header); // the header's own form carries the token
        var logout = await client.PostAsync("/log-ud", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/borgere")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Each_role_gets_its_own_start_page_and_navigation(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var caseworker = await (await app.LoginAsync(app.Data.CaseworkerA)).GetStringAsync("/");
        Assert.Contains("href=\"/borgere\"", caseworker, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/adgangslog\"", caseworker, StringComparison.Ordinal);

        var leader = await (await app.LoginAsync(app.Data.ProjectLeaderA)).GetStringAsync("/");
        Assert.Contains("href=\"/adgangslog\"", leader, StringComparison.Ordinal);

        var agency = await (await app.LoginAsync(app.Data.Agency)).GetStringAsync("/");
        Assert.Contains("href=\"/jobcentre\"", agency, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/borgere\"", agency, StringComparison.Ordinal);

        var citizen = await (await app.LoginAsync(app.Data.CitizenUserA)).GetStringAsync("/");
        Assert.Contains("href=\"/mine-oplysninger\"", citizen, StringComparison.Ordinal);

        var anonymous = await app.Anonymous().GetStringAsync("/");
        Assert.Contains("Log ind", anonymous, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"da\">", anonymous, StringComparison.Ordinal);
    }
}
