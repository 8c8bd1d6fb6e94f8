using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Vc2.Platform.Data;
using Vc2.Steering.Overview;

namespace Vc2.Cli;

/// <summary><c>vc2 figures</c>: computes the national figures of every job centre that is behind now, instead of
/// waiting for the web app's background worker (after a national demo or a bulk load; ADR 0019).</summary>
internal static class FiguresCommand
{
    public static Command Create()
    {
        var command = new Command("figures", "Beregn landstallene (oversigt, holdepunkter, tilskud pr. jobcenter) for de jobcentre, hvis data er ændret");
        var today = new Option<DateOnly?>("--today") { Description = "Dagen tallene gælder for (som webappens Demo:Today; standard: Demo__Today eller i dag)" };
        command.Options.Add(today);
        CliDatabase.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var day = parse.GetValue(today)
                      ?? (DateOnly.TryParse(Environment.GetEnvironmentVariable("Demo__Today"), System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null);
            await using var services = CliDatabase.Build(parse, day);
            await DatabaseStartup.MigrateAsync(services, ct: ct);
            await using var scope = CliDatabase.SystemScope(services, "figures");
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var outcome = await AnsiConsole.Status().StartAsync("Beregner landstal …", async status =>
                await scope.ServiceProvider.GetRequiredService<RefreshFigures>().RunAsync(wait: TimeSpan.FromMinutes(5),
                    progress: new Progress<(int Done, int Of)>(p => status.Status($"Beregner landstal … {p.Done} af {p.Of} jobcentre")), ct: ct));
            if (outcome.Busy)
            {
                await Console.Error.WriteLineAsync("En anden beregner landstallene lige nu (en kørende webapp); prøv igen om lidt.");
                return 1;
            }

            AnsiConsole.MarkupLine($"[green]Landstal beregnet[/] for {outcome.Refreshed} jobcentre på {clock.Elapsed.TotalSeconds:N1} s; {outcome.Stale} er bagud.");
            return 0;
        });
        return command;
    }
}
