using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Rules;
using Vc2.Rules.Engine;
using Vc2.Rules.Model;

namespace Vc2.Money.Grants;

/// <summary>
/// The grant statement of the user's job centres (the agency: all), computed by the rules engine from the database as of
/// a date: the same engine and the same input as <c>vc2 settle</c> on the exported scenario. Citizen names are added for
/// the job centre's own staff only; the agency sees record ids.
/// </summary>
public sealed class ComputeStatement(Vc2Db db, ExportScenario export, GrantEngine engine, TimeProvider clock)
{

    /// <param name="Commitments">Per job centre (municipality number) every version of its commitment, newest first: the
    /// frame is the newest one's (R11), and the history shows what it was before.</param>
    public sealed record Output(Statement Statement, Scenario Scenario, IReadOnlyDictionary<string, string> CitizenNames, IReadOnlySet<string> OutsideTargetGroup,
        IReadOnlyDictionary<string, IReadOnlyList<Platform.JobCentres.JobCentreCommitment>> Commitments);

    public async Task<Output> RunAsync(DateOnly? asOf = null, CancellationToken ct = default)
    {
        var date = asOf ?? Today.In(clock);
        var scenario = await export.RunAsync(date, ct: ct);
        var statement = engine.Settle(scenario);
        var own = db.CurrentUser.CitizenJobCentreIds;
        var names = await db.Citizens.Where(c => own.Contains(c.JobCentreId))
            .Select(c => new { c.Id, c.FirstName, c.LastName }).ToDictionaryAsync(c => c.Id.ToString(), c => $"{c.FirstName} {c.LastName}", ct);
        // Citizens whose latest register check (or override) says they are outside the target group are marked.
        // The checks of the job centres in this statement: the same job centres the national filter lets the user see.
        var checks = await db.TargetGroupChecks.Nationally()
            .Select(t => new { t.CitizenId, t.CheckedAtUtc, t.Result, t.OverrideInTargetGroup }).ToListAsync(ct);
        var outside = checks.GroupBy(t => t.CitizenId).Select(g => g.MaxBy(t => t.CheckedAtUtc)!)
            .Where(t => t.OverrideInTargetGroup == false || (t.OverrideInTargetGroup is null && t.Result == CaseWork.Citizens.TargetGroupResult.NotInTargetGroup))
            .Select(t => t.CitizenId.ToString()).ToHashSet();
        var numbers = statement.JobCentres.Select(c => c.Id).ToList();
        var commitments = (await (from c in db.Commitments.AsNoTracking()
                                  join j in db.JobCentres on c.JobCentreId equals j.Id
                                  where numbers.Contains(j.MunicipalityNumber)
                                  select new { j.MunicipalityNumber, Commitment = c }).ToListAsync(ct))
            .GroupBy(x => x.MunicipalityNumber)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Platform.JobCentres.JobCentreCommitment>)g.Select(x => x.Commitment).OrderByDescending(c => c.Number).ToList());
        foreach (var jobCentreId in own)
        {
            AuditLog.Add(db, clock, AuditAction.List, jobCentreId, null, $"Tilskudsopgørelse pr. {date:dd-MM-yyyy}");
        }

        await db.SaveChangesAsync(ct);
        return new Output(statement, scenario, names, outside, commitments);
    }
}
