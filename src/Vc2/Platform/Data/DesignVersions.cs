using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Users;

namespace Vc2.Platform.Data;

/// <summary>A version of something the agency designs (the work agreement's template, the progress instrument): numbered,
/// a draft until the agency publishes it, never changed after.</summary>
public interface IDesignVersion : IVersioned
{
    int Number { get; }

    DesignStatus Status { get; set; }

    DateTime? PublishedAtUtc { get; set; }

    string? PublishedBy { get; set; }
}

/// <summary>What every design does the same way: publishing its draft.</summary>
public static class DesignVersions
{
    /// <summary>Publishes draft <paramref name="number"/>, for the agency only (anyone else: not found).</summary>
    /// <param name="seenVersion">The draft's <c>Version</c> the agency saw when it pressed publish: a draft changed since
    /// is not published unseen.</param>
    public static async Task<Result<int>> PublishAsync<T>(Vc2Db db, TimeProvider clock, int number, int? seenVersion, CancellationToken ct)
        where T : class, IDesignVersion
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var draft = db.CurrentUser.HasRole(Role.Agency)
            ? await db.Set<T>().SingleOrDefaultAsync(t => t.Number == number && t.Status == DesignStatus.Draft, ct)
            : null;
        if (draft is null)
        {
            return Result<int>.Missing();
        }

        if (seenVersion is { } seen && seen != draft.Version)
        {
            return new Result<int>.Conflict("Kladden er ændret, efter du så den. Se den igen, før den offentliggøres.");
        }

        draft.Status = DesignStatus.Published;
        draft.PublishedAtUtc = clock.GetUtcNow().UtcDateTime;
        draft.PublishedBy = db.CurrentUser.DisplayName;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new Result<int>.Conflict("Kladden er ændret imens. Se den igen, før den offentliggøres.");
        }

        return number;
    }
}
