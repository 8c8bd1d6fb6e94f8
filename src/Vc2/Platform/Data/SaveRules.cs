using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Vc2.Platform.Audit;

namespace Vc2.Platform.Data;

/// <summary>
/// The rules of every save, on every <see cref="Vc2Db"/>: the audit log is only added to, and a versioned record gets
/// version 1 when added and the next version when changed — the version the user edited is what the UPDATE's WHERE
/// clause checks, so a conflicting save is refused, never silently lost (<see cref="SaveVersioned"/>).
/// </summary>
public sealed class SaveRules : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Apply(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Apply(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Apply(DbContext? db)
    {
        foreach (var entry in db?.ChangeTracker.Entries() ?? [])
        {
            if (entry.Entity is AuditEvent && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("Audit-loggen kan kun tilføjes til, ikke ændres eller slettes.");
            }

            if (entry.Entity is IVersioned versioned)
            {
                if (entry.State == EntityState.Added)
                {
                    versioned.Version = 1;
                }
                else if (entry.State == EntityState.Modified)
                {
                    var property = entry.Property(nameof(IVersioned.Version));
                    property.CurrentValue = (int)property.OriginalValue! + 1;
                }
            }
        }
    }
}
