using System.CommandLine;
using Spectre.Console;
using Vc2.Demo;

namespace Vc2.Cli;

/// <summary><c>vc2 generate-scenario --centres N --citizens M --seed S</c>: a realistic random scenario for tests and
/// benchmarks, streamed to a file or standard output.</summary>
internal static class GenerateScenarioCommand
{
    public static Command Create()
    {
        var centres = new Option<int>("--centres") { Description = "Antal jobcentre", DefaultValueFactory = _ => 3 };
        var citizens = new Option<int>("--citizens") { Description = "Borgere pr. jobcenter", DefaultValueFactory = _ => 100 };
        var seed = new Option<int>("--seed") { Description = "Frø; samme frø giver samme scenarie", DefaultValueFactory = _ => 1 };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Fil at skrive til (standard: standard output)" };
        var command = new Command("generate-scenario", "Dan et realistisk tilfældigt scenarie (forløb med afbrydelser, registeruger over tre år)");
        command.Options.Add(centres);
        command.Options.Add(citizens);
        command.Options.Add(seed);
        command.Options.Add(output);
        command.Validators.Add(r =>
        {
            if (r.GetValue(centres) < 1 || r.GetValue(citizens) < 0)
            {
                r.AddError("--centres skal være mindst 1 og --citizens mindst 0.");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var generator = new ScenarioGenerator(parse.GetValue(seed));
            var n = parse.GetValue(centres);
            var m = parse.GetValue(citizens);
            if (parse.GetValue(output) is { } file)
            {
                await using var stream = file.Create();
                await AnsiConsole.Progress().StartAsync(async progress =>
                {
                    var task = progress.AddTask($"Skriver {file.Name}", maxValue: n);
                    await generator.WriteAsync(stream, n, m, progress: new Progress<int>(done => task.Value = done), ct: ct);
                });
                AnsiConsole.MarkupLine($"[green]Skrev[/] {n} jobcentre × {m} borgere til {Markup.Escape(file.FullName)} ({stream.Length / 1024.0 / 1024.0:F1} MB).");
            }
            else
            {
                await using var stdout = Console.OpenStandardOutput();
                await generator.WriteAsync(stdout, n, m, ct: ct);
            }

            return 0;
        });
        return command;
    }
}
