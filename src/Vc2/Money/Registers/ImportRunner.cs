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
/// The one life of an import, whatever the file's format (<see cref="RegisterFormat{TValue}"/>, ADR 0010): imports run one at
/// a time, on any number of instances, under the database lease <see cref="LeaseName"/> (ADR 0015); the same file twice
/// changes nothing; the file is read once as a stream and only enrolled citizens' rows are kept (matched on the keyed
/// CPR hash), as small values in memory until the last line is read (ADR 0021), then written in the order of the weeks'
/// index, persons first, in transactional batches under a running run; completion, in one transaction, deletes the older rows of
/// the weeks the file covers and marks the run completed. A run that fails is removed at once; one whose process was
/// killed stays "running" until its lease runs out, and the next import removes its rows (and imports an uploaded file
/// again), so the previous data stands.
/// </summary>
internal sealed class ImportRunner(Vc2Db db, CprProtector protector, TimeProvider clock, RegisterOptions options)
{
    /// <summary>Week rows per transaction: large enough that a transaction's cost is small beside its COPY, small enough
    /// that the progress moves.</summary>
    public const int WriteBatchSize = 100_000;

    /// <summary>The share of the progress bar that reading the file takes; writing its rows takes the rest.</summary>
    private const double ReadShare = 0.5;

    public const int MaxBadLinesReported = 200;

    /// <summary>The lease every import holds while it works: imports replace weeks, so they run one at a time.</summary>
    public const string LeaseName = "register-import";

    // The lease is about instances being alive, so it runs on the wall clock, not the app's (a test may fix that).
    private static readonly TimeProvider Wall = TimeProvider.System;

    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private DateTime _renewedAtUtc;
    private Guid? _completed;
    private Dictionary<string, List<(Guid CitizenId, Guid JobCentreId)>> _enrolledByCprHash = [];

    public async Task<Result<ImportReport>> RunAsync<TValue>(RegisterFormat<TValue> format, Stream file, string fileName, IProgress<double>? progress,
        Guid? runId, CancellationToken ct)
        where TValue : struct
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(file);
        if (!await TakeLeaseAsync(ct))
        {
            var busy = await db.ImportRuns.AsNoTracking().Where(r => r.Status == ImportStatus.Running).OrderByDescending(r => r.StartedAtUtc)
                .Select(r => r.FileName).FirstOrDefaultAsync(ct);
            return Result<ImportReport>.Error("file", $"En anden indlæsning{(busy is null ? string.Empty : $" ({busy})")} er i gang. Vent, til den er færdig.");
        }

        Result<ImportReport> result;
        try
        {
            await RecoverAsync(ct);
            result = await RunLeasedAsync(format, file, fileName, progress, runId, ct);
        }
        finally
        {
            await db.ReleaseAsync(LeaseName, _owner);
        }

        // The import stands; the unchecked citizens are checked against the target group with what it brought (R0).
        // Outside the lease: the checks only add rows, and another import need not wait for them.
        await CheckAfterAsync(result, ct);
        return result;
    }

    private async Task CheckAfterAsync(Result<ImportReport> result, CancellationToken ct)
    {
        // Only the runner that completed the run checks (another instance may have found it done already).
        if (result is Result<ImportReport>.Ok { Value: { Kind: ImportKind.Benefits, Status: ImportStatus.Completed } report } && report.RunId == _completed)
        {
            var fileName = await db.ImportRuns.Where(r => r.Id == report.RunId).Select(r => r.FileName).SingleAsync(ct);
            await new CheckTargetGroups(db, options, clock).RunAsync(jobCentreId: null, all: false, report.RunId, $"VC2 efter indlæsningen af {fileName}", ct);
        }
    }

    /// <summary>Only the clean-up of runs left by instances that died (the queue's worker calls it when nothing is
    /// queued); false when another instance is importing.</summary>
    public async Task<bool> RecoverOnlyAsync(CancellationToken ct)
    {
        if (!await TakeLeaseAsync(ct))
        {
            return false;
        }

        try
        {
            await RecoverAsync(ct);
            return true;
        }
        finally
        {
            await db.ReleaseAsync(LeaseName, _owner);
        }
    }

    private async Task<Result<ImportReport>> RunLeasedAsync<TValue>(RegisterFormat<TValue> format, Stream file, string fileName, IProgress<double>? progress,
        Guid? runId, CancellationToken ct)
        where TValue : struct
    {
        var queued = runId is { } id ? await db.ImportRuns.SingleOrDefaultAsync(r => r.Id == id, ct) : null;
        if (queued is not null && queued.Status != ImportStatus.Queued)
        {
            // Another instance took this upload first and finished it: nothing to do here.
            return Report(queued, alreadyImported: queued.Status == ImportStatus.Unchanged, new Dictionary<string, long>(), []);
        }

        var hash = queued?.FileHash ?? await HashAsync(file, ct);
        if (await PrepareAsync(format.Kind, hash, ct) is { } earlier)
        {
            return await UnchangedAsync(earlier, fileName, queued, runId, ct);
        }

        using var reader = new StreamReader(file, leaveOpen: true);
        var first = await reader.ReadLineAsync(ct);
        if (format.ReadHeader(first, out var isHeader) is { } headerError)
        {
            // A failed run with the reason, so that the upload page and the history say what happened.
            var refused = await StartAsync(format.Kind, fileName, hash, file.CanSeek ? file.Length : 0, queued, runId, ct);
            await FailAsync(refused.Id, $"Filen kan ikke læses: {headerError} Intet er ændret.");
            return Result<ImportReport>.Error("file", headerError);
        }

        var run = await StartAsync(format.Kind, fileName, hash, file.CanSeek ? file.Length : 0, queued, runId, ct);
        ImportReport report;
        try
        {
            var valid = 0L;
            var badLines = new LineProblems();
            // Every line is read before any row is written (ADR 0021): the rows of enrolled persons are small values, and
            // written in the order of the weeks' index they cost the database a fraction of what the file's order does.
            var rows = new RowBuffer<TValue>();
            var persons = new List<ImportRunPerson>();
            var personIndex = new Dictionary<Guid, int>();
            var firstLines = new List<long>();
            var length = run.FileSize;
            using var hasher = protector.CreateLookupHasher();
            var cprHash = new char[LookupHasher.Length];
            var enrolled = _enrolledByCprHash.GetAlternateLookup<ReadOnlySpan<char>>();
            var lineNumber = isHeader ? 2L : 1L;
            for (var line = isHeader ? await reader.ReadLineAsync(ct) : first; line is not null; line = await reader.ReadLineAsync(ct), lineNumber++)
            {
                if (line.Length == 0)
                {
                    continue;
                }

                run.RowsRead++;
                if (run.RowsRead % 10_000 == 0)
                {
                    await ReportProgressAsync(run, length > 0 ? ReadShare * file.Position / length : 0, progress, ct);
                    await RenewLeaseAsync(run, force: false, ct);
                }

                if (format.ReadLine(line, out var cpr) is { } problem)
                {
                    badLines.Add(lineNumber, problem);
                    continue;
                }

                valid++;

                hasher.Hash(cpr!, cprHash);
                if (!enrolled.TryGetValue(cprHash, out var citizens))
                {
                    continue; // not in the programme: not kept
                }

                if (format.OneLinePerPerson && personIndex.TryGetValue(citizens[0].CitizenId, out var seen))
                {
                    badLines.Add(lineNumber, $"personen står også i linje {firstLines[seen]}; kun den første linje er brugt.");
                    continue;
                }

                foreach (var (citizenId, jobCentreId) in citizens)
                {
                    if (!personIndex.TryGetValue(citizenId, out var person))
                    {
                        person = persons.Count;
                        personIndex.Add(citizenId, person);
                        persons.Add(new ImportRunPerson { ImportRunId = run.Id, CitizenId = citizenId, JobCentreId = jobCentreId });
                        firstLines.Add(lineNumber);
                    }

                    format.AddRows(rows, person);
                }
            }

            if (valid == 0)
            {
                throw new ImportRefusedException(badLines.Count == 0
                    ? "Filen har ingen linjer med data. Intet er ændret."
                    : $"Ingen af filens {badLines.Count} linjer kunne læses ({badLines.Reported[0]}). Intet er ændret.");
            }

            await WritePersonsAsync(persons, run, ct);
            await WriteRowsAsync(format, run, persons, rows, progress, ct);
            await AnalyzeAsync(format.Kind, ct);
            run.PersonsMatched = persons.Count;
            (run.FirstWeek, run.LastWeek) = format.Weeks;
            await RenewLeaseAsync(run, force: false, ct);
            var change = await MeasureChangeAsync(run, ct);
            if (change.Removed * 10 > change.InRange)
            {
                await AwaitConfirmationAsync(run, change, format.UnknownCodes, badLines, ct);
            }
            else
            {
                await CompleteAsync(run, format.UnknownCodes, badLines, ct);
            }

            progress?.Report(1);
            report = Report(run, alreadyImported: false, format.UnknownCodes, badLines.Reported);
        }
        catch (ImportRefusedException refused)
        {
            await AbandonAsync(run, refused);
            return Result<ImportReport>.Error("file", refused.Message);
        }
        catch (ImportLeaseLostException)
        {
            throw; // another instance took the run over as dead: its clean-up is that instance's now
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested && queued is not null)
        {
            await RequeueAsync(run);
            throw;
        }
        catch (Exception ex)
        {
            await AbandonAsync(run, ex);
            throw;
        }

        return report;
    }

    /// <summary>The agency's answer to an import that would remove more than a tenth of the stored weeks in its range:
    /// confirmed, it completes (and the unchecked citizens are checked); rejected, its rows go and the previous data stands.
    /// (The week tables are read and written under the national filter: the agency has no personal access, yet its
    /// answer completes an import of every job centre's rows, as the system's import does.)</summary>
    public async Task<Result<ImportReport>> DecideAsync(Guid runId, bool confirm, CancellationToken ct)
    {
        if (!await TakeLeaseAsync(ct))
        {
            return Result<ImportReport>.Error("file", "En anden indlæsning er i gang. Vent, til den er færdig, og prøv igen.");
        }

        Result<ImportReport> result;
        try
        {
            result = await DecideLeasedAsync(runId, confirm, ct);
        }
        finally
        {
            await db.ReleaseAsync(LeaseName, _owner);
        }

        await CheckAfterAsync(result, ct);
        return result;
    }

    private async Task<Result<ImportReport>> DecideLeasedAsync(Guid runId, bool confirm, CancellationToken ct)
    {
        var run = await db.ImportRuns.SingleOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null)
        {
            return Result<ImportReport>.Missing();
        }

        if (run.Status != ImportStatus.AwaitingConfirmation)
        {
            return Result<ImportReport>.Error("file", "Indlæsningen venter ikke på en bekræftelse.");
        }

        var by = db.CurrentUser.DisplayName;
        var now = clock.GetUtcNow().UtcDateTime;
        run.DecidedBy = by;
        if (!confirm)
        {
            await RemoveRowsAsync(run.Id, ct);
            run.Status = ImportStatus.Failed;
            run.FinishedAtUtc = now;
            run.Problems = Append(run.Problems, $"Afvist af {by} {now:dd-MM-yyyy HH:mm} (UTC): intet er ændret, og de tidligere data gælder.");
            await db.SaveChangesAsync(ct);
            return Report(run, alreadyImported: false, new Dictionary<string, long>(), []);
        }

        // A newer import of the same register since this file was read would be overwritten by older data.
        if (await db.ImportRuns.AnyAsync(r => r.Kind == run.Kind && r.Status == ImportStatus.Completed && r.FinishedAtUtc > run.StartedAtUtc, ct))
        {
            return Result<ImportReport>.Error("file", "En nyere indlæsning af samme register er gennemført, efter at denne fil blev læst. Afvis denne, og indlæs filen igen, hvis den stadig skal bruges.");
        }

        run.Problems = Append(run.Problems, $"Bekræftet af {by} {now:dd-MM-yyyy HH:mm} (UTC).");
        await CompleteAsync(run, null, null, ct);
        return Report(run, alreadyImported: false, new Dictionary<string, long>(), []);
    }

    /// <summary>How the stored weeks would change, counted in the database: weeks in the run's range of completed runs of
    /// the same register; of those, the weeks of the file's persons that the file no longer has, and (benefits) those
    /// whose category it changes; and how many persons that touches.</summary>
    private async Task<(long InRange, long Removed, long Changed, int Persons)> MeasureChangeAsync(ImportRun run, CancellationToken ct)
    {
        var (first, last, id) = (run.FirstWeek, run.LastWeek, run.Id);
        var completedRuns = db.ImportRuns.Where(r => r.Status == ImportStatus.Completed && r.Kind == run.Kind).Select(r => r.Id);
        var persons = db.ImportRunPersons.Where(p => p.ImportRunId == id);
        // Every join of weeks meets them on their index (job centre, citizen, week); the job centre comes from the person.
        if (run.Kind == ImportKind.Benefits)
        {
            var weeks = db.BenefitWeeks.Nationally();
            var stored = weeks.Where(w => completedRuns.Contains(w.ImportRunId) && w.Week >= first && w.Week <= last);
            // One pass over the file's persons' stored weeks, each joined to the same week in this run (on the index;
            // a benefit file holds a person once, so there is at most one): 4 s instead of 12 s for a national
            // delivery, where a query per figure, or a sub-query per figure and row, read the weeks again (ADR 0021).
            var compared = from w in stored.Where(w => persons.Any(p => p.JobCentreId == w.JobCentreId && p.CitizenId == w.CitizenId))
                           from n in weeks.Where(n => n.ImportRunId == id && n.JobCentreId == w.JobCentreId && n.CitizenId == w.CitizenId && n.Week == w.Week).DefaultIfEmpty()
                           select new { w.CitizenId, Removed = n == null, Changed = n != null && n.Category != w.Category };
            var counts = await compared.GroupBy(_ => 1).Select(g => new
            {
                Removed = g.LongCount(c => c.Removed),
                Changed = g.LongCount(c => c.Changed),
                Persons = g.Where(c => c.Removed || c.Changed).Select(c => c.CitizenId).Distinct().Count(),
            }).SingleOrDefaultAsync(ct);
            return (await stored.LongCountAsync(ct), counts?.Removed ?? 0, counts?.Changed ?? 0, counts?.Persons ?? 0);
        }

        var all = db.HoursWeeks.Nationally();
        var hours = all.Where(w => completedRuns.Contains(w.ImportRunId) && w.Week >= first && w.Week <= last);
        var gone = hours.Where(w => persons.Any(p => p.JobCentreId == w.JobCentreId && p.CitizenId == w.CitizenId)
                                    && !all.Any(n => n.JobCentreId == w.JobCentreId && n.CitizenId == w.CitizenId && n.Week == w.Week && n.ImportRunId == id));
        return (await hours.LongCountAsync(ct), await gone.LongCountAsync(ct), 0, await gone.Select(w => w.CitizenId).Distinct().CountAsync(ct));
    }

    /// <summary>The file is read and its rows are kept, but they do not count until the agency confirms.</summary>
    private async Task AwaitConfirmationAsync(ImportRun run, (long InRange, long Removed, long Changed, int Persons) change,
        IReadOnlyDictionary<string, long> unknownCodes, LineProblems badLines, CancellationToken ct)
    {
        run.Status = ImportStatus.AwaitingConfirmation;
        run.Progress = 100;
        run.WeeksInRange = change.InRange;
        run.WeeksRemoved = change.Removed;
        run.WeeksChanged = change.Changed;
        run.PersonsChanged = change.Persons;
        run.ProblemCount = unknownCodes.Count + badLines.Count;
        var problems = Describe(unknownCodes, badLines);
        run.Problems = problems is null ? run.Problems : Append(run.Problems, problems);
        run.Problems = Append(run.Problems, $"Filen ville fjerne {change.Removed:N0} af de {change.InRange:N0} gemte uger i sin periode (mere end en tiendedel) og ændre {change.Changed:N0}, for {change.Persons:N0} personer. Den tæller ikke, før styrelsen har bekræftet den.");
        run.Problems = run.Problems[..Math.Min(run.Problems.Length, 20000)];
        run.LeaseUntilUtc = null;
        db.ImportRuns.Update(run);
        await db.ImportFileChunks.Where(c => c.ImportRunId == run.Id).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The persons the file holds, in one transaction under the lease, before any of their weeks: a run's
    /// weeks are found through its persons when it is cleaned up (<see cref="RemoveRowsAsync"/>).</summary>
    private async Task WritePersonsAsync(List<ImportRunPerson> persons, ImportRun run, CancellationToken ct)
    {
        await BulkWriter.WriteAsync(db, persons, Fence(), ct);
        await RenewLeaseAsync(run, force: false, ct);
    }

    /// <summary>
    /// Writes the run's rows in the order of the weeks' index (job centre, citizen, week), each batch in its own
    /// transaction under the lease. In that order each index page is filled once, instead of every page being touched
    /// again and again as the file's persons come in random order (ADR 0021: 2.5 million rows into the index 1.8 ×
    /// the bare COPY, against 2.8 ×). The database compares uuids as their 16 bytes in big-endian order, and SQLite
    /// compares their upper-case text, which orders the same.
    /// </summary>
    private async Task WriteRowsAsync<TValue>(RegisterFormat<TValue> format, ImportRun run, List<ImportRunPerson> persons, RowBuffer<TValue> rows,
        IProgress<double>? progress, CancellationToken ct)
        where TValue : struct
    {
        var order = Enumerable.Range(0, persons.Count).ToArray();
        Array.Sort(order, (a, b) => UuidOrder.Compare(persons[a].JobCentreId, persons[b].JobCentreId) is var byCentre and not 0
            ? byCentre
            : UuidOrder.Compare(persons[a].CitizenId, persons[b].CitizenId));
        var rank = new int[persons.Count];
        for (var i = 0; i < order.Length; i++)
        {
            rank[order[i]] = i;
        }

        SortByKey(rows.Span, rank);
        ct.ThrowIfCancellationRequested();
        for (var done = 0; done < rows.Count; done += WriteBatchSize)
        {
            var batch = rows.Slice(done, Math.Min(WriteBatchSize, rows.Count - done));
            await format.WriteAsync(db, run.Id, persons, batch, Fence(), ct);
            run.WeeksStored += batch.Count;
            await ReportProgressAsync(run, ReadShare + (1 - ReadShare) * (done + batch.Count) / rows.Count, progress, ct);
            await RenewLeaseAsync(run, force: false, ct);
        }
    }

    private static void SortByKey<TValue>(Span<RegisterRow<TValue>> rows, int[] rank)
        where TValue : struct
    {
        var keys = new long[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            keys[i] = ((long)rank[rows[i].Person] << 32) | (uint)rows[i].Week;
        }

        keys.AsSpan().Sort(rows);
    }

    private LeaseFence Fence() => new(LeaseName, _owner, Wall.GetUtcNow().UtcDateTime + options.ImportLease);

    /// <summary>The run has just added millions of rows that the planner's statistics do not know yet (autovacuum
    /// follows minutes later): without fresh ones, counting what the run changes chose a plan that ran past the
    /// command timeout on 5 million weeks; with them it takes 3 s (PostgreSQL; SQLite plans by its indexes alone).</summary>
    private async Task AnalyzeAsync(ImportKind kind, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync(kind == ImportKind.Benefits ? "ANALYZE \"BenefitWeeks\", \"ImportRunPersons\"" : "ANALYZE \"HoursWeeks\", \"ImportRunPersons\"", ct);
        }
    }

    /// <summary>Takes the import lease, or renews it when this runner holds it.</summary>
    private async Task<bool> TakeLeaseAsync(CancellationToken ct)
    {
        var now = Wall.GetUtcNow().UtcDateTime;
        if (!await db.TryAcquireAsync(LeaseName, _owner, options.ImportLease, now, ct))
        {
            return false;
        }

        _renewedAtUtc = now;
        return true;
    }

    /// <summary>Renews the lease, on the run too, every third of its length; when another instance has taken it (this one
    /// was too slow to renew and was taken for dead), the import stops at once.</summary>
    private async Task RenewLeaseAsync(ImportRun run, bool force, CancellationToken ct)
    {
        var now = Wall.GetUtcNow().UtcDateTime;
        if (!force && now - _renewedAtUtc < options.ImportLease / 3)
        {
            return;
        }

        if (!await TakeLeaseAsync(ct))
        {
            throw new ImportLeaseLostException();
        }

        var until = now + options.ImportLease;
        run.LeaseUntilUtc = until;
        await db.ImportRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(u => u.SetProperty(r => r.LeaseUntilUtc, until), ct);
    }

    private static async Task<string> HashAsync(Stream file, CancellationToken ct)
    {
        var hash = await SHA256.HashDataAsync(file, ct);
        file.Position = 0;
        return Convert.ToHexString(hash);
    }

    /// <summary>With the lease held, every run still "running" was left by an instance that died: its rows go; an
    /// uploaded file (its chunks are kept) is queued again, up to <see cref="RegisterOptions.ImportMaxAttempts"/> times.</summary>
    private async Task RecoverAsync(CancellationToken ct)
    {
        var dead = await db.ImportRuns.Where(r => r.Status == ImportStatus.Running).ToListAsync(ct);
        foreach (var run in dead)
        {
            await RemoveRowsAsync(run.Id, ct);
            var kept = await db.ImportFileChunks.AnyAsync(c => c.ImportRunId == run.Id, ct);
            var note = $"Indlæsningen blev afbrudt {Wall.GetUtcNow().UtcDateTime:dd-MM-yyyy HH:mm} (UTC) (forsøg {Math.Max(1, run.Attempts)}); dens data er fjernet";
            if (kept && run.Attempts < options.ImportMaxAttempts)
            {
                Restart(run);
                run.Problems = Append(run.Problems, note + ", og filen indlæses igen.");
            }
            else
            {
                run.Status = ImportStatus.Failed;
                run.FinishedAtUtc = clock.GetUtcNow().UtcDateTime;
                run.LeaseUntilUtc = null;
                run.Problems = Append(run.Problems, note + ", og de tidligere data gælder.");
                await db.ImportFileChunks.Where(c => c.ImportRunId == run.Id).ExecuteDeleteAsync(ct);
            }
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Everything a run wrote besides its own row: its weeks and the persons of its file.</summary>
    /// <remarks>A run writes its persons before any of its weeks (ADR 0021), so its weeks are found through its persons,
    /// on the weeks' one index, and the persons go last.</remarks>
    private async Task RemoveRowsAsync(Guid runId, CancellationToken ct)
    {
        var persons = db.ImportRunPersons.Where(p => p.ImportRunId == runId);
        await db.BenefitWeeks.Nationally().Where(w => w.ImportRunId == runId && persons.Any(p => p.JobCentreId == w.JobCentreId && p.CitizenId == w.CitizenId))
            .ExecuteDeleteAsync(ct);
        await db.HoursWeeks.Nationally().Where(w => w.ImportRunId == runId && persons.Any(p => p.JobCentreId == w.JobCentreId && p.CitizenId == w.CitizenId))
            .ExecuteDeleteAsync(ct);
        await persons.ExecuteDeleteAsync(ct);
    }

    private static void Restart(ImportRun run)
    {
        run.Status = ImportStatus.Queued;
        run.LeaseUntilUtc = null;
        run.RowsRead = 0;
        run.Progress = 0;
        run.PersonsMatched = 0;
        run.WeeksStored = 0;
        run.FirstWeek = 0;
        run.LastWeek = 0;
    }

    private static string Append(string? text, string line) => string.IsNullOrEmpty(text) ? line : text + "\n" + line;

    /// <summary>Answers the earlier run when this very file was imported before; else reads who is enrolled, by keyed
    /// CPR hash (every job centre: imports run as the system).</summary>
    private async Task<ImportRun?> PrepareAsync(ImportKind kind, string fileHash, CancellationToken ct)
    {
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

    /// <summary>Logs that this file was imported before and nothing changed (on the queued run, when it was uploaded).</summary>
    private async Task<Result<ImportReport>> UnchangedAsync(ImportRun earlier, string fileName, ImportRun? queued, Guid? runId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var run = queued ?? new ImportRun
        {
            Id = runId ?? Guid.CreateVersion7(), Kind = earlier.Kind, FileName = fileName, FileHash = earlier.FileHash,
            StartedAtUtc = now, StartedBy = db.CurrentUser.DisplayName,
        };
        run.Status = ImportStatus.Unchanged;
        run.FinishedAtUtc = now;
        run.FirstWeek = earlier.FirstWeek;
        run.LastWeek = earlier.LastWeek;
        run.Progress = 100;
        run.Problems = $"Filen er allerede indlæst {earlier.FinishedAtUtc:dd-MM-yyyy HH:mm} (UTC) som {earlier.FileName}; intet er ændret.";
        if (queued is null)
        {
            db.ImportRuns.Add(run);
        }
        else
        {
            await db.ImportFileChunks.Where(c => c.ImportRunId == run.Id).ExecuteDeleteAsync(ct);
        }

        await db.SaveChangesAsync(ct);
        return Report(earlier, alreadyImported: true, new Dictionary<string, long>(), []) with { RunId = run.Id, Status = ImportStatus.Unchanged };
    }

    private async Task<ImportRun> StartAsync(ImportKind kind, string fileName, string fileHash, long fileSize, ImportRun? queued, Guid? runId, CancellationToken ct)
    {
        var run = queued ?? new ImportRun
        {
            Id = runId ?? Guid.CreateVersion7(),
            Kind = kind, FileName = fileName, FileHash = fileHash, FileSize = fileSize,
            StartedAtUtc = clock.GetUtcNow().UtcDateTime, StartedBy = db.CurrentUser.DisplayName,
        };
        run.Status = ImportStatus.Running;
        run.Attempts++;
        run.LeaseUntilUtc = Wall.GetUtcNow().UtcDateTime + options.ImportLease;
        if (queued is null)
        {
            db.ImportRuns.Add(run);
        }

        await db.SaveChangesAsync(ct);
        await RenewLeaseAsync(run, force: true, ct); // reading who is enrolled may have taken a while since the lease was taken
        return run;
    }

    /// <summary>Progress goes to the run's row, so any instance of the app can show it; the caller's progress too.</summary>
    private async Task ReportProgressAsync(ImportRun run, double done, IProgress<double>? progress, CancellationToken ct)
    {
        var percent = (int)Math.Clamp(done * 100, 0, 99);
        if (percent > run.Progress)
        {
            run.Progress = percent;
            var read = run.RowsRead;
            await db.ImportRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(u => u.SetProperty(r => r.Progress, percent).SetProperty(r => r.RowsRead, read), ct);
            progress?.Report(done);
        }
    }

    /// <summary>After a failure inside the import: its rows and kept file go and the run is marked failed, so the
    /// previous data stands. (A process that is killed outright leaves a "running" run, which <see cref="RecoverAsync"/>
    /// cleans up once its lease has run out.)</summary>
    private async Task AbandonAsync(ImportRun run, Exception cause)
    {
        db.ChangeTracker.Clear();
        await RemoveRowsAsync(run.Id, CancellationToken.None);
        // The reason in Danish; an unexpected error's own text is for the operators' log (the caller logs it), not the page.
        await FailAsync(run.Id, cause is ImportRefusedException refused
            ? refused.Message
            : $"Indlæsningen fejlede af en uventet årsag ({clock.GetUtcNow().UtcDateTime:dd-MM-yyyy HH:mm} UTC); dens data er fjernet, og de tidligere data gælder. Prøv igen, og kontakt driften, hvis det sker igen.");
    }

    private async Task FailAsync(Guid runId, string message)
    {
        await db.ImportFileChunks.Where(c => c.ImportRunId == runId).ExecuteDeleteAsync(CancellationToken.None);
        await db.ImportRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(
            u => u.SetProperty(r => r.Status, ImportStatus.Failed).SetProperty(r => r.Problems, message)
                .SetProperty(r => r.FinishedAtUtc, clock.GetUtcNow().UtcDateTime).SetProperty(r => r.LeaseUntilUtc, (DateTime?)null),
            CancellationToken.None);
    }

    /// <summary>The instance is stopping: the uploaded file goes back in the queue for the next instance, without
    /// counting as an attempt.</summary>
    private async Task RequeueAsync(ImportRun run)
    {
        db.ChangeTracker.Clear();
        await RemoveRowsAsync(run.Id, CancellationToken.None);
        run.Attempts--;
        Restart(run);
        db.ImportRuns.Update(run);
        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>In one transaction: the older rows of the covered weeks go — only for the persons the file holds, so a
    /// person absent from it keeps their weeks — and the run counts from now on. Without problems (a confirmed run) the
    /// ones found when it was read stand.</summary>
    private async Task CompleteAsync(ImportRun run, IReadOnlyDictionary<string, long>? unknownCodes, LineProblems? badLines, CancellationToken ct)
    {
        // Renewed just before, so that the completion is done well inside the lease.
        await RenewLeaseAsync(run, force: true, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (id, first, last) = (run.Id, run.FirstWeek, run.LastWeek);
        var persons = db.ImportRunPersons.Where(p => p.ImportRunId == id);
        if (run.Kind == ImportKind.Benefits)
        {
            await db.BenefitWeeks.Nationally().Where(w => w.ImportRunId != id && w.Week >= first && w.Week <= last
                                                          && persons.Any(p => p.JobCentreId == w.JobCentreId && p.CitizenId == w.CitizenId)).ExecuteDeleteAsync(ct);
        }
        else
        {
            await db.HoursWeeks.Nationally().Where(w => w.ImportRunId != id && w.Week >= first && w.Week <= last
                                                        && persons.Any(p => p.JobCentreId == w.JobCentreId && p.CitizenId == w.CitizenId)).ExecuteDeleteAsync(ct);
        }

        await db.ImportRunPersons.Where(p => p.ImportRunId == id).ExecuteDeleteAsync(ct);
        run.Status = ImportStatus.Completed;
        run.Progress = 100;
        run.FinishedAtUtc = clock.GetUtcNow().UtcDateTime;
        if (unknownCodes is not null && badLines is not null)
        {
            run.ProblemCount = unknownCodes.Count + badLines.Count;
            // Notes of earlier, interrupted attempts stay above this attempt's problems.
            var problems = Describe(unknownCodes, badLines);
            run.Problems = problems is null ? run.Problems : Append(run.Problems, problems);
        }

        run.Problems = run.Problems?[..Math.Min(run.Problems.Length, 20000)];
        run.LeaseUntilUtc = null;
        db.ImportRuns.Update(run);
        await db.ImportFileChunks.Where(c => c.ImportRunId == run.Id).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);
        await db.MarkAllJobCentresChangedAsync(ct); // the weeks were written past the change tracker
        await transaction.CommitAsync(ct);
        _completed = run.Id;
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

/// <summary>The file cannot be imported, for a reason the user can act on (in Danish): its run fails with it.</summary>
internal sealed class ImportRefusedException(string message) : Exception(message);

/// <summary>The import lease was taken by another instance while this one worked (it was taken for dead).</summary>
internal sealed class ImportLeaseLostException() : Exception("Indlæsningens lås blev overtaget af en anden instans.");
