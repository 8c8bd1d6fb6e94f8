using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Vc2.Demo;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Security;
using Vc2.Steering.Evaluation;

namespace Vc2.Cli;

/// <summary>
/// <c>vc2 bench evaluation</c>: on a database with data (a national demo: <c>vc2 demo-data --centres 98
/// --citizens-per-centre 300</c>), writes the demo's comparison extract for its citizens (five comparison persons per
/// participant), imports it, and takes an evaluation snapshot with every analysis — reporting time and the process's
/// peak memory of each, so the evaluation can be judged at national scale. Demo databases only (it replaces the
/// comparison extract and pseudonymises with the demo's public key): refused where real CPR keys are set.
/// </summary>
internal static class BenchEvaluationCommand
{
    private sealed record Timings(double SizeMegabytes, TimeSpan Write, TimeSpan Import, double AfterImportMegabytes, TimeSpan Snapshot);

    public static Command Create()
    {
        var today = CreateTodayOption();
        var command = new Command("evaluation", "Mål indlæsning af sammenligningsudtrækket og et evalueringsøjebliksbillede med alle analyser på databasens data");
        command.Options.Add(today);
        CliDatabase.AddTo(command);
        command.SetAction((parse, ct) => RunAsync(parse, today, ct));
        return command;
    }

    private static Option<DateOnly> CreateTodayOption() =>
        new("--today") { Description = "Dagens dato for øjebliksbilledet (demoens Demo:Today)", DefaultValueFactory = _ => DemoDataGenerator.DefaultToday };

    private static async Task<int> RunAsync(ParseResult parse, Option<DateOnly> today, CancellationToken ct)
    {
        // It writes every citizen's pseudonym under the public demo key to a temporary file and replaces the
        // comparison extract: for demo databases only, never one with real CPR keys.
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("Cpr__LookupKey"))
            && !string.Equals(Environment.GetEnvironmentVariable("Demo__Enabled"), "true", StringComparison.OrdinalIgnoreCase))
        {
            await Console.Error.WriteLineAsync("vc2 bench evaluation er kun til demodatabaser: den erstatter sammenligningsudtrækket og skriver pseudonymer med demoens offentlige nøgle. Cpr__LookupKey er sat; kør den ikke på rigtige data.");
            return 2;
        }

        await using var services = CliDatabase.Build(parse, parse.GetValue(today));
        await using var scope = CliDatabase.SystemScope(services, "bench evaluation");
        await DatabaseStartup.MigrateAsync(services, ct: ct);
        var db = scope.ServiceProvider.GetRequiredService<Vc2Db>();
        var file = Path.Combine(Path.GetTempPath(), $"vc2-bench-sammenligning-{Guid.NewGuid():N}.csv");
        try
        {
            var write = await WriteExtractAsync(db, scope.ServiceProvider, parse.GetValue(today), file, ct);
            var size = new FileInfo(file).Length / 1024.0 / 1024.0;

            var (imported, import) = await ImportExtractAsync(scope.ServiceProvider, file, ct);
            if (imported is not Result<ImportComparisonExtract.Report>.Ok { Value: var report })
            {
                await Console.Error.WriteLineAsync("Sammenligningsudtrækket blev ikke indlæst — har databasen borgere? Dan først demodata: vc2 demo-data --centres 98 --citizens-per-centre 300");
                return 2;
            }

            var afterImport = ProcessMemory.PeakMegabytes();

            var snapshot = Stopwatch.StartNew();
            var id = await TakeSnapshotAsync(services, ct);
            snapshot.Stop();
            await PrintAsync(parse, scope.ServiceProvider, id, report, new Timings(size, write, import, afterImport, snapshot.Elapsed), ct);
            return 0;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<TimeSpan> WriteExtractAsync(Vc2Db db, IServiceProvider provider, DateOnly today, string file, CancellationToken ct)
    {
        var write = Stopwatch.StartNew();
        await AnsiConsole.Status().StartAsync("Skriver sammenligningsudtrækket …", async _ =>
        {
            await using var writer = new StreamWriter(file, false, new UTF8Encoding(false), 1 << 16);
            await DemoComparisonExtract.WriteAsync(db, provider.GetRequiredService<CprProtector>(), today, writer, ct: ct);
        });
        write.Stop();
        return write.Elapsed;
    }

    private static async Task<(Result<ImportComparisonExtract.Report> Imported, TimeSpan Elapsed)> ImportExtractAsync(IServiceProvider provider, string file, CancellationToken ct)
    {
        var import = Stopwatch.StartNew();
        Result<ImportComparisonExtract.Report> imported = null!;
        await AnsiConsole.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask("Indlæser sammenligningsudtrækket", maxValue: 1.0);
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            imported = await provider.GetRequiredService<ImportComparisonExtract>()
                .RunAsync(stream, "bench-sammenligning.csv", DemoComparisonExtract.ExportKey, new Progress<double>(v => task.Value = v), ct);
        });
        import.Stop();
        return (imported, import.Elapsed);
    }

    private static async Task<Guid> TakeSnapshotAsync(ServiceProvider services, CancellationToken ct)
    {
        Guid id = default;
        await AnsiConsole.Status().StartAsync("Danner øjebliksbillede med analyserne …", async _ =>
        {
            await using var snapshotScope = CliDatabase.SystemScope(services, "bench evaluation");
            id = ((Result<Guid>.Ok)await snapshotScope.ServiceProvider.GetRequiredService<CreateEvaluationSnapshot>().RunAsync(EvaluationKind.Final, ct)).Value;
        });
        return id;
    }

    /// <summary>Reads the snapshot back and writes the measurements as a table.</summary>
    private static async Task PrintAsync(ParseResult parse, IServiceProvider provider, Guid id, ImportComparisonExtract.Report report, Timings timings, CancellationToken ct)
    {
        var data = ((Result<GetEvaluationReport.Output>.Ok)await provider.GetRequiredService<GetEvaluationReport>().OpenAsync(id, ct: ct)).Value.Data;
        var json = System.Text.Json.JsonSerializer.Serialize(data, CreateEvaluationSnapshot.Json).Length;
        var effect = data.Analysis?.Effect?.Findings;

        var table = new Table().AddColumns("Måling", "Resultat");
        table.AddRow("Maskine", $"{Environment.ProcessorCount} kerner, .NET {Environment.Version}, {parse.GetValue(CliDatabase.Provider) ?? "Sqlite"}");
        table.AddRow("Data", $"{data.JobCentres.Count:N0} jobcentre, {data.JobCentres.Sum(c => c.Participants):N0} borgere");
        table.AddRow("Sammenligningsudtræk", $"{timings.SizeMegabytes:F0} MB skrevet på {timings.Write.TotalSeconds:F1} s; {report.Persons:N0} personer gemt, {report.ParticipantsRemoved:N0} deltagere fjernet");
        table.AddRow("Indlæsning", $"{timings.Import.TotalSeconds:F1} s; højeste hukommelse indtil nu {timings.AfterImportMegabytes:F0} MB");
        table.AddRow("Øjebliksbillede (alle analyser)", $"{timings.Snapshot.TotalSeconds:F1} s; {json / 1024.0:F0} KB JSON; højeste hukommelse {ProcessMemory.PeakMegabytes():F0} MB");
        if (effect is not null)
        {
            table.AddRow("Matchning", $"{effect.Matched:N0} af {effect.Participants:N0} deltagere matchet");
        }

        AnsiConsole.Write(table);
    }
}
