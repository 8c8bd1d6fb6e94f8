using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Users;

namespace Vc2.Money.Payments;

/// <summary>The registered auditor's approvals (the agency: all; a project leader: their job centre's), and one document.</summary>
public sealed class ListAuditorApprovals(Vc2Db db)
{
    public sealed record Row(Guid Id, Guid JobCentreId, string JobCentre, string Auditor, DateOnly ApprovedOn, string DocumentName, string DocumentHash, string RegisteredBy, DateTime RegisteredAtUtc);

    public async Task<IReadOnlyList<Row>> RunAsync(CancellationToken ct = default)
    {
        var approvals = db.CurrentUser.HasRole(Role.Agency) ? db.AuditorApprovals.Nationally() : db.AuditorApprovals;
        return await (from a in approvals
                      join j in db.JobCentres on a.JobCentreId equals j.Id
                      orderby a.RegisteredAtUtc descending
                      select new Row(a.Id, a.JobCentreId, j.Name, a.Auditor, a.ApprovedOn, a.DocumentName, a.DocumentHash, a.RegisteredBy, a.RegisteredAtUtc)).ToListAsync(ct);
    }

    public async Task<Result<(string Name, byte[] Content)>> DocumentAsync(Guid id, CancellationToken ct = default)
    {
        var approvals = db.CurrentUser.HasRole(Role.Agency) ? db.AuditorApprovals.Nationally() : db.AuditorApprovals;
        var document = await approvals.Where(a => a.Id == id).Select(a => new { a.DocumentName, a.Document }).SingleOrDefaultAsync(ct);
        return document is null ? Result<(string, byte[])>.Missing() : (document.DocumentName, document.Document);
    }
}
