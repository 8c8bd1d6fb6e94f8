using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Data;
using Vc2.Platform.Users;

namespace Vc2.Money.Payments;

/// <summary>Payment requests: the agency sees all, a project leader those of their job centre.</summary>
public sealed class ListPayments(Vc2Db db)
{
    public sealed record Row(PaymentRequest Request, string JobCentre);

    public async Task<IReadOnlyList<Row>> RunAsync(CancellationToken ct = default)
    {
        var requests = db.CurrentUser.HasRole(Role.Agency) ? db.PaymentRequests.Nationally() : db.PaymentRequests;
        var rows = await (from p in requests.Include(p => p.Events)
                          join j in db.JobCentres on p.JobCentreId equals j.Id
                          select new { p, j.Name }).ToListAsync(ct);
        return rows.Select(x => new Row(x.p, x.Name)).OrderByDescending(r => r.Request.Events.Min(e => e.AtUtc)).ToList();
    }

    /// <summary>One request with its job centre (the agency: any; a project leader: their own).</summary>
    public async Task<Row?> OneAsync(Guid id, CancellationToken ct = default)
    {
        var requests = db.CurrentUser.HasRole(Role.Agency) ? db.PaymentRequests.Nationally() : db.PaymentRequests;
        var row = await (from p in requests.Include(p => p.Events)
                         join j in db.JobCentres on p.JobCentreId equals j.Id
                         where p.Id == id
                         select new { p, j.Name }).SingleOrDefaultAsync(ct);
        return row is null ? null : new Row(row.p, row.Name);
    }
}
