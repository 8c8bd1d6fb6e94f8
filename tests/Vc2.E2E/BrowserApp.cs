using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Vc2.E2E;

/// <summary>
/// The real app on Kestrel (127.0.0.1, a free port) with demo mode on a fresh SQLite file — the same start as the
/// README's run command — and Debian's Chromium driven by Playwright.
/// </summary>
public partial class BrowserApp : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
        // Only the test servers on 127.0.0.1 exist: any other host (the test identity provider's page asks for Google's
        // fonts) fails at once instead of waiting on DNS, which on a loaded machine held a page's load event past 90 s.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ];

    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "vc2-e2e-" + Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = null!;

    public IServiceProvider Services => _factory!.Services;

    /// <summary>Settings on top of the demo's, for a fixture that needs more (a mail server).</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings { get; } = new Dictionary<string, string?>();

    public virtual async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_dataDir);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(_dataDir, "vc2.db")}");
            b.UseSetting("Logging:LogLevel:Default", "Warning");
            // The journeys log in far more often than a person (RateLimitTests checks the real limits).
            b.UseSetting("RateLimits:AnonymousPerMinute", "100000");
            b.UseSetting("RateLimits:ExpensivePerMinute", "100000");
            foreach (var (key, value) in ExtraSettings)
            {
                b.UseSetting(key, value);
            }
        });
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = addresses.Addresses.Single().TrimEnd('/');

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
        // CI runs the three test apps at once on two cores: a page may take longer than Playwright's 30 s default there.
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        WatchContentSecurityPolicy(page);
        return page;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPage, List<string>> CspViolations = new();

    /// <summary>Origins whose pages' console is not checked (the identity provider of the login tests).</summary>
    public static readonly System.Collections.Concurrent.ConcurrentBag<string> ForeignOrigins = [];

    [System.Text.RegularExpressions.GeneratedRegex(@":\d+:\d+$")]
    private static partial System.Text.RegularExpressions.Regex LineAndColumn();

    /// <summary>Collects what the browser refuses under the Content-Security-Policy on the page (an inline script or
    /// style that slipped in); <see cref="AssertAccessibleAsync"/> fails on any.</summary>
    public static void WatchContentSecurityPolicy(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var refused = CspViolations.GetOrCreateValue(page);
        page.Console += (_, message) =>
        {
            // Also every error in the console (ADR 0025: a missing favicon, a script error) — except the browser's note
            // that the page itself answered 4xx, which tests of refusals ask for.
            var location = LineAndColumn().Replace(message.Location ?? "", "");
            var pageItself = message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)
                             && (location.Length == 0 || location.Split('?')[0] == page.Url.Split('?')[0]);
            // A page of another origin (the test identity provider's login page) is not VC2's to answer for.
            var foreign = ForeignOrigins.Any(o => page.Url.StartsWith(o, StringComparison.Ordinal));
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal) || (message.Type == "error" && !pageItself && !foreign))
            {
                lock (refused)
                {
                    refused.Add($"{page.Url}: {message.Type}: {message.Text} ({message.Location})");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            if (ForeignOrigins.Any(o => page.Url.StartsWith(o, StringComparison.Ordinal)))
            {
                return;
            }

            lock (refused)
            {
                refused.Add($"{page.Url}: script error: {error}");
            }
        };
    }

    private static readonly Lazy<string> AxeSource = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe.min.js")));

    /// <summary>Runs axe-core (WCAG 2.1 A and AA rules) on the page and fails on any serious or critical violation.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        // axe is put in through the DevTools protocol: the page's CSP allows no inline script, and a script tag would be one.
        if (!await page.EvaluateAsync<bool>("() => typeof axe !== 'undefined'"))
        {
            var devTools = await page.Context.NewCDPSessionAsync(page);
            await devTools.SendAsync("Runtime.evaluate", new Dictionary<string, object> { ["expression"] = AxeSource.Value });
        }

        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
              return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`);
            }
            """);
        var list = violations.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(list.Count == 0, $"axe-core found on {page.Url}:\n{string.Join('\n', list)}");
        if (CspViolations.TryGetValue(page, out var refused))
        {
            lock (refused)
            {
                Assert.True(refused.Count == 0, "The console has errors (or the Content-Security-Policy refused):\n" + string.Join('\n', refused));
            }
        }

        // An empty state says so in words; a table of headers over no rows is not one (ADR 0025).
        var empty = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('table')]
              .filter(t => t.tHead && t.tBodies.length > 0 && [...t.tBodies].every(b => b.rows.length === 0))
              .map(t => t.id || (t.caption ? t.caption.textContent : 'table'))
            """);
        Assert.True(empty.Length == 0, $"{page.Url} shows table headers over no rows: {string.Join(", ", empty)}");
        var text = await page.EvaluateAsync<string>("() => document.body.innerText");
        var problems = PageText.Problems(text);
        Assert.True(problems.Count == 0, $"The text of {page.Url} speaks code:\n{string.Join('\n', problems)}");
    }

    public virtual async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }
}
