using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Vc2.Platform.Data;
using Vc2.Platform.Users;

namespace Vc2.Tests.Infrastructure;

/// <summary>The real web app on a fresh database, with a small hand-made data set (<see cref="TestData"/>).
/// Logins go through the real demo login page, antiforgery token and cookie included.</summary>
public sealed partial class TestApp : WebApplicationFactory<Program>
{
    public const string LookupKey = "dGVzdC1sb29rdXAta2V5LTMyLWJ5dGVzLWxvbmchISE=";
    public const string EncryptionKey = "dGVzdC1lbmNyeXB0aW9uLWtleS0zMi1ieXRlcy1sb24=";
    public const string OutboxKey = "dGVzdC1vdXRib3gtc2VhbGluZy1rZXktMzItYnl0ZXM=";
    public const string PublicBaseUrl = "https://vc2.example.dk";

    private readonly TestDatabase _database;
    private readonly Dictionary<string, string?> _settings;

    private readonly string _environment;

    static TestApp()
    {
        // Dozens of hosts run in one test process, beside the other test projects: without these, each watches
        // appsettings*.json and every versioned static file with its own inotify instance, and the user's 128 run out.
        // (Only here: in the browser tests' process, polling watchers made the OpenID Connect login journey hang.)
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "1");
    }

    private TestApp(TestDatabase database, Dictionary<string, string?> settings, string environment)
    {
        _database = database;
        _settings = settings;
        _environment = environment;
    }

    public TestData Data { get; private set; } = null!;

    /// <summary>The SQL the app runs, when the test's settings turn <see cref="SqlCapture.Category"/> to Information.</summary>
    public SqlCapture Sql { get; } = new();

    public DatabaseProvider Provider => _database.Settings.Provider;

    /// <param name="environment">"Testing"; "Production" to check what only Production does (HSTS, host filtering).</param>
    public static async Task<TestApp> StartAsync(DatabaseProvider provider, IDictionary<string, string?>? settings = null, bool seedTestData = true, string environment = "Testing")
    {
        var database = await TestDatabase.CreateAsync(provider);
        var all = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Default"] = database.Settings.ConnectionString,
            ["Cpr:LookupKey"] = LookupKey,
            ["Cpr:EncryptionKey"] = EncryptionKey,
            ["Outbox:SealingKey"] = OutboxKey,
            ["Progress:PublicBaseUrl"] = PublicBaseUrl,
            // Tests log in and compute statements far more often than a person; RateLimitTests sets real limits.
            ["RateLimits:AnonymousPerMinute"] = "100000",
            ["RateLimits:ExpensivePerMinute"] = "100000",
            ["RateLimits:LoginLinksPer15Minutes"] = "100000",
            ["Demo:Enabled"] = "true",
            ["Demo:SeedOnEmptyDatabase"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var app = new TestApp(database, all, environment);
        _ = app.Server; // starts the host, which migrates the database
        if (seedTestData)
        {
            app.Data = await TestData.SeedAsync(app.Services);
        }

        return app;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment(_environment);
        builder.ConfigureServices(services => services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Sql));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A scope with a database context that sees everything, for arranging and checking data.</summary>
    public AsyncServiceScope SystemScope(out Vc2Db db)
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem("test");
        db = scope.ServiceProvider.GetRequiredService<Vc2Db>();
        return scope;
    }

    /// <summary>A scope acting as the given user, as a request of theirs would: tenancy and audit apply.</summary>
    public async Task<AsyncServiceScope> UserScopeAsync(Guid userId)
    {
        var scope = Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<FindUser>().ByIdAsync(userId)
                   ?? throw new InvalidOperationException("No such user.");
        var current = scope.ServiceProvider.GetRequiredService<CurrentUser>();
        current.SignIn(user);
        current.Source = "test";
        return scope;
    }

    /// <summary>Runs a use case as the given user.</summary>
    public async Task<TResult> AsAsync<TSlice, TResult>(Guid userId, Func<TSlice, Task<TResult>> run)
        where TSlice : notnull
    {
        await using var scope = await UserScopeAsync(userId);
        return await run(scope.ServiceProvider.GetRequiredService<TSlice>());
    }

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <param name="baseAddress">Another address than http://localhost, e.g. https for what only https gets (HSTS).</param>
    public async Task<HttpClient> LoginAsync(Guid userId, Uri? baseAddress = null)
    {
        var client = baseAddress is null ? Anonymous() : CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = baseAddress });
        var page = await client.GetStringAsync("/log-ind");
        var response = await client.PostAsync("/log-ind?handler=Demo", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userId"] = userId.ToString(),
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = AntiforgeryToken(page),
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static string AntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Posts a form on a page the way a browser does: fetches the page for its antiforgery token first.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string pageUrl, string postUrl, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await client.GetStringAsync(pageUrl);
        fields["__RequestVerificationToken"] = AntiforgeryToken(page);
        return await client.PostAsync(postUrl, new FormUrlEncodedContent(fields));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
