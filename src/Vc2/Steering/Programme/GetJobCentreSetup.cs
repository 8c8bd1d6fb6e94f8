using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.JobCentres;
using Vc2.Rules.Engine;

namespace Vc2.Steering.Programme;

/// <summary>One job centre as the agency set it up: its master data, every version of its commitment, and whether it
/// holds data (then it can be closed, not deleted).</summary>
public sealed class GetJobCentreSetup(Vc2Db db, GrantEngine engine, TimeProvider clock)
{
    public sealed record Output(JobCentre JobCentre, IReadOnlyList<JobCentreCommitment> Commitments, decimal FramePerParticipant, bool HasData);

    public async Task<Result<Output>> RunAsync(Guid id, CancellationToken ct = default)
    {
        if (!db.CurrentUser.IsNational && !db.CurrentUser.IsSystem)
        {
            return Result<Output>.Missing();
        }

        var centre = await db.JobCentres.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, ct);
        if (centre is null)
        {
            return Result<Output>.Missing();
        }

        var commitments = await db.Commitments.AsNoTracking().Where(c => c.JobCentreId == id).OrderByDescending(c => c.Number).ToListAsync(ct);
        return new Output(centre, commitments, engine.Ruleset.FramePerParticipant.At(Today.In(clock)), await JobCentreData.ExistsAsync(db, id, ct));
    }
}

/// <summary>Whether a job centre holds any data of its own (then it is closed, never deleted).</summary>
internal static class JobCentreData
{
    public static async Task<bool> ExistsAsync(Vc2Db db, Guid id, CancellationToken ct) =>
        await db.Citizens.Nationally().AnyAsync(c => c.JobCentreId == id, ct)
        || await db.Companies.Nationally().AnyAsync(c => c.JobCentreId == id, ct)
        || await db.RoleMemberships.AnyAsync(m => m.JobCentreId == id, ct)
        || await db.PaymentRequests.Nationally().AnyAsync(p => p.JobCentreId == id, ct)
        || await db.ProjectPlans.Nationally().AnyAsync(p => p.JobCentreId == id, ct)
        || await db.GroupMembers.Nationally().AnyAsync(p => p.JobCentreId == id, ct);
}
