using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.CaseWork.FollowUps;

namespace Vc2.Steering.Organisation;

/// <summary>A job centre's project organisation: the indsatsgruppe and the project plan with its earlier versions, and the
/// comments on the version shown (oldest first).</summary>
public sealed class GetProjectOrganisation(Vc2Db db, CaseWorkOptions caseWork)
{
    public sealed record Output(Guid JobCentreId, string JobCentreName, IReadOnlyList<GroupMember> Group, ProjectPlan? Plan, IReadOnlyList<ProjectPlan> Versions,
        IReadOnlyList<PlanComment> Comments, int? OwnFollowUpInterval, int FollowUpInterval);

    public async Task<Result<Output>> RunAsync(Guid jobCentreId, int? version = null, CancellationToken ct = default)
    {
        if (!db.CurrentUser.SeesJobCentre(jobCentreId))
        {
            return Result<Output>.Missing();
        }

        var centre = await db.JobCentres.SingleOrDefaultAsync(j => j.Id == jobCentreId, ct);
        if (centre is null)
        {
            return Result<Output>.Missing();
        }

        // Not personal data of citizens: the national filter lets the agency and evaluators read it, the check above says who else.
        var group = await db.GroupMembers.Nationally().Where(m => m.JobCentreId == jobCentreId).OrderBy(m => m.AddedAtUtc).ToListAsync(ct);
        var versions = await db.ProjectPlans.Nationally().AsNoTracking().Where(p => p.JobCentreId == jobCentreId).OrderByDescending(p => p.Number).ToListAsync(ct);
        var plan = version is { } n ? versions.FirstOrDefault(p => p.Number == n) : versions.FirstOrDefault();
        var comments = plan is null ? [] : await db.PlanComments.Nationally().AsNoTracking().Where(c => c.JobCentreId == jobCentreId && c.PlanId == plan.Id)
            .OrderBy(c => c.WrittenAtUtc).ToListAsync(ct);
        return new Output(centre.Id, centre.Name, group, plan, versions, comments, centre.FollowUpIntervalDays, caseWork.IntervalFor(centre.FollowUpIntervalDays));
    }
}
