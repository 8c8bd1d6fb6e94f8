using Microsoft.EntityFrameworkCore;
using Vc2.Money.Grants;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.Steering.Overview;

/// <summary>One job centre's statement as the national figures hold it (ADR 0019), for the agency: no settlement and
/// no register read per view. Without names, like every statement the agency sees.</summary>
public sealed class GetCentreStatement(Vc2Db db, RefreshFigures refresh, TimeProvider clock)
{
    /// <param name="Statement">Null until the centre's figures are first computed.</param>
    public sealed record Output(StatementPart? Statement, DateTime? ComputedAtUtc, bool Current);

    public async Task<Result<Output>> RunAsync(Guid jobCentreId, CancellationToken ct = default)
    {
        if (!db.CurrentUser.IsNational)
        {
            return Result<Output>.Missing();
        }

        var today = Today.In(clock);
        var stored = await db.JobCentreFigures.Nationally().AsNoTracking().SingleOrDefaultAsync(f => f.JobCentreId == jobCentreId, ct);
        if (stored?.IsFreshFor(today) != true && await refresh.RunAsync(atMost: ProgrammeOverview.RecomputeOnView, wait: TimeSpan.FromSeconds(5), ct: ct) is { Refreshed: > 0 })
        {
            stored = await db.JobCentreFigures.Nationally().AsNoTracking().SingleOrDefaultAsync(f => f.JobCentreId == jobCentreId, ct);
        }

        if (stored is null)
        {
            return await db.JobCentres.AnyAsync(j => j.Id == jobCentreId, ct) ? new Output(null, null, false) : Result<Output>.Missing();
        }

        return new Output(stored.StatementJson.Length == 0 ? null : StatementPart.FromJson(stored.StatementJson), stored.ComputedAtUtc, stored.IsFreshFor(today));
    }
}
