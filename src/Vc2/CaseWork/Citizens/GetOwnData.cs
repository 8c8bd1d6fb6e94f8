using Vc2.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Citizens;

/// <summary>A citizen's own record, for the citizen's login. The tenancy filter lets a citizen see only their own.</summary>
public sealed class GetOwnData(Vc2Db db, TimeProvider clock)
{
    public sealed record Output(Guid Id, string Name, string CprMasked, TargetGroup TargetGroup, DateOnly EnrolmentDate,
        string? Phone, string? Email, string? Address, string JobCentre);

    public async Task<Result<Output>> RunAsync(CancellationToken ct = default)
    {
        var own = db.CurrentUser.CitizenId;
        if (own is null)
        {
            return Result<Output>.Missing();
        }

        var found = await (from c in db.Citizens
                           join j in db.JobCentres on c.JobCentreId equals j.Id
                           where c.Id == own
                           select new { Citizen = c, JobCentre = j.Name }).SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return Result<Output>.Missing();
        }

        AuditLog.Add(db, clock, AuditAction.Read, found.Citizen.JobCentreId, found.Citizen.Id, "Borgeren så egne oplysninger");
        await db.SaveChangesAsync(ct);
        var citizen = found.Citizen;
        return new Output(citizen.Id, citizen.FullName, Cpr.MaskFor(citizen.BirthDate), citizen.TargetGroup, citizen.EnrolmentDate, citizen.Phone, citizen.Email,
            citizen.Address, found.JobCentre);
    }
}
