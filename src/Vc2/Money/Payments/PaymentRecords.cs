using Microsoft.EntityFrameworkCore;
using Vc2.Money.Grants;
using Vc2.Platform.Data;

namespace Vc2.Money.Payments;

/// <summary>The paid payment requests summed per job centre, and the registered auditor's approvals, for the statement
/// (<see cref="IPaymentRecords"/>).</summary>
public sealed class PaymentRecords(Vc2Db db) : IPaymentRecords
{
    public async Task<IReadOnlyDictionary<Guid, PaidTotals>> ByJobCentreAsync(Guid? jobCentreId, CancellationToken ct)
    {
        // Only amounts and job centres leave the query. Summed here: SQLite cannot sum decimals in SQL.
        var paid = await db.PaymentRequests.Nationally()
            .Where(p => p.Status == PaymentStatus.Paid && (jobCentreId == null || p.JobCentreId == jobCentreId))
            .Select(p => new { p.JobCentreId, p.Kind, p.Amount }).ToListAsync(ct);
        return paid.GroupBy(p => p.JobCentreId).ToDictionary(g => g.Key,
            g => new PaidTotals(g.Where(p => p.Kind == PaymentKind.Aconto).Sum(p => p.Amount), g.Sum(p => p.Amount)));
    }

    public async Task<IReadOnlySet<Guid>> AuditorApprovedAsync(CancellationToken ct) =>
        (await db.AuditorApprovals.Nationally().Select(a => a.JobCentreId).Distinct().ToListAsync(ct)).ToHashSet();
}
