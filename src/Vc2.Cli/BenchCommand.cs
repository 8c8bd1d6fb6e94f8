using System.CommandLine;
using System.Diagnostics;
using Spectre.Console;
using Vc2.Rules.Engine;
using Vc2.Rules.Json;
using Vc2.Demo;

namespace Vc2.Cli;

/// <summary>
/// <c>vc2 bench settle</c>: the grant engine on a national-scale scenario (default 100 job centres × 300 citizens,
/// about 4.7 million citizen-weeks). Reports the engine's time on the loaded scenario (median of several runs), and
/// the whole <c>vc2 settle</c> on the file in a child process with its time and peak memory.
/// </summary>
internal static class BenchCommand
{
    private sealed record SettleOptions(Option<int> Centres, Option<int> Citizens, Option<int> Seed, Option<int> Runs);

    public static Command Create()
    {
        var bench = new Command("bench", "Mål ydelse");
        bench.Subcommands.Add(CreateSettle());
        bench.Subcommands.Add(BenchImportCommand.Create());
        bench.Subcommands.Add(BenchWebCommand.Create());
        bench.Subcommands.Add(BenchEvaluationCommand.Create());
        return bench;
    }

    private static SettleOptions CreateSettleOptions() => new(
        new Option<int>("--centres") { DefaultValueFactory = _ => 100, Description = "Antal jobcentre" },
        new Option<int>("--citizens") { DefaultValueFactory = _ => 300, Description = "Borgere pr. jobcenter" },
        new Option<int>("--seed") { DefaultValueFactory = _ => 1, Description = "Frø" },
        new Option<int>("--runs") { DefaultValueFactory = _ => 5, Description = "Antal kørsler af motoren" });

    private static Command CreateSettle()
    {
        var options = CreateSettleOptions();
        var settle = new Command("settle", "Mål tilskudsmotoren og vc2 settle på et scenarie i national skala");
        settle.Options.Add(options.Centres);
        settle.Options.Add(options.Citizens);
        settle.Options.Add(options.Seed);
        settle.Options.Add(options.Runs);
        settle.SetAction((parse, ct) => SettleAsync(parse, options, ct));
        return settle;
    }

    private static async Task<int> SettleAsync(ParseResult parse, SettleOptions options, CancellationToken ct)
    {
        var file = Path.Combine(Path.GetTempPath(), $"vc2-bench-{parse.GetValue(options.Centres)}x{parse.GetValue(options.Citizens)}-{parse.GetValue(options.Seed)}.json");
        var generator = new ScenarioGenerator(parse.GetValue(options.Seed));
        if (!File.Exists(file))
        {
            await WriteScenarioAsync(file, generator, parse.GetValue(options.Centres), parse.GetValue(options.Citizens), ct);
        }

        var size = new FileInfo(file).Length / 1024.0 / 1024.0;
        var load = Stopwatch.StartNew();
        Vc2.Rules.Model.Scenario scenario;
        await using (var input = File.OpenRead(file))
        {
            scenario = await ScenarioJson.ReadAsync(input, ct);
        }

        load.Stop();
        var weeks = scenario.JobCentres.Sum(c => c.Citizens.Sum(x => (long)x.RegisterWeeks.Count));
        var people = scenario.JobCentres.Sum(c => c.Citizens.Count);
        var times = TimeEngine(scenario, parse.GetValue(options.Runs), ct);
        scenario = null!;
        GC.Collect();

        var child = await RunSettleAsync(file, ct);
        var table = new Table().AddColumns("Måling", "Resultat");
        table.AddRow("Maskine", $"{Environment.ProcessorCount} kerner, {Environment.OSVersion}, .NET {Environment.Version}");
        table.AddRow("Scenarie", $"{parse.GetValue(options.Centres)} jobcentre, {people:N0} borgere, {weeks:N0} borger-uger, {size:F0} MB");
        table.AddRow("Indlæsning (i denne proces)", $"{load.Elapsed.TotalSeconds:F2} s");
        table.AddRow("Motor, median af " + times.Count, $"{times[times.Count / 2]:F3} s (min {times[0]:F3} s, maks {times[^1]:F3} s)");
        table.AddRow("vc2 settle på filen (egen proces)", child);
        AnsiConsole.Write(table);
        return 0;
    }

    private static async Task WriteScenarioAsync(string file, ScenarioGenerator generator, int centres, int citizens, CancellationToken ct)
    {
        await using var stream = File.Create(file);
        await AnsiConsole.Progress().StartAsync(async p =>
        {
            var task = p.AddTask("Danner scenarie", maxValue: centres);
            await generator.WriteAsync(stream, centres, citizens, progress: new Progress<int>(d => task.Value = d), ct: ct);
        });
    }

    /// <summary>The engine's seconds on the scenario, sorted, after one warm-up run.</summary>
    private static List<double> TimeEngine(Vc2.Rules.Model.Scenario scenario, int runs, CancellationToken ct)
    {
        var engine = new GrantEngine();
        engine.Settle(scenario, ct); // warm-up: JIT and tiering
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            engine.Settle(scenario, ct);
            times.Add(sw.Elapsed.TotalSeconds);
        }

        times.Sort();
        return times;
    }

    private static async Task<string> RunSettleAsync(string file, CancellationToken ct)
    {
        var self = Environment.ProcessPath!;
        var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            info.ArgumentList.Add(typeof(BenchCommand).Assembly.Location);
        }

        foreach (var arg in new[] { "settle", file, "--stats" })
        {
            info.ArgumentList.Add(arg);
        }

        var wall = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var bytes = 0L;
        var buffer = new byte[1 << 16];
        int n;
        while ((n = await process.StandardOutput.BaseStream.ReadAsync(buffer, ct)) > 0)
        {
            bytes += n;
        }

        var err = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        wall.Stop();
        var stats = err.Split('\n').FirstOrDefault(l => l.StartsWith("stats:", StringComparison.Ordinal)) ?? err.Trim();
        return $"{wall.Elapsed.TotalSeconds:F2} s i alt, exit {process.ExitCode}, {bytes / 1024.0 / 1024.0:F0} MB JSON ud; {stats}";
    }
}
