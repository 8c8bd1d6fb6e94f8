using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.AccessLog;

/// <summary>Who has looked at or changed a citizen's data — the citizen's right of access (GDPR art. 15) and the
/// caseworker's view of the same. Only for a citizen the user may see.</summary>
public sealed class CitizenAccessLog(Vc2Db db)
{
    public sealed record Entry(DateTime AtUtc, string UserName, string Action, string Source, string? Detail);

    public async Task<Result<IReadOnlyList<Entry>>> RunAsync(Guid citizenId, int take = 100, CancellationToken ct = default)
    {
        if (!await db.Citizens.AnyAsync(c => c.Id == citizenId, ct))
        {
            return Result<IReadOnlyList<Entry>>.Missing();
        }

        var entries = await db.AuditEvents
            .Where(a => a.CitizenId == citizenId)
            .OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
            .Take(take)
            .Select(a => new Entry(a.AtUtc, a.UserName, a.Action, a.Source, a.Detail))
            .ToListAsync(ct);
        return entries;
    }
}
