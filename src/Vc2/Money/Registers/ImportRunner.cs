using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Security;

namespace Vc2.Money.Registers;

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
internal sealed partial class ImportRunner(Vc2Db db, CprProtector protector, TimeProvider clock, RegisterOptions options)
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
        try
        {
            // Read every line, then sort and write the kept rows, then complete (ADR 0021).
            var read = await ReadAsync(format, reader, isHeader ? null : first, run, file, progress, ct);
            await WriteAsync(format, run, read, progress, ct);
            return await FinishAsync(format, run, read.BadLines, progress, ct);
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
    }
}
