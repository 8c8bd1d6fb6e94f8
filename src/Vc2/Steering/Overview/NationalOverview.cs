using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Data;

namespace Vc2.Steering.Overview;

/// <summary>All job centres side by side, in counts only: what the agency may see. No personal data leaves this
/// query, which is why it may look past the tenancy filter.</summary>
public sealed class NationalOverview(Vc2Db db)
{
    public sealed record Row(Guid Id, string Name, string MunicipalityNumber, int ExpectedParticipants, int Citizens,
        int Ressourceforloeb, int Kontanthjaelp, int Companies);

    /// <summary>The job centres by name, for the job centre pickers: one small query, no counting.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> NamesAsync(CancellationToken ct = default) =>
        (await db.JobCentres.AsNoTracking().OrderBy(j => j.Name).Select(j => new { j.Id, j.Name }).ToListAsync(ct)).Select(j => (j.Id, j.Name)).ToList();

    public async Task<IReadOnlyList<Row>> RunAsync(CancellationToken ct = default)
    {
        var citizens = await db.Citizens.Nationally()
            .GroupBy(c => new { c.JobCentreId, c.TargetGroup })
            .Select(g => new { g.Key.JobCentreId, g.Key.TargetGroup, Count = g.Count() })
            .ToListAsync(ct);
        var companies = await db.Companies.Nationally()
            .GroupBy(c => c.JobCentreId)
            .Select(g => new { JobCentreId = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var centres = await db.JobCentres.OrderBy(j => j.Name).ToListAsync(ct);
        return centres.Select(j =>
        {
            int Count(TargetGroup g) => citizens.Where(x => x.JobCentreId == j.Id && x.TargetGroup == g).Sum(x => x.Count);
            return new Row(j.Id, j.Name, j.MunicipalityNumber, j.ExpectedParticipants,
                citizens.Where(x => x.JobCentreId == j.Id).Sum(x => x.Count),
                Count(TargetGroup.Ressourceforloeb),
                Count(TargetGroup.KontanthjaelpTwoYears),
                companies.Where(x => x.JobCentreId == j.Id).Sum(x => x.Count));
        }).ToList();
    }
}
