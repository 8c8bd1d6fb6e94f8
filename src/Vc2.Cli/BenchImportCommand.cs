using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Vc2.Demo;
using Vc2.Platform.Data;
using Vc2.Money.Registers;
using Vc2.Platform.Security;

namespace Vc2.Cli;

/// <summary>
/// <c>vc2 bench import</c>: a national-size benefit extract (default 1,000,000 rows × 104 weeks) of which a part is
/// enrolled (default 30,000 persons), imported into a fresh database. Reports rows per second and the process's memory
/// while importing, sampled every 100 ms, so that flat memory can be seen (run it with two --rows to compare).
/// </summary>
internal static class BenchImportCommand
{
    private sealed record ImportOptions(Option<int> Rows, Option<int> Weeks, Option<int> Enrolled);

    /// <summary>An import's report, its time, and the working set before it and at its highest while it ran.</summary>
    private sealed record Sampled(ImportReport Report, TimeSpan Elapsed, double Before, double Peak);

    public static Command Create()
    {
        var options = CreateOptions();
        var command = new Command("import", "Mål indlæsning af et ydelsesregister-udtræk i national størrelse");
        command.Options.Add(options.Rows);
        command.Options.Add(options.Weeks);
        command.Options.Add(options.Enrolled);
        CliDatabase.AddTo(command);
        command.SetAction((parse, ct) => RunAsync(parse, options, ct));
        return command;
    }

    private static ImportOptions CreateOptions() => new(
        new Option<int>("--rows") { DefaultValueFactory = _ => 1_000_000, Description = "Rækker i udtrækket" },
        new Option<int>("--weeks") { DefaultValueFactory = _ => 104, Description = "Ugekolonner" },
        new Option<int>("--enrolled") { DefaultValueFactory = _ => 30_000, Description = "Heraf indskrevne borgere" });

    private static async Task<int> RunAsync(ParseResult parse, ImportOptions options, CancellationToken ct)
    {
        var folder = Path.Combine(Path.GetTempPath(), "vc2-bench-import");
        Directory.CreateDirectory(folder);
        var dbFile = Path.Combine(folder, $"bench-{Guid.NewGuid():N}.db");
        var connection = parse.GetValue(CliDatabase.Connection) ?? $"Data Source={dbFile}";
        await using var services = CliDatabase.Build(parse.GetValue(CliDatabase.Provider), connection);
        await using var scope = CliDatabase.SystemScope(services, "bench import");
        var db = scope.ServiceProvider.GetRequiredService<Vc2Db>();
        var protector = scope.ServiceProvider.GetRequiredService<CprProtector>();
        await DatabaseStartup.MigrateAsync(services, ct: ct);

        var random = new Random(42);
        var n = parse.GetValue(options.Rows);
        var weeks = parse.GetValue(options.Weeks);
        var m = Math.Min(parse.GetValue(options.Enrolled), n);
        var extract = Path.Combine(folder, $"dream-{n}x{weeks}.csv");
        var cprs = NationalExtract.InventCprs(n, random);

        await AnsiConsole.Status().StartAsync($"Indskriver {m:N0} borgere …", async _ => await BenchCitizens.EnrolAsync(db, protector, cprs, m, ct));

        await AnsiConsole.Status().StartAsync("Skriver udtrækket …", async _ => await WriteExtractAsync(extract, cprs, weeks, random));

        var size = new FileInfo(extract).Length / 1024.0 / 1024.0;
        var sampled = await ImportSampledAsync(scope.ServiceProvider, extract, ct);
        var report = sampled.Report;
        var clock = sampled.Elapsed;

        var table = new Table().AddColumns("Måling", "Resultat");
        table.AddRow("Maskine", $"{Environment.ProcessorCount} kerner, .NET {Environment.Version}, {(connection.Contains("Host=", StringComparison.OrdinalIgnoreCase) ? "PostgreSQL" : "SQLite")}");
        table.AddRow("Udtræk", $"{n:N0} rækker × {weeks} uger, {size:F0} MB; {m:N0} indskrevne");
        table.AddRow("Indlæst", $"{report.RowsRead:N0} rækker, {report.PersonsMatched:N0} borgere, {report.WeeksStored:N0} uger gemt");
        table.AddRow("Tid", $"{clock.TotalSeconds:F1} s = {report.RowsRead / clock.TotalSeconds:N0} rækker/s");
        table.AddRow("Hukommelse (working set)", $"før {sampled.Before:F0} MB, højest under indlæsning {sampled.Peak:F0} MB");
        var log = scope.ServiceProvider.GetRequiredService<ImportLog>();
        var first = ((Platform.Common.Result<ImportRun>.Ok)await log.OneAsync(report.RunId, ct)).Value;
        table.AddRow("Målgruppetjek efter indlæsningen", $"{first.ChecksDone:N0} af {first.ChecksTotal:N0} borgere");
        // The floor: the same week rows by COPY into a table without secondary indexes (PostgreSQL only).
        if (await BenchCopyFloor.MeasureAsync(db, ct) is { } floor)
        {
            table.AddRow("Gulv: COPY af samme ugerækker uden sekundære indeks",
                $"{floor.Rows:N0} rækker på {floor.Copy.TotalSeconds:F1} s; indlæsningen tog {clock.TotalSeconds / floor.Copy.TotalSeconds:F1} × gulvet");
        }

        await ImportSecondDeliveryAsync(services, log, extract, cprs, weeks, table, ct);
        AnsiConsole.Write(table);
        if (connection.Contains(dbFile, StringComparison.Ordinal))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(dbFile);
        }

        return 0;
    }

    private static async Task WriteExtractAsync(string extract, string[] cprs, int weeks, Random random)
    {
        await using var writer = new StreamWriter(extract, false, new UTF8Encoding(false), 1 << 16);
        await NationalExtract.WriteAsync(writer, cprs, weeks, new Rules.IsoWeek(2014, 1), random);
    }

    /// <summary>Imports the extract while sampling the process's working set every 100 ms.</summary>
    private static async Task<Sampled> ImportSampledAsync(IServiceProvider provider, string extract, CancellationToken ct)
    {
        GC.Collect();
        var before = Environment.WorkingSet / 1024.0 / 1024.0;
        var peak = before;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, Environment.WorkingSet / 1024.0 / 1024.0);
                await Task.Delay(100, CancellationToken.None);
            }
        }, CancellationToken.None);
        var clock = Stopwatch.StartNew();
        ImportReport report = null!;
        await AnsiConsole.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask("Indlæser", maxValue: 1.0);
            await using var file = new FileStream(extract, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            var result = await provider.GetRequiredService<ImportBenefits>().RunAsync(file, Path.GetFileName(extract), new Progress<double>(v => task.Value = v), ct: ct);
            report = ((Platform.Common.Result<ImportReport>.Ok)result).Value;
        });
        clock.Stop();
        await sampling.CancelAsync();
        await sampler;
        return new Sampled(report, clock.Elapsed, before, peak);
    }

    /// <summary>A second extract of the same persons and weeks (the next week's delivery): it replaces their weeks,
    /// after counting in the database what it would remove and change.</summary>
    private static async Task ImportSecondDeliveryAsync(ServiceProvider services, ImportLog log, string extract, string[] cprs, int weeks, Table table, CancellationToken ct)
    {
        await WriteExtractAsync(extract, cprs, weeks, new Random(43));

        var again = Stopwatch.StartNew();
        await using var file = new FileStream(extract, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        await using var scope2 = CliDatabase.SystemScope(services, "bench import");
        var second = ((Platform.Common.Result<ImportReport>.Ok)await scope2.ServiceProvider.GetRequiredService<ImportBenefits>().RunAsync(file, "dream-2.csv", ct: ct)).Value;
        again.Stop();
        var run = ((Platform.Common.Result<ImportRun>.Ok)await log.OneAsync(second.RunId, ct)).Value;
        table.AddRow("Ny levering af samme uger", $"{again.Elapsed.TotalSeconds:F1} s; {run.Status}; ville fjerne {run.WeeksRemoved:N0} og ændre {run.WeeksChanged:N0} af {run.WeeksInRange:N0} uger for {run.PersonsChanged:N0} personer");
    }
}
