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

public static class UniqueViolation
{
    /// <summary>Whether a save failed because another save took the same unique value first (two registrations of one
    /// CPR number at the same moment): the caller answers "conflict", not an error.</summary>
    public static bool Is(Exception exception) => exception is DbUpdateException { InnerException: var inner } && inner switch
    {
        Npgsql.PostgresException pg => pg.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.Message.Contains("UNIQUE", StringComparison.Ordinal),
        _ => false,
    };
}
