using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Vc2.Platform.Data;
using Vc2.Demo;

namespace Vc2.Cli;

/// <summary><c>vc2 demo-data</c>: migrates the database and fills an empty one with demo data.</summary>
internal static class DemoDataCommand
{
    private sealed record DemoOptions(
        Option<int> Seed, Option<int> PerCentre, Option<int> Centres, Option<FileInfo?> National, Option<int> Rows, Option<int> Weeks, Option<DateOnly> Today);

    public static Command Create()
    {
        var options = CreateOptions();
        var command = new Command("demo-data", "Dan demodata (standard 3 jobcentre, ca. 40 virksomheder, ca. 300 borgere, brugere i alle roller) i en tom database");
        command.Options.Add(options.Seed);
        command.Options.Add(options.Centres);
        command.Options.Add(options.PerCentre);
        command.Options.Add(options.Today);
        command.Options.Add(options.National);
        command.Options.Add(options.Rows);
        command.Options.Add(options.Weeks);
        CliDatabase.AddTo(command);
        command.SetAction((parse, ct) => RunAsync(parse, options, ct));
        return command;
    }

    private static DemoOptions CreateOptions() => new(
        new Option<int>("--seed") { Description = "Frø til tilfældighederne; samme frø giver samme data", DefaultValueFactory = _ => 2014 },
        new Option<int>("--citizens-per-centre") { Description = "Borgere pr. jobcenter (i en national demo gennemsnittet; centrene varierer)", DefaultValueFactory = _ => 100 },
        new Option<int>("--centres") { Description = $"Jobcentre: 3 er den lille demo; op til {DemoDataGenerator.MaxCentres} giver en national demo (alle kommuner)", DefaultValueFactory = _ => 3 },
        new Option<FileInfo?>("--national-extract") { Description = "Skriv i stedet et ydelsesudtræk i national størrelse (til benchmarks) med databasens borgere blandt opdigtede" },
        new Option<int>("--rows") { Description = "Rækker i det nationale udtræk", DefaultValueFactory = _ => 1_000_000 },
        new Option<int>("--weeks") { Description = "Ugekolonner i det nationale udtræk", DefaultValueFactory = _ => 104 },
        new Option<DateOnly>("--today") { Description = "Demoens dato (som web-appens Demo:Today)", DefaultValueFactory = _ => DemoDataGenerator.DefaultToday });

    private static async Task<int> RunAsync(ParseResult parse, DemoOptions options, CancellationToken ct)
    {
        await using var services = CliDatabase.Build(parse);
        await using var scope = CliDatabase.SystemScope(services, "demo-data");
        await AnsiConsole.Status().StartAsync("Opdaterer databasen …", async _ => await DatabaseStartup.MigrateAsync(services, ct: ct));
        if (parse.GetValue(options.National) is { } file)
        {
            await WriteNationalExtractAsync(parse, options, scope.ServiceProvider, file, ct);
            return 0;
        }

        if (!await DatabaseStartup.IsEmptyAsync(services, ct))
        {
            await Console.Error.WriteLineAsync("Databasen indeholder allerede data. Demodata dannes kun i en tom database.");
            return 2;
        }

        var count = parse.GetValue(options.Centres);
        if (count < 1 || count > DemoDataGenerator.MaxCentres)
        {
            await Console.Error.WriteLineAsync($"--centres skal være mellem 1 og {DemoDataGenerator.MaxCentres}.");
            return 2;
        }

        if (parse.GetValue(options.PerCentre) < 1)
        {
            await Console.Error.WriteLineAsync("--citizens-per-centre skal være mindst 1.");
            return 2;
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var summary = await AnsiConsole.Status().StartAsync("Danner demodata …", async status =>
            await scope.ServiceProvider.GetRequiredService<DemoDataGenerator>().RunAsync(parse.GetValue(options.Seed), parse.GetValue(options.PerCentre), parse.GetValue(options.Today),
                count, new Progress<int>(done => status.Status($"Danner demodata … {done} af {count} jobcentre")), ct));
        var made = clock.Elapsed;
        await AnsiConsole.Status().StartAsync("Indlæser demo-registre …", async _ =>
            await DemoStartup.LoadDemoRegistersAsync(scope.ServiceProvider, parse.GetValue(options.Today), ct));
        AnsiConsole.MarkupLine($"Tid: demodata {made.TotalSeconds:N1} s, registre {(clock.Elapsed - made).TotalSeconds:N1} s.");
        AnsiConsole.MarkupLine($"[green]Demodata dannet:[/] {summary.JobCentres} jobcentre, {summary.Companies} virksomheder, {summary.Citizens} borgere, {summary.Users} brugere.");
        return 0;
    }

    /// <summary>A national-size benefit extract with the database's enrolled citizens among invented ones.</summary>
    private static async Task WriteNationalExtractAsync(ParseResult parse, DemoOptions options, IServiceProvider provider, FileInfo file, CancellationToken ct)
    {
        var protector = provider.GetRequiredService<Vc2.Platform.Security.CprProtector>();
        var enrolled = await BenchCitizens.EnrolledCprsAsync(provider.GetRequiredService<Vc2Db>(), protector, ct);
        var random = new Random(parse.GetValue(options.Seed));
        var others = Vc2.Demo.NationalExtract.InventCprs(Math.Max(0, parse.GetValue(options.Rows) - enrolled.Count), random, enrolled);
        await AnsiConsole.Status().StartAsync($"Skriver {parse.GetValue(options.Rows):N0} rækker …", async _ =>
        {
            await using var writer = new StreamWriter(file.FullName, false, new System.Text.UTF8Encoding(false), 1 << 16);
            await Vc2.Demo.NationalExtract.WriteAsync(writer, [.. enrolled, .. others], parse.GetValue(options.Weeks), new Vc2.Rules.IsoWeek(2014, 1), random);
        });
        AnsiConsole.MarkupLine($"[green]Skrev[/] {Markup.Escape(file.FullName)} med {enrolled.Count:N0} indskrevne blandt {enrolled.Count + others.Length:N0} personer.");
    }
}
