using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using Npgsql;

namespace Vc2.E2E;

/// <summary>
/// VC2 as it goes live: Production, an empty PostgreSQL database, no demo, the first agency administrator from
/// <c>Bootstrap:AgencyAdmins</c>, and login only through a real OpenID provider (panva/oidc-provider, run with node)
/// that answers name, e-mail and roles from its userinfo endpoint. Chromium drives both.
/// </summary>
public sealed class OidcApp : IAsyncLifetime
{
    public const string AdminLogin = "ada";
    public const string CaseworkerLogin = "soeren";
    public const string UnknownMunicipalityLogin = "ukendt";

    /// <summary>A company mentor with MitID Erhverv (ADR 0028): no roles, the company's CVR number, a persistent
    /// professional id and an e-mail address. A job centre must register a mentor with <see cref="MentorEmail"/> at a
    /// company with <see cref="MentorCvr"/> before the login gets further than the "not registered" page.</summary>
    public const string MentorLogin = "maja";

    public const string MentorName = "Maja Mentor";
    public const string MentorEmail = "maja@bageriet-aarhus.example";

    /// <summary>A valid CVR number (modulus 11).</summary>
    public const string MentorCvr = "12345674";

    public const string MentorProfessionalId = "urn:uuid:5f0e3c2a-1b7d-4e8a-9c61-2d4b8f7a9e10";

    /// <summary>NemLog-in's claim names, VC2's defaults for <c>Oidc:CvrClaim</c> and <c>Oidc:ProfessionalIdClaim</c>.</summary>
    public const string CvrClaim = "https://data.gov.dk/model/core/eid/professional/cvr";

    public const string ProfessionalIdClaim = "https://data.gov.dk/model/core/eid/professional/uuid/persistent";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
        // Only the test servers on 127.0.0.1 exist: any other host (the test identity provider's page asks for Google's
        // fonts) fails at once instead of waiting on DNS, which on a loaded machine held a page's load event past 90 s.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ];

    private static readonly object Accounts = new Dictionary<string, object>
    {
        [AdminLogin] = new { name = "Ada Administrator", email = "ada@styrelsen.example", roles = Array.Empty<string>() },
        [CaseworkerLogin] = new { name = "Søren Sagsbehandler", email = "soeren@aarhus.example", roles = new[] { "koordinerende-sagsbehandler:751" } },
        [UnknownMunicipalityLogin] = new { name = "Ulla Ukendt", email = "ulla@ukendt.example", roles = new[] { "koordinerende-sagsbehandler:999" } },
        [MentorLogin] = new Dictionary<string, object>
        {
            ["name"] = MentorName, ["email"] = MentorEmail, [CvrClaim] = MentorCvr, [ProfessionalIdClaim] = MentorProfessionalId,
        },
    };

    private readonly StringBuilder _providerLog = new();
    private WebApplicationFactory<Program>? _factory;
    private Process? _provider;
    private IPlaywright? _playwright;
    private string? _adminConnection;
    private string? _database;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The mail server VC2 sends to (ADR 0027), a real one in the test process.</summary>
    public Vc2.Tests.Infrastructure.TestSmtpServer Smtp { get; } = new();

    /// <summary>The app's services, to arrange data as an import or an earlier session would have left it.</summary>
    public IServiceProvider Services => _factory!.Services;

    public string BaseUrl { get; private set; } = null!;

    public string Issuer { get; private set; } = null!;

    public string ProviderLog => _providerLog.ToString();

    public bool Available { get; private set; }

    public async ValueTask InitializeAsync()
    {
        _adminConnection = Environment.GetEnvironmentVariable("VC2_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(_adminConnection))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException("CI must set VC2_TEST_POSTGRES: the production login test may not be skipped there.");
            }

            return;
        }

        Available = true;
        _database = $"vc2_oidc_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(_adminConnection))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var appPort = FreePort();
        var providerPort = FreePort();
        BaseUrl = $"http://127.0.0.1:{appPort}";
        Issuer = $"http://127.0.0.1:{providerPort}";
        BrowserApp.ForeignOrigins.Add(Issuer);
        StartProvider(providerPort);
        await Smtp.StartListeningAsync();

        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            foreach (var (key, value) in new Dictionary<string, string?>
                     {
                         ["Database:Provider"] = "Postgres",
                         ["ConnectionStrings:Default"] = new NpgsqlConnectionStringBuilder(_adminConnection) { Database = _database }.ConnectionString,
                         ["Cpr:LookupKey"] = "ZTJlLWxvb2t1cC1rZXktMzItYnl0ZXMtbG9uZyEhISE=",
                         ["Cpr:EncryptionKey"] = "ZTJlLWVuY3J5cHRpb24ta2V5LTMyLWJ5dGVzLWxvbmc=",
                         ["Outbox:SealingKey"] = "ZTJlLW91dGJveC1zZWFsaW5nLWtleS0zMi1ieXRlcyE=",
                         ["Progress:PublicBaseUrl"] = BaseUrl,
                         ["RateLimits:AnonymousPerMinute"] = "100000",
                         ["Oidc:Authority"] = Issuer,
                         ["Oidc:ClientId"] = "vc2",
                         ["Oidc:ClientSecret"] = "vc2-test-secret",
                         ["Oidc:RequireHttpsMetadata"] = "false",
                         ["Oidc:Scopes"] = "roles nemlogin",
                         ["Bootstrap:AgencyAdmins"] = AdminLogin,
                         ["Logging:LogLevel:Default"] = "Warning",
                         ["Smtp:Host"] = "127.0.0.1",
                         ["Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                         ["Smtp:From"] = "Jobcenter Aarhus <vc2@aarhus.example>",
                         ["Smtp:Security"] = "None",
                         ["Outbox:PollSeconds"] = "1",
                     })
            {
                b.UseSetting(key, value);
            }
        });
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, appPort));
        _factory.StartServer();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("VC2_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "da-DK" });
        context.Page += (_, page) => BrowserApp.WatchContentSecurityPolicy(page);
        context.SetDefaultTimeout(90_000);
        return await context.NewPageAsync();
    }

    /// <summary>From VC2's login page through the provider's own login page — which must ask for credentials: no
    /// provider session is left from before — and its consent page, back to VC2.</summary>
    public async Task LoginAsync(IPage page, string login)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/log-ind");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind med MitID eller kommunalt login" }).ClickAsync();
        await page.WaitForURLAsync(u => u.StartsWith(Issuer, StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("input[name=login]")).ToBeVisibleAsync();
        await page.Locator("input[name=login]").FillAsync(login);
        await page.Locator("input[name=password]").FillAsync("hemmeligt");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign-in" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        if (page.Url.StartsWith(Issuer, StringComparison.Ordinal))
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        }

        await page.WaitForURLAsync(u => u.StartsWith(BaseUrl, StringComparison.Ordinal));
    }

    /// <summary>VC2's logout, which sends the browser to the provider's end-session page; confirmed there, back to VC2.</summary>
    public async Task LogoutAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ud" }).ClickAsync();
        await page.WaitForURLAsync(u => u.StartsWith(Issuer, StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, sign me out" }).ClickAsync();
        await page.WaitForURLAsync(u => u.StartsWith(BaseUrl, StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_provider is { HasExited: false })
        {
            _provider.Kill(entireProcessTree: true);
            await _provider.WaitForExitAsync();
        }

        _provider?.Dispose();
        await Smtp.DisposeAsync();
        if (_adminConnection is not null && _database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_adminConnection);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private void StartProvider(int port)
    {
        var info = new ProcessStartInfo("node", [Path.Combine(ProviderFolder(), "provider.mjs")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = ProviderFolder(),
        };
        info.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["CLIENT_ID"] = "vc2";
        info.Environment["CLIENT_SECRET"] = "vc2-test-secret";
        info.Environment["REDIRECT_URIS"] = BaseUrl + "/signin-oidc";
        info.Environment["POST_LOGOUT_REDIRECT_URIS"] = BaseUrl + "/signout-callback-oidc";
        info.Environment["ACCOUNTS"] = JsonSerializer.Serialize(Accounts);
        _provider = Process.Start(info)!;
        _provider.OutputDataReceived += (_, e) => Log(e.Data);
        _provider.ErrorDataReceived += (_, e) => Log(e.Data);
        _provider.BeginOutputReadLine();
        _provider.BeginErrorReadLine();

        // Wait until it answers its discovery document.
        using var client = new HttpClient();
        for (var i = 0; i < 100; i++)
        {
            try
            {
                if (client.GetAsync(Issuer + "/.well-known/openid-configuration").GetAwaiter().GetResult().IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            Thread.Sleep(100);
        }

        throw new InvalidOperationException("The OpenID provider did not start:\n" + ProviderLog);
    }

    private void Log(string? line)
    {
        if (line is not null)
        {
            lock (_providerLog)
            {
                _providerLog.AppendLine(line);
            }
        }
    }

    private static string ProviderFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Vc2.E2E", "oidc");
            if (File.Exists(Path.Combine(candidate, "provider.mjs")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("tests/Vc2.E2E/oidc was not found.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
