using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Users;

namespace Vc2.Money.Registers;

/// <summary>
/// The agency uploads a register file: it is kept in the database in pieces of 1 MiB (<see cref="ImportFileChunk"/>)
/// under a queued run, in one transaction, so that whichever instance is free imports it — and imports it again if that
/// instance dies (ADR 0015). The request ends as soon as the file is kept; the run's page shows what follows.
/// </summary>
public sealed class QueueImport(Vc2Db db, TimeProvider clock)
{
    public const int ChunkSize = 1 << 20;

    public async Task<Result<Guid>> RunAsync(ImportKind? kind, Stream? file, string? fileName, CancellationToken ct = default)
    {
        if (!db.CurrentUser.IsSystem && !db.CurrentUser.HasRole(Role.Agency))
        {
            return Result<Guid>.Missing();
        }

        if (kind is not (ImportKind.Benefits or ImportKind.Hours))
        {
            return Result<Guid>.Error("Kind", "Vælg hvilket register filen kommer fra.");
        }

        if (file is null)
        {
            return Result<Guid>.Error("File", "Vælg en fil at indlæse.");
        }

        var name = UploadedFileName.Clean(fileName, "uden-navn.csv", 300);
        var run = new ImportRun
        {
            Kind = kind.Value, Status = ImportStatus.Queued, FileName = name, FileHash = string.Empty,
            StartedAtUtc = clock.GetUtcNow().UtcDateTime, StartedBy = db.CurrentUser.DisplayName,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(ct);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[ChunkSize];
        var index = 0;
        long size = 0;
        while (await file.ReadAtLeastAsync(buffer, ChunkSize, throwOnEndOfStream: false, ct) is var read and > 0)
        {
            hash.AppendData(buffer, 0, read);
            size += read;
            db.ImportFileChunks.Add(new ImportFileChunk { ImportRunId = run.Id, Index = index++, Data = buffer[..read] });
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear(); // one piece in memory at a time, however large the file
        }

        if (size == 0)
        {
            return Result<Guid>.Error("File", "Filen er tom. Vælg en fil med indhold."); // the transaction is rolled back
        }

        var fileHash = Convert.ToHexString(hash.GetHashAndReset());
        await db.ImportRuns.Where(r => r.Id == run.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.FileHash, fileHash).SetProperty(r => r.FileSize, size), ct);
        await transaction.CommitAsync(ct);
        return run.Id;
    }
}

/// <summary>
/// The background worker's step, on every instance: imports the oldest queued upload (<see cref="ImportRunner"/> takes
/// the lease, so one instance imports it, once), or, when none is queued, cleans up a run whose instance died.
/// </summary>
public sealed class ImportNextQueued(Vc2Db db, ImportBenefits benefits, ImportHours hours, ImportRunners runners)
{
    /// <summary>What the step did: nothing to do, another instance is busy, or the run it imported or tried.</summary>
    public sealed record Output(Guid? RunId, bool Busy);

    public async Task<Output> RunAsync(CancellationToken ct = default)
    {
        var next = await db.ImportRuns.AsNoTracking().Where(r => r.Status == ImportStatus.Queued).OrderBy(r => r.StartedAtUtc)
            .Select(r => new { r.Id, r.Kind, r.FileName, r.FileSize, r.StartedBy }).FirstOrDefaultAsync(ct);
        if (next is null)
        {
            var now = DateTime.UtcNow;
            var abandoned = await db.ImportRuns.AnyAsync(r => r.Status == ImportStatus.Running && (r.LeaseUntilUtc == null || r.LeaseUntilUtc < now), ct);
            return abandoned && !await runners.New().RecoverOnlyAsync(ct) ? new Output(null, true) : new Output(null, false);
        }

        await using var file = new QueuedFileStream(db, next.Id, next.FileSize);
        var result = next.Kind == ImportKind.Benefits
            ? await benefits.RunAsync(file, next.FileName, runId: next.Id, ct: ct)
            : await hours.RunAsync(file, next.FileName, runId: next.Id, ct: ct);
        var busy = result is Result<ImportReport>.Invalid && await db.ImportRuns.AnyAsync(r => r.Id == next.Id && r.Status == ImportStatus.Queued, ct);
        return new Output(next.Id, busy);
    }
}

/// <summary>An uploaded file read back from its pieces in the database, one piece at a time.</summary>
internal sealed class QueuedFileStream(Vc2Db db, Guid runId, long length) : Stream
{
    private byte[] _chunk = [];
    private int _chunkIndex = -1;
    private int _offset;
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_offset == _chunk.Length)
        {
            var index = _chunkIndex + 1;
            var next = await db.ImportFileChunks.AsNoTracking().Where(c => c.ImportRunId == runId && c.Index == index)
                .Select(c => c.Data).FirstOrDefaultAsync(cancellationToken);
            if (next is null)
            {
                return 0;
            }

            (_chunk, _chunkIndex, _offset) = (next, index, 0);
        }

        var count = Math.Min(buffer.Length, _chunk.Length - _offset);
        _chunk.AsMemory(_offset, count).CopyTo(buffer);
        _offset += count;
        _position += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
