using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Vc2.Platform.Data;
using Vc2.Platform.JobCentres;

namespace Vc2.Steering.Overview;

/// <summary>
/// Marks a job centre's national figures behind in the transaction of every save that changes what they are computed
/// from, so the background worker recomputes them and no agency page shows figures older than a committed change
/// (ADR 0019). A save interceptor on every <see cref="Vc2Db"/>: it opens a transaction when the save has none, bumps
/// the centres' change versions before the save, and commits after it (or rolls back with it).
/// </summary>
public sealed class FiguresBehind : SaveChangesInterceptor
{
    // The transaction this interceptor opened for a save, per context (a context saves one thing at a time).
    private readonly ConditionalWeakTable<DbContext, IDbContextTransaction> _opened = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (!result.HasResult && eventData.Context is Vc2Db db && Fed(db) is { None: false } fed)
        {
            Open(db, db.Database.CurrentTransaction is null ? db.Database.BeginTransaction() : null);
            try
            {
                Marked(db, fed).ExecuteUpdate(u => u.SetProperty(f => f.ChangeVersion, f => f.ChangeVersion + 1));
            }
            catch
            {
                Close(db); // EF reports no failed save for an interceptor's own failure: the transaction goes here
                throw;
            }
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (!result.HasResult && eventData.Context is Vc2Db db && Fed(db) is { None: false } fed)
        {
            Open(db, db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null);
            try
            {
                await Marked(db, fed).ExecuteUpdateAsync(u => u.SetProperty(f => f.ChangeVersion, f => f.ChangeVersion + 1), cancellationToken);
            }
            catch
            {
                Close(db); // EF reports no failed save for an interceptor's own failure: the transaction goes here
                throw;
            }
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } db && _opened.TryGetValue(db, out var transaction))
        {
            _opened.Remove(db);
            using (transaction)
            {
                transaction.Commit();
            }
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && _opened.TryGetValue(db, out var transaction))
        {
            _opened.Remove(db);
            await using (transaction)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Close(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Close(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Close(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Close(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>Marks the figures behind that rows written past the change tracker feed (<see cref="BulkInsert"/>), by
    /// the same rule as a save. Call it in the transaction that writes them.</summary>
    public static async Task MarkAsync(Vc2Db db, IEnumerable<object> written, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (JobCentresFed(db, written) is { None: false } fed)
        {
            await Marked(db, fed).ExecuteUpdateAsync(u => u.SetProperty(f => f.ChangeVersion, f => f.ChangeVersion + 1), ct);
        }
    }

    private void Open(Vc2Db db, IDbContextTransaction? transaction)
    {
        if (transaction is not null)
        {
            _opened.AddOrUpdate(db, transaction);
        }
    }

    private void Close(DbContext? db)
    {
        if (db is not null && _opened.TryGetValue(db, out var transaction))
        {
            _opened.Remove(db);
            transaction.Dispose(); // rolls back the mark with the failed save
        }
    }

    // The figures are aggregates, not personal data, and a save marks those of the centres it feeds whoever saves it
    // (a citizen accepting an agreement included): the one place tenancy is not asked (ADR 0002).
    private static IQueryable<JobCentreFigures> Marked(Vc2Db db, Fed changed)
    {
        var every = db.JobCentreFigures.IgnoreQueryFilters();
        return changed.All ? every : every.Where(f => changed.Ids.Contains(f.JobCentreId));
    }

    private static Fed Fed(Vc2Db db) =>
        JobCentresFed(db, db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).Select(e => e.Entity));

    /// <summary>The job centres whose figures these records feed: the job centre of each record that feeds them. A
    /// record without a job centre of its own (a sub-goal, a mentor's course place, a benefit code) counts for the job
    /// centres the user works in; saved alone by a user who works in none (the system, the agency: the code table feeds
    /// every statement), for every job centre. Beside a record with a job centre (a measurement's scores) it is that
    /// record's. A table marked <see cref="FeedsNoFiguresAttribute"/> feeds none; a completed import
    /// (<see cref="IFeedsEveryCentre"/>) every centre.</summary>
    private static Fed JobCentresFed(Vc2Db db, IEnumerable<object> records)
    {
        var ids = new HashSet<Guid>();
        var withoutCentre = false;
        foreach (var record in records)
        {
            switch (record)
            {
                case IFeedsEveryCentre every:
                    if (every.FeedsEveryCentreNow)
                    {
                        return new Fed([], All: true);
                    }

                    break;
                case var _ when FeedsNone(record.GetType()):
                    break;
                case ITenantOwned owned:
                    ids.Add(owned.JobCentreId);
                    break;
                case JobCentre centre:
                    ids.Add(centre.Id);
                    break;
                case JobCentreCommitment commitment:
                    ids.Add(commitment.JobCentreId);
                    break;
                default:
                    withoutCentre = true;
                    break;
            }
        }

        var own = db.CurrentUser.CitizenJobCentreIds;
        if (withoutCentre && ids.Count == 0 && own.Count == 0)
        {
            return new Fed([], All: true);
        }

        if (withoutCentre)
        {
            ids.UnionWith(own);
        }

        return new Fed([.. ids], All: false);
    }

    // The data protection keys are a library's table; everything else says so on its class.
    private static bool FeedsNone(Type type) => type == typeof(DataProtectionKey) || type.GetCustomAttribute<FeedsNoFiguresAttribute>() is not null;
}

/// <summary>The job centres a change feeds, or all of them.</summary>
internal sealed record Fed(List<Guid> Ids, bool All)
{
    public bool None => !All && Ids.Count == 0;
}
