using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.AccessLog;

/// <summary>Who has looked at or changed a citizen's data — the citizen's right of access (GDPR art. 15) and the
/// caseworker's view of the same. Only for a citizen the user may see.</summary>
public sealed class CitizenAccessLog(Vc2Db db, TimeProvider clock)
{
    public sealed record Entry(DateTime AtUtc, string UserName, string Action, string Source, string? Detail);

    /// <param name="audited">False where the log is part of a page whose read of the citizen is already logged (the
    /// citizen's case, the citizen's own page); the log read on its own (the API) is logged itself.</param>
    public async Task<Result<IReadOnlyList<Entry>>> RunAsync(Guid citizenId, int take = 100, bool audited = true, CancellationToken ct = default)
    {
        var jobCentreId = await db.Citizens.Where(c => c.Id == citizenId).Select(c => (Guid?)c.JobCentreId).SingleOrDefaultAsync(ct);
        if (jobCentreId is null)
        {
            return Result<IReadOnlyList<Entry>>.Missing();
        }

        if (audited)
        {
            AuditLog.Add(db, clock, AuditAction.Read, jobCentreId, citizenId, "Adgangslog");
            await db.SaveChangesAsync(ct);
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
