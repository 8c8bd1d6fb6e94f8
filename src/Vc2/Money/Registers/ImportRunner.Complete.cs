using System.Text;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.Money.Registers;

/// <summary>Completing a run, or holding it for the agency's confirmation when it would remove much, and the report.</summary>
internal sealed partial class ImportRunner
{
    /// <summary>The complete phase: a run that would remove more than a tenth of the stored weeks in its range waits for
    /// the agency; any other completes at once.</summary>
    private async Task<Result<ImportReport>> FinishAsync<TValue>(RegisterFormat<TValue> format, ImportRun run, LineProblems badLines, IProgress<double>? progress,
        CancellationToken ct)
        where TValue : struct
    {
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
        return Report(run, alreadyImported: false, format.UnknownCodes, badLines.Reported);
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

    private static string Append(string? text, string line) => string.IsNullOrEmpty(text) ? line : text + "\n" + line;

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
        await db.SaveChangesAsync(ct); // a completed run marks every centre's figures behind (IFeedsEveryCentre)
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
