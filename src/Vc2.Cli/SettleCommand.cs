using System.CommandLine;
using System.Diagnostics;
using Vc2.Rules.Engine;
using Vc2.Rules.Json;

namespace Vc2.Cli;

/// <summary>
/// <c>vc2 settle SCENARIO.json</c>: the scenario contract of tilskud.md. The statement goes to standard output as JSON;
/// on invalid input the exit code is 2, nothing is written to standard output, and each problem is one line on
/// standard error naming its JSON path.
/// </summary>
internal static class SettleCommand
{
    public const int InvalidInput = 2;

    public static Command Create()
    {
        var file = new Argument<FileInfo>("scenario") { Description = "Scenariefil (JSON) – eller en tilskudssag med et \"scenario\"" };
        var stats = new Option<bool>("--stats") { Description = "Skriv tidsforbrug og hukommelse (maks.) på standard error" };
        var command = new Command("settle", "Opgør tilskud for et scenarie efter reglerne R1–R12 og skriv opgørelsen som JSON");
        command.Arguments.Add(file);
        command.Options.Add(stats);
        command.SetAction(async (parse, ct) => await RunAsync(parse.GetValue(file)!, parse.GetValue(stats), ct));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo file, bool stats, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        if (!file.Exists)
        {
            await Console.Error.WriteLineAsync($"{file.Name}: filen findes ikke (file not found)");
            return InvalidInput;
        }

        Vc2.Rules.Model.Statement statement;
        TimeSpan read;
        try
        {
            await using var input = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
            var scenario = await ScenarioJson.ReadAsync(input, ct);
            read = clock.Elapsed;
            statement = new GrantEngine().Settle(scenario, ct);
        }
        catch (InvalidScenarioException ex)
        {
            foreach (var problem in ex.Problems)
            {
                await Console.Error.WriteLineAsync(problem);
            }

            return InvalidInput;
        }

        var settled = clock.Elapsed;
        await using (var output = Console.OpenStandardOutput())
        await using (var buffered = new BufferedStream(output, 1 << 16))
        {
            await ScenarioJson.WriteAsync(buffered, statement, ct);
        }

        if (stats)
        {
            await Console.Error.WriteLineAsync(
                $"stats: read={read.TotalSeconds:F3}s engine={(settled - read).TotalSeconds:F3}s write={(clock.Elapsed - settled).TotalSeconds:F3}s "
                + $"total={clock.Elapsed.TotalSeconds:F3}s peakMemoryMB={ProcessMemory.PeakMegabytes():F0}");
        }

        return 0;
    }
}
