using Microsoft.EntityFrameworkCore;

namespace Vc2.Platform.Data;

public static class SaveVersioned
{
    /// <summary>Saves, or — when another user saved the record since it was read — writes nothing, forgets the failed
    /// change (so later work in the same request starts clean) and returns false for the caller's conflict message.</summary>
    public static async Task<bool> TrySaveAsync(this Vc2Db db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
