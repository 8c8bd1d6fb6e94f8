using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Vc2.Platform.Audit;

/// <summary>
/// Sends a read's audit — a save outside any transaction that holds nothing but new audit events — to the
/// <see cref="AuditWriter"/>, which writes it with other requests' in one transaction; the request waits until it is
/// committed (ADR 0022). Every other save, and the writer's own (in a transaction), goes on as usual.
/// </summary>
public sealed class AuditBatching(AuditWriter writer) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (result.HasResult || eventData.Context is not { } db || db.Database.CurrentTransaction is not null)
        {
            return result;
        }

        var pending = db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        if (pending.Count == 0 || !pending.All(e => e is { Entity: AuditEvent, State: EntityState.Added }))
        {
            return result;
        }

        await writer.WriteAsync(pending.Select(e => (AuditEvent)e.Entity).ToList(), cancellationToken);
        pending.ForEach(e => e.State = EntityState.Detached);
        return InterceptionResult<int>.SuppressWithResult(pending.Count);
    }
}
