using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Data;

namespace Vc2.Money.Registers;

/// <summary>The lease an import works under, and the clean-up of runs that failed or whose instance died.</summary>
internal sealed partial class ImportRunner
{
    private LeaseFence Fence() => new(LeaseName, _owner, Wall.GetUtcNow().UtcDateTime + options.ImportLease);

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
}
