using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Vc2.Platform.Data;
using Vc2.Platform.Users;

namespace Vc2.Platform.Audit;

/// <summary>
/// Writes the audit events of reads — a save that holds nothing but new audit events — for many requests in one
/// transaction (ADR 0022). Each request still waits until its events are committed, so no page or answer leaves VC2
/// before the audit of what it showed is stored, and a failed write fails the request as before; but fifty caseworkers'
/// reads share one insert and one flush of the database's log instead of fifty (0.3 ms of database CPU a read, measured,
/// was the commit of its audit event). A change and its audit event are still saved together, in the change's own
/// transaction (<see cref="AuditBatching"/> sends only audit-only saves here, and none inside a transaction).
/// One reader writes batches in turn: while one batch is written, the next gathers.
/// </summary>
public sealed class AuditWriter : IAsyncDisposable
{
    /// <summary>At most this many requests' events in one insert.</summary>
    public const int MaxBatch = 500;

    private readonly IServiceScopeFactory _scopes;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;

    public AuditWriter(IServiceScopeFactory scopes)
    {
        _scopes = scopes;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Completes when the events are committed; throws what the write threw.</summary>
    public Task WriteAsync(IReadOnlyList<AuditEvent> events, CancellationToken ct)
    {
        var pending = new Pending(events, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(AuditWriter), "VC2 lukker ned: audit-loggen tager ikke imod flere hændelser.");
        }

        // A cancelled request stops waiting; its events are written all the same (what it read was read).
        return pending.Done.Task.WaitAsync(ct);
    }

    private async Task LoopAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            try
            {
                await using var scope = _scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem("audit-log");
                var db = scope.ServiceProvider.GetRequiredService<Vc2Db>();
                // In a transaction of its own, so that AuditBatching lets this save through.
                await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
                db.AuditEvents.AddRange(batch.SelectMany(p => p.Events));
                await db.SaveChangesAsync(CancellationToken.None);
                await transaction.CommitAsync(CancellationToken.None);
                batch.ForEach(p => p.Done.TrySetResult());
            }
            catch (Exception ex)
            {
                batch.ForEach(p => p.Done.TrySetException(ex));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop; // what was handed over is written before the process ends
    }

    private sealed record Pending(IReadOnlyList<AuditEvent> Events, TaskCompletionSource Done);
}
