using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.Money.Registers;

/// <summary>Starting a run: the file's hash, an unchanged file, the run's row and its progress.</summary>
internal sealed partial class ImportRunner
{
    private static async Task<string> HashAsync(Stream file, CancellationToken ct)
    {
        var hash = await SHA256.HashDataAsync(file, ct);
        file.Position = 0;
        return Convert.ToHexString(hash);
    }

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
}
