using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Security;

namespace Vc2.Money.Registers;

/// <summary>What an import reports: rows read, persons matched, weeks stored, unknown codes and bad lines with their
/// numbers. <see cref="AlreadyImported"/> when the same file was imported before (nothing changes).</summary>
public sealed record ImportReport(
    Guid RunId,
    ImportKind Kind,
    ImportStatus Status,
    bool AlreadyImported,
    long RowsRead,
    int PersonsMatched,
    long WeeksStored,
    string? FirstWeek,
    string? LastWeek,
    IReadOnlyDictionary<string, long> UnknownCodes,
    IReadOnlyList<string> BadLines,
    string? Error);

/// <summary>
/// The one life of an import, whatever the file's format (<see cref="RegisterFormat{TRow}"/>, ADR 0010): imports run one at
/// a time; the same file twice changes nothing; the file is read once as a stream and only enrolled citizens' rows are
/// kept (matched on the keyed CPR hash), in transactional batches under a running run; completion, in one transaction,
/// deletes the older rows of the weeks the file covers and marks the run completed. A run that fails is removed at once;
/// one whose process was killed stays "running" and is cleaned up by the next import, so the previous data stands.
/// </summary>
internal sealed class ImportRunner(Vc2Db db, CprProtector protector, TimeProvider clock)
{
    public const int BatchSize = 5000;
    public const int MaxBadLinesReported = 200;

    /// <summary>How long a run may say "running" before it is taken for dead (its process was killed).</summary>
    public static readonly TimeSpan DeadAfter = TimeSpan.FromHours(12);

    private Dictionary<string, List<(Guid CitizenId, Guid JobCentreId)>> _enrolledByCprHash = [];

    public async Task<Result<ImportReport>> RunAsync<TRow>(RegisterFormat<TRow> format, Stream file, string fileName, IProgress<double>? progress,
        Guid? runId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(file);
        if (await RunningAsync(ct) is { } busy)
        {
            return Result<ImportReport>.Error("file", $"En anden indlæsning ({busy.FileName}) er i gang. Vent, til den er færdig.");
        }

        var hash = await HashAsync(file, ct);
        if (await PrepareAsync(format.Kind, hash, ct) is { } earlier)
        {
            return await UnchangedAsync(earlier, fileName, runId, ct);
        }

        using var reader = new StreamReader(file, leaveOpen: true);
        var first = await reader.ReadLineAsync(ct);
        if (format.ReadHeader(first, out var isHeader) is { } headerError)
        {
            return Result<ImportReport>.Error("file", headerError);
        }

        var run = await StartAsync(format.Kind, fileName, hash, runId, ct);
        try
        {
            var badLines = new LineProblems();
            var batch = new List<TRow>(BatchSize + 200);
            var matched = new HashSet<Guid>();
            var length = file.CanSeek ? file.Length : 0;
            var lineNumber = isHeader ? 2L : 1L;
            for (var line = isHeader ? await reader.ReadLineAsync(ct) : first; line is not null; line = await reader.ReadLineAsync(ct), lineNumber++)
            {
                if (line.Length == 0)
                {
                    continue;
                }

                run.RowsRead++;
                if (format.ReadLine(line, out var cpr) is { } problem)
                {
                    badLines.Add(lineNumber, problem);
                    continue;
                }

                if (!_enrolledByCprHash.TryGetValue(protector.Hash(cpr!), out var citizens))
                {
                    continue; // not in the programme: not kept
                }

                foreach (var (citizenId, jobCentreId) in citizens)
                {
                    matched.Add(citizenId);
                    format.AddRows(batch, run.Id, citizenId, jobCentreId);
                }

                if (batch.Count >= BatchSize)
                {
                    var done = length > 0 ? (double)file.Position / length : 0;
                    await WriteBatchAsync(format, batch, run, done, ct);
                    progress?.Report(done);
                }
            }

            await WriteBatchAsync(format, batch, run, 0.99, ct);
            run.PersonsMatched = matched.Count;
            (run.FirstWeek, run.LastWeek) = format.Weeks;
            await CompleteAsync(run, format.UnknownCodes, badLines, ct);
            progress?.Report(1);
            return Report(run, alreadyImported: false, format.UnknownCodes, badLines.Reported);
        }
        catch (Exception ex)
        {
            await AbandonAsync(run, ex);
            throw;
        }
    }

    /// <summary>Another import running now, if any: imports run one at a time, since each replaces weeks.</summary>
    public async Task<ImportRun?> RunningAsync(CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime - DeadAfter;
        return await db.ImportRuns.AsNoTracking().Where(r => r.Status == ImportStatus.Running && r.StartedAtUtc > since).FirstOrDefaultAsync(ct);
    }

    private static async Task<string> HashAsync(Stream file, CancellationToken ct)
    {
        var hash = await SHA256.HashDataAsync(file, ct);
        file.Position = 0;
        return Convert.ToHexString(hash);
    }

    /// <summary>Cleans up runs that died, and answers the earlier run when this very file was imported before; else
    /// reads who is enrolled, by keyed CPR hash (every job centre: imports run as the system).</summary>
    private async Task<ImportRun?> PrepareAsync(ImportKind kind, string fileHash, CancellationToken ct)
    {
        var dead = await db.ImportRuns.Where(r => r.Status == ImportStatus.Running).ToListAsync(ct);
        foreach (var run in dead)
        {
            await db.BenefitWeeks.Where(w => w.ImportRunId == run.Id).ExecuteDeleteAsync(ct);
            await db.HoursWeeks.Where(w => w.ImportRunId == run.Id).ExecuteDeleteAsync(ct);
            run.Status = ImportStatus.Failed;
            run.Problems = (run.Problems is null ? string.Empty : run.Problems + "\n") + "Indlæsningen blev afbrudt; dens data er fjernet, og de tidligere data gælder.";
        }

        await db.SaveChangesAsync(ct);
        var earlier = await db.ImportRuns.Where(r => r.Kind == kind && r.Status == ImportStatus.Completed && r.FileHash == fileHash)
            .OrderByDescending(r => r.FinishedAtUtc).FirstOrDefaultAsync(ct);
        if (earlier is null)
        {
            _enrolledByCprHash = (await db.Citizens.Nationally().Select(c => new { c.CprHash, c.Id, c.JobCentreId }).ToListAsync(ct))
                .GroupBy(c => c.CprHash)
                .ToDictionary(g => g.Key, g => g.Select(c => (c.Id, c.JobCentreId)).ToList(), StringComparer.Ordinal);
        }

        return earlier;
    }

    /// <summary>Logs that this file was imported before and nothing changed.</summary>
    private async Task<ImportReport> UnchangedAsync(ImportRun earlier, string fileName, Guid? runId, CancellationToken ct)
    {
        var run = new ImportRun
        {
            Id = runId ?? Guid.CreateVersion7(), Kind = earlier.Kind, Status = ImportStatus.Unchanged, FileName = fileName, FileHash = earlier.FileHash,
            StartedAtUtc = clock.GetUtcNow().UtcDateTime, FinishedAtUtc = clock.GetUtcNow().UtcDateTime, StartedBy = db.CurrentUser.DisplayName,
            FirstWeek = earlier.FirstWeek, LastWeek = earlier.LastWeek, Progress = 100,
            Problems = $"Filen er allerede indlæst {earlier.FinishedAtUtc:dd-MM-yyyy HH:mm} (UTC) som {earlier.FileName}; intet er ændret.",
        };
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(ct);
        return Report(earlier, alreadyImported: true, new Dictionary<string, long>(), []) with { RunId = run.Id, Status = ImportStatus.Unchanged };
    }

    private async Task<ImportRun> StartAsync(ImportKind kind, string fileName, string fileHash, Guid? runId, CancellationToken ct)
    {
        var run = new ImportRun
        {
            Id = runId ?? Guid.CreateVersion7(),
            Kind = kind, Status = ImportStatus.Running, FileName = fileName, FileHash = fileHash,
            StartedAtUtc = clock.GetUtcNow().UtcDateTime, StartedBy = db.CurrentUser.DisplayName,
        };
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(ct);
        return run;
    }

    /// <summary>Writes one batch in its own transaction and forgets it, so memory stays flat however long the file is.</summary>
    private async Task WriteBatchAsync<TRow>(RegisterFormat<TRow> format, List<TRow> batch, ImportRun run, double done, CancellationToken ct)
    {
        run.WeeksStored += batch.Count;
        await format.WriteAsync(db, batch, ct);
        batch.Clear();
        await ReportProgressAsync(run, done, ct);
    }

    /// <summary>Progress goes to the run's row, so any instance of the app can show it.</summary>
    private async Task ReportProgressAsync(ImportRun run, double done, CancellationToken ct)
    {
        var percent = (int)Math.Clamp(done * 100, 0, 99);
        if (percent > run.Progress)
        {
            run.Progress = percent;
            var rows = run.RowsRead;
            await db.ImportRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(u => u.SetProperty(r => r.Progress, percent).SetProperty(r => r.RowsRead, rows), ct);
        }
    }

    /// <summary>After a failure inside the import: its rows go and the run is marked failed, so the previous data stands.
    /// (A process that is killed outright leaves a "running" run, which <see cref="PrepareAsync"/> cleans up later.)</summary>
    private async Task AbandonAsync(ImportRun run, Exception cause)
    {
        db.ChangeTracker.Clear();
        await db.BenefitWeeks.Where(w => w.ImportRunId == run.Id).ExecuteDeleteAsync(CancellationToken.None);
        await db.HoursWeeks.Where(w => w.ImportRunId == run.Id).ExecuteDeleteAsync(CancellationToken.None);
        var message = $"Indlæsningen fejlede ({cause.GetType().Name}: {cause.Message}); dens data er fjernet, og de tidligere data gælder.";
        await db.ImportRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(
            u => u.SetProperty(r => r.Status, ImportStatus.Failed).SetProperty(r => r.Problems, message).SetProperty(r => r.FinishedAtUtc, clock.GetUtcNow().UtcDateTime),
            CancellationToken.None);
    }

    /// <summary>In one transaction: the older rows of the covered weeks go, and the run counts from now on.</summary>
    private async Task CompleteAsync(ImportRun run, IReadOnlyDictionary<string, long> unknownCodes, LineProblems badLines, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (run.Kind == ImportKind.Benefits)
        {
            await db.BenefitWeeks.Where(w => w.ImportRunId != run.Id && w.Week >= run.FirstWeek && w.Week <= run.LastWeek).ExecuteDeleteAsync(ct);
        }
        else
        {
            await db.HoursWeeks.Where(w => w.ImportRunId != run.Id && w.Week >= run.FirstWeek && w.Week <= run.LastWeek).ExecuteDeleteAsync(ct);
        }

        run.Status = ImportStatus.Completed;
        run.Progress = 100;
        run.FinishedAtUtc = clock.GetUtcNow().UtcDateTime;
        run.ProblemCount = unknownCodes.Count + badLines.Count;
        run.Problems = Describe(unknownCodes, badLines);
        db.ImportRuns.Update(run);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static ImportReport Report(ImportRun run, bool alreadyImported, IReadOnlyDictionary<string, long> unknownCodes, IReadOnlyList<string> badLines) =>
        new(run.Id, run.Kind, run.Status, alreadyImported, run.RowsRead, run.PersonsMatched, run.WeeksStored,
            run.FirstWeek == 0 ? null : Rules.IsoWeek.FromOrdinal(run.FirstWeek).ToString(),
            run.LastWeek == 0 ? null : Rules.IsoWeek.FromOrdinal(run.LastWeek).ToString(),
            unknownCodes, badLines, null);

    private static string? Describe(IReadOnlyDictionary<string, long> unknownCodes, LineProblems badLines)
    {
        if (unknownCodes.Count == 0 && badLines.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var (code, count) in unknownCodes.OrderByDescending(c => c.Value))
        {
            text.Append("Ukendt ydelseskode ").Append(code).Append(": ").Append(count).AppendLine(" uger (ikke gemt – tilføj koden i kodetabellen og indlæs igen)");
        }

        foreach (var line in badLines.Reported)
        {
            text.AppendLine(line);
        }

        if (badLines.Count > badLines.Reported.Count)
        {
            text.Append("… og ").Append(badLines.Count - badLines.Reported.Count).AppendLine(" fejlbehæftede linjer mere");
        }

        return text.ToString();
    }
}

/// <summary>The bad lines of a file: all are counted, the first <see cref="ImportRunner.MaxBadLinesReported"/> are
/// kept with their line numbers for the report.</summary>
internal sealed class LineProblems
{
    private readonly List<string> _reported = [];

    public int Count { get; private set; }

    public IReadOnlyList<string> Reported => _reported;

    public void Add(long lineNumber, string message)
    {
        Count++;
        if (_reported.Count < ImportRunner.MaxBadLinesReported)
        {
            _reported.Add($"Linje {lineNumber}: {message}");
        }
    }
}
