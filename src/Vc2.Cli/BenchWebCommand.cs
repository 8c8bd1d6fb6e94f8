using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Vc2.Platform.Data;

namespace Vc2.Cli;

/// <summary>
/// <c>vc2 bench web</c>: load on a running VC2 (started by <c>bench/web.sh</c> on PostgreSQL with the national demo).
/// Logs in as a caseworker, a project leader and the agency through the demo login, then runs <c>wrk</c> with
/// <c>--connections</c> concurrent users against each page for <c>--duration</c> seconds — first the static file, the
/// baseline — and prints p50/p95/p99, requests per second and each page's throughput as a share of the static file's,
/// all in one run so that the ratios hold on a noisy machine. It also times single requests (the median of five). Every
/// page is first loaded for <c>--warmup</c> seconds, unmeasured, so that what is measured is the steady state.
/// </summary>
internal static partial class BenchWebCommand
{
    private sealed record Target(string Name, string Role, string Path, double? MinShare, double? MaxP95Ms);

    private sealed record Measured(Target Target, long Requests, double Seconds, double P50, double P95, double P99, long Errors, double SingleMs);

    private sealed record WebOptions(Option<string> Url, Option<int> Duration, Option<int> Connections, Option<string> Centre, Option<int> Warmup, Option<string?> Only);

    public static Command Create()
    {
        var options = CreateOptions();
        var command = new Command("web", "Mål webappen under last (wrk) mod den statiske fil som basislinje");
        command.Options.Add(options.Url);
        command.Options.Add(options.Duration);
        command.Options.Add(options.Connections);
        command.Options.Add(options.Centre);
        command.Options.Add(options.Only);
        command.Options.Add(options.Warmup);
        CliDatabase.AddTo(command);
        command.SetAction((parse, ct) => RunAsync(parse, options, ct));
        return command;
    }

    private static WebOptions CreateOptions() => new(
        new Option<string>("--url") { Description = "Adressen på den kørende VC2", DefaultValueFactory = _ => "http://127.0.0.1:5090" },
        new Option<int>("--duration") { Description = "Sekunder pr. side", DefaultValueFactory = _ => 10 },
        new Option<int>("--connections") { Description = "Samtidige brugere", DefaultValueFactory = _ => 50 },
        new Option<string>("--centre") { Description = "Kommunenummer på jobcentret, hvis sagsbehandler og projektleder bruges", DefaultValueFactory = _ => "751" },
        new Option<int>("--warmup") { Description = "Sekunder pr. side før målingen (JIT og forbindelser varmes op; måles ikke)", DefaultValueFactory = _ => 5 },
        new Option<string?>("--only") { Description = "Kun sider hvis navn eller adresse indeholder en af disse tekster (kommasepareret); den statiske fil måles altid" });

    private static async Task<int> RunAsync(ParseResult parse, WebOptions options, CancellationToken ct)
    {
        var baseUrl = parse.GetValue(options.Url)!.TrimEnd('/');
        var number = parse.GetValue(options.Centre)!;
        await using var services = CliDatabase.Build(parse);
        await using var scope = CliDatabase.SystemScope(services, "bench web");
        var t = await Vc2.Demo.BenchWebTargets.ReadAsync(scope.ServiceProvider.GetRequiredService<Vc2Db>(), number, ct);
        AnsiConsole.MarkupLine($"VC2 på [bold]{Markup.Escape(baseUrl)}[/] med {t.JobCentres} jobcentre og {t.Citizens:N0} borgere; {parse.GetValue(options.Connections)} samtidige brugere, {parse.GetValue(options.Duration)} s pr. side.");

        var cookies = new Dictionary<string, string>
        {
            ["anonym"] = "",
            ["sagsbehandler"] = await LoginAsync(baseUrl, t.Caseworker, ct),
            ["projektleder"] = await LoginAsync(baseUrl, t.ProjectLeader, ct),
            ["styrelse"] = await LoginAsync(baseUrl, t.Agency, ct),
        };
        var targets = SelectTargets(t, parse.GetValue(options.Only));
        var script = Path.Combine(Path.GetTempPath(), "vc2-bench-report.lua");
        await File.WriteAllTextAsync(script, ReportScript, ct);
        // Steady state, as a day in production is: every page is asked for under load before any is measured, so that
        // the runtime's tiered compilation of its code (seconds of a core after a start) is not what is measured.
        foreach (var target in targets.Where(_ => parse.GetValue(options.Warmup) > 0))
        {
            await WrkAsync(target, baseUrl + target.Path, cookies[target.Role], script, parse.GetValue(options.Connections), parse.GetValue(options.Warmup), 0, ct);
        }

        var results = new List<Measured>();
        foreach (var target in targets)
        {
            var single = await SingleAsync(baseUrl + target.Path, cookies[target.Role], ct);
            var measured = await WrkAsync(target, baseUrl + target.Path, cookies[target.Role], script, parse.GetValue(options.Connections), parse.GetValue(options.Duration), single, ct);
            results.Add(measured);
            AnsiConsole.MarkupLine($"  {Markup.Escape(target.Name)}: {measured.Requests / measured.Seconds:N1} req/s");
        }

        Print(results);
        return results.Any(r => r.Errors > 0) ? 1 : 0;
    }

    /// <summary>The pages to measure: the static file always first, then those <c>--only</c> names (all if none).</summary>
    private static Target[] SelectTargets(Vc2.Demo.BenchWebTargets.Targets t, string? only)
    {
        Target[] targets =
        [
            new("Statisk fil (basislinje)", "anonym", "/css/site.css", null, null),
            new("Mine borgere", "sagsbehandler", "/mine-borgere", 0.1, null),
            new("Borgerens sag", "sagsbehandler", $"/borgere/{t.CitizenId}", 0.1, null),
            new("Søgning", "sagsbehandler", $"/borgere?q={Uri.EscapeDataString(t.CitizenLastName)}", 0.1, null),
            new("API: borger", "sagsbehandler", $"/api/v1/citizens/{t.CitizenId}", 0.25, null),
            new("Holdepunkter, eget jobcenter", "projektleder", "/holdepunkter", null, null),
            new("Jobcentre (landsoversigt)", "styrelse", "/jobcentre", null, 500),
            new("Holdepunkter, alle jobcentre", "styrelse", "/holdepunkter", null, 500),
            new("Tilskud, alle jobcentre", "styrelse", "/tilskud", null, 500),
            new("Tilskud, ét jobcenter", "styrelse", $"/tilskud?jobcenter={t.JobCentreId}", null, 500),
        ];
        var wanted = only?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        return targets.Where((target, i) => i == 0 || wanted.Length == 0
            || wanted.Any(w => target.Name.Contains(w, StringComparison.OrdinalIgnoreCase) || target.Path.Contains(w, StringComparison.OrdinalIgnoreCase))).ToArray();
    }

    /// <summary>The demo login as a real browser does it: the form's antiforgery token, then the post; the cookie header
    /// that comes back is the session.</summary>
    private static async Task<string> LoginAsync(string baseUrl, Guid userId, CancellationToken ct)
    {
        var jar = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = jar, AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
        var page = await http.GetStringAsync("/log-ind", ct);
        var token = TokenField().Match(page);
        if (!token.Success)
        {
            throw new InvalidOperationException("Login-siden har ingen demo-login (kører webappen med Demo:Enabled?).");
        }

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userId"] = userId.ToString(), ["returnUrl"] = "/", ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        });
        using var response = await http.PostAsync("/log-ind?handler=Demo", form, ct);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Demo-login svarede {(int)response.StatusCode}.");
        }

        return jar.GetCookieHeader(new Uri(baseUrl));
    }

    private static async Task<double> SingleAsync(string address, string cookie, CancellationToken ct)
    {
        using var http = new HttpClient();
        var times = new List<double>();
        for (var i = 0; i < 6; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, address);
            if (cookie.Length > 0)
            {
                request.Headers.Add("Cookie", cookie);
            }

            var clock = Stopwatch.StartNew();
            using var response = await http.SendAsync(request, ct);
            await response.Content.ReadAsByteArrayAsync(ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{address} svarede {(int)response.StatusCode}.");
            }

            if (i > 0)
            {
                times.Add(clock.Elapsed.TotalMilliseconds); // the first warms caches and the JIT
            }
        }

        times.Sort();
        return times[times.Count / 2];
    }

    private static async Task<Measured> WrkAsync(Target target, string address, string cookie, string script, int connections, int seconds, double single, CancellationToken ct)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-t2", $"-c{connections}", $"-d{seconds}s", "--timeout", "30s", "-s", script })
        {
            start.ArgumentList.Add(arg);
        }

        if (cookie.Length > 0)
        {
            start.ArgumentList.Add("-H");
            start.ArgumentList.Add("Cookie: " + cookie);
        }

        start.ArgumentList.Add(address);
        using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk kunne ikke startes (apt-get install wrk).");
        var output = await wrk.StandardOutput.ReadToEndAsync(ct);
        await wrk.WaitForExitAsync(ct);
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("VC2 ", StringComparison.Ordinal))
                   ?? throw new InvalidOperationException("wrk gav intet resultat: " + output + await wrk.StandardError.ReadToEndAsync(ct));
        var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray();
        return new Measured(target, (long)f[0], f[1] / 1e6, f[2] / 1000, f[3] / 1000, f[4] / 1000, (long)f[5], single);
    }

    private static void Print(List<Measured> results)
    {
        var baseline = results[0].Requests / results[0].Seconds;
        var table = new Table().AddColumns("Side", "Rolle", "req/s", "p50 ms", "p95 ms", "p99 ms", "Én ms", "Andel", "Fejl", "Mål");
        foreach (var r in results)
        {
            var rate = r.Requests / r.Seconds;
            var share = rate / baseline;
            var goal = r.Target.MinShare is { } min ? $"andel ≥ {min:0.##}: {(share >= min ? "ja" : "NEJ")}"
                : r.Target.MaxP95Ms is { } max ? $"p95 < {max}, én < 300: {(r.P95 < max && r.SingleMs < 300 ? "ja" : "NEJ")}" : "";
            table.AddRow(Markup.Escape(r.Target.Name), r.Target.Role, rate.ToString("N1", CultureInfo.InvariantCulture), r.P50.ToString("N1", CultureInfo.InvariantCulture),
                r.P95.ToString("N1", CultureInfo.InvariantCulture), r.P99.ToString("N1", CultureInfo.InvariantCulture), r.SingleMs.ToString("N1", CultureInfo.InvariantCulture),
                share.ToString("0.000", CultureInfo.InvariantCulture), r.Errors.ToString(CultureInfo.InvariantCulture), goal);
        }

        AnsiConsole.Write(table);
        // One plain line per page as well, for notes and scripts.
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"VC2_BENCH_WEB {r.Target.Path.Split('?')[0]} role={r.Target.Role} rps={r.Requests / r.Seconds:0.0} p50={r.P50:0.0} p95={r.P95:0.0} p99={r.P99:0.0} single={r.SingleMs:0.0} share={r.Requests / r.Seconds / baseline:0.000} errors={r.Errors}"));
        }
    }

    // wrk counts answers of 400 and above in errors.status; latencies are in microseconds.
    private const string ReportScript = """
        done = function(summary, latency, requests)
          local e = summary.errors
          io.write(string.format("VC2 %d %d %.0f %.0f %.0f %d\n", summary.requests, summary.duration,
            latency:percentile(50), latency:percentile(95), latency:percentile(99), e.status + e.connect + e.read + e.write + e.timeout))
        end
        """;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
