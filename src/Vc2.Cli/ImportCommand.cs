using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Money.Registers;

namespace Vc2.Cli;

/// <summary><c>vc2 import benefits FILE</c> and <c>vc2 import hours FILE</c>: register files into the database, with a
/// progress bar and the import's report.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var import = new Command("import", "Indlæs registerdata");
        import.Subcommands.Add(Sub("benefits", "Indlæs et ydelsesregister-udtræk (PNR;y_ÅÅUU;…)", ImportKind.Benefits));
        import.Subcommands.Add(Sub("hours", "Indlæs timer fra indkomstregistret (CPR;periodStart;periodEnd;hours)", ImportKind.Hours));
        return import;
    }

    private static Command Sub(string name, string description, ImportKind kind)
    {
        var file = new Argument<FileInfo>("file") { Description = "Filen" };
        var command = new Command(name, description);
        command.Arguments.Add(file);
        CliDatabase.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"{path.Name}: filen findes ikke");
                return 2;
            }

            if (CliDatabase.MissingKeys() is { } missing)
            {
                await Console.Error.WriteLineAsync(missing);
                return 2;
            }

            await using var services = CliDatabase.Build(parse);
            await using var scope = CliDatabase.SystemScope(services, "import " + name);
            await DatabaseStartup.MigrateAsync(services, ct: ct);
            await using var stream = new FileStream(path.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            Result<ImportReport> result = null!;
            await AnsiConsole.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask($"Indlæser {Markup.Escape(path.Name)}", maxValue: 1.0);
                var report = new Progress<double>(p => task.Value = p);
                result = kind == ImportKind.Benefits
                    ? await scope.ServiceProvider.GetRequiredService<ImportBenefits>().RunAsync(stream, path.Name, report, ct: ct)
                    : await scope.ServiceProvider.GetRequiredService<ImportHours>().RunAsync(stream, path.Name, report, ct: ct);
                task.Value = 1.0;
            });

            if (result is not Result<ImportReport>.Ok ok)
            {
                foreach (var message in ((Result<ImportReport>.Invalid)result).Errors.SelectMany(e => e.Value))
                {
                    await Console.Error.WriteLineAsync(message);
                }

                return 2;
            }

            Print(ok.Value);
            if (ok.Value.Status == ImportStatus.AwaitingConfirmation)
            {
                AnsiConsole.MarkupLine("[yellow]Filen ville fjerne mere end en tiendedel af de gemte uger i sin periode. Den tæller først, når styrelsen har bekræftet den på /registre.[/]");
            }

            return 0;
        });
        return command;
    }

    internal static void Print(ImportReport r)
    {
        if (r.AlreadyImported)
        {
            AnsiConsole.MarkupLine("[yellow]Filen er allerede indlæst; intet er ændret.[/]");
        }

        var table = new Table().AddColumns("Indlæsning", "");
        table.AddRow("Rækker læst", r.RowsRead.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("da-DK")));
        table.AddRow("Borgere fundet", r.PersonsMatched.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("da-DK")));
        table.AddRow("Uger gemt", r.WeeksStored.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("da-DK")));
        table.AddRow("Uger i filen", $"{r.FirstWeek} – {r.LastWeek}");
        table.AddRow("Ukendte koder", r.UnknownCodes.Count == 0 ? "ingen" : Markup.Escape(string.Join(", ", r.UnknownCodes.Select(c => $"{c.Key} ({c.Value})"))));
        table.AddRow("Fejl i linjer", r.BadLines.Count == 0 ? "ingen" : Markup.Escape(string.Join("\n", r.BadLines.Take(20))));
        AnsiConsole.Write(table);
    }
}
