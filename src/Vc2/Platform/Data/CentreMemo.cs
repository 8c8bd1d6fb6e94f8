using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Vc2.Platform.Data;

/// <summary>
/// Keeps what a page computes from job centres' data until that data changes — the principle of the national figures
/// (ADR 0019) for the pages caseworkers open all day (ADR 0022). Every save raises a centre's
/// <see cref="Steering.Overview.JobCentreFigures.ChangeVersion"/> in its own transaction, and a completed register import
/// raises every centre's, so a result stamped with the centres' versions and the day it was computed for is exactly as
/// good as a new computation while the stamp holds. The versions are read before the computation: a change committed
/// meanwhile can only make the kept result look older than it is (and be computed again), never newer. Per instance and
/// in memory; each instance asks the database for the versions on every use. The caller still writes the audit event of
/// every view: only the computation is kept. A centre without figures yet (a new centre before the first refresh) has no
/// version, and its results are computed every time.
/// </summary>
public sealed class CentreMemo : IDisposable
{
    // Entries count one each; a national programme's caseworkers and the citizens they open in a day fit well within.
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 20_000 });

    /// <param name="key">What is computed, for whom: everything besides the centres' data and the day that decides the
    /// result (the user, the citizen, the page's options).</param>
    /// <param name="compute">The computation; null (nothing found) is answered and not kept.</param>
    public async Task<T?> GetAsync<T>(Vc2Db db, string key, IReadOnlyCollection<Guid> centres, DateOnly today, Func<Task<T?>> compute, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(compute);
        var stamp = await StampAsync(db, centres, today, ct);
        if (stamp is null)
        {
            return await compute();
        }

        if (_cache.TryGetValue(key, out Entry? kept) && kept!.Stamp == stamp && kept.Value is T value)
        {
            return value;
        }

        var computed = await compute();
        if (computed is null)
        {
            return null;
        }

        _cache.Set(key, new Entry(stamp, computed), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        return computed;
    }

    private static async Task<string?> StampAsync(Vc2Db db, IReadOnlyCollection<Guid> centres, DateOnly today, CancellationToken ct)
    {
        var ids = centres.Distinct().ToList();
        // A version is not personal data: the agency's views (national access) are kept too.
        var versions = await db.JobCentreFigures.Nationally().Where(f => ids.Contains(f.JobCentreId))
            .OrderBy(f => f.JobCentreId).Select(f => new { f.JobCentreId, f.ChangeVersion }).ToListAsync(ct);
        return versions.Count != ids.Count || ids.Count == 0
            ? null
            : $"{today:yyyy-MM-dd}|{string.Join(';', versions.Select(v => $"{v.JobCentreId:N}:{v.ChangeVersion}"))}";
    }

    public void Dispose() => _cache.Dispose();

    private sealed record Entry(string Stamp, object Value);
}
