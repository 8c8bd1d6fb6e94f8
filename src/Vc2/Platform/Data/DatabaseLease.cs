using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vc2.Platform.Data;

/// <summary>
/// A named lease in the database: background work that must run on one instance at a time (the register import) holds
/// it while it works and renews it; an instance that dies stops renewing, and after <c>UntilUtc</c> another may take it.
/// One UPDATE with a WHERE takes it, so two instances on one database can never both hold it (no process lock).
/// </summary>
[FeedsNoFigures]
public sealed class DatabaseLease
{
    public required string Name { get; set; }

    public string? Owner { get; set; }

    public DateTime? UntilUtc { get; set; }
}

internal sealed class DatabaseLeaseConfiguration : IEntityTypeConfiguration<DatabaseLease>
{
    public void Configure(EntityTypeBuilder<DatabaseLease> e)
    {
        e.HasKey(x => x.Name);
        e.Property(x => x.Name).HasMaxLength(100);
        e.Property(x => x.Owner).HasMaxLength(200);
    }
}

public static class DatabaseLeases
{
    /// <summary>Takes or renews the lease for <paramref name="duration"/>: true when <paramref name="owner"/> holds it now.</summary>
    public static async Task<bool> TryAcquireAsync(this Vc2Db db, string name, string owner, TimeSpan duration, DateTime nowUtc, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var until = nowUtc + duration;
        var taken = await db.Set<DatabaseLease>()
            .Where(l => l.Name == name && (l.UntilUtc == null || l.UntilUtc < nowUtc || l.Owner == owner))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Owner, owner).SetProperty(l => l.UntilUtc, until), ct);
        if (taken == 1)
        {
            return true;
        }

        if (await db.Set<DatabaseLease>().AnyAsync(l => l.Name == name, ct))
        {
            return false; // held by another
        }

        try
        {
            db.Set<DatabaseLease>().Add(new DatabaseLease { Name = name, Owner = owner, UntilUtc = until });
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false; // another instance made it first
        }
    }

    public static Task ReleaseAsync(this Vc2Db db, string name, string owner) =>
        db.Set<DatabaseLease>().Where(l => l.Name == name && l.Owner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.UntilUtc, (DateTime?)null), CancellationToken.None);
}
