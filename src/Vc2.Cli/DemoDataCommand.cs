using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Vc2.Data;
using Vc2.DemoData;

namespace Vc2.Cli;

/// <summary><c>vc2 demo-data</c>: migrates the database and fills an empty one with demo data.</summary>
internal static class DemoDataCommand
{
    public static Command Create()
    {
        var seed = new Option<int>("--seed") { Description = "Frø til tilfældighederne; samme frø giver samme data", DefaultValueFactory = _ => 2014 };
        var perCentre = new Option<int>("--citizens-per-centre") { Description = "Borgere pr. jobcenter", DefaultValueFactory = _ => 100 };
        var today = new Option<DateOnly>("--today") { Description = "Demoens dato (som web-appens Demo:Today)", DefaultValueFactory = _ => DemoDataGenerator.DefaultToday };
        var command = new Command("demo-data", "Dan demodata (3 jobcentre, ca. 40 virksomheder, ca. 300 borgere, brugere i alle roller) i en tom database");
        command.Options.Add(seed);
        command.Options.Add(perCentre);
        command.Options.Add(today);
        CliDatabase.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliDatabase.Build(parse);
            await using var scope = CliDatabase.SystemScope(services, "demo-data");
            var db = scope.ServiceProvider.GetRequiredService<Vc2Db>();
            await AnsiConsole.Status().StartAsync("Opdaterer databasen …", async _ => await db.Database.MigrateAsync(ct));
            if (await db.JobCentres.AnyAsync(ct))
            {
                await Console.Error.WriteLineAsync("Databasen indeholder allerede data. Demodata dannes kun i en tom database.");
                return 2;
            }

            var summary = await AnsiConsole.Status().StartAsync("Danner demodata …", async _ =>
                await scope.ServiceProvider.GetRequiredService<DemoDataGenerator>().RunAsync(parse.GetValue(seed), parse.GetValue(perCentre), parse.GetValue(today), ct));
            await AnsiConsole.Status().StartAsync("Indlæser demo-registre …", async _ =>
                await DatabaseStartup.LoadDemoRegistersAsync(scope.ServiceProvider, parse.GetValue(today), ct));
            AnsiConsole.MarkupLine($"[green]Demodata dannet:[/] {summary.JobCentres} jobcentre, {summary.Companies} virksomheder, {summary.Citizens} borgere, {summary.Users} brugere.");
            return 0;
        });
        return command;
    }
}
