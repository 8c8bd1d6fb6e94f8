using Vc2.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Citizens;

/// <summary>One citizen's record, audited as a read. A citizen of another job centre is "not found".</summary>
public sealed class GetCitizen(Vc2Db db, TimeProvider clock)
{
    public sealed record Output(
        Guid Id,
        string FirstName,
        string LastName,
        string CprMasked,
        DateOnly BirthDate,
        string? Phone,
        string? Email,
        string? Address,
        TargetGroup TargetGroup,
        DateOnly EnrolmentDate,
        Guid JobCentreId,
        string JobCentre,
        Guid? CoordinatingCaseworkerId,
        string? PersonalMentorName,
        string? PersonalMentorContact,
        string? LongTermJobGoal,
        int Version);

    public async Task<Result<Output>> RunAsync(Guid id, CancellationToken ct = default)
    {
        if (await ReadAsync(id, ct) is not { } citizen)
        {
            return Result<Output>.Missing();
        }

        AuditLog.Add(db, clock, AuditAction.Read, citizen.JobCentreId, citizen.Id);
        await db.SaveChangesAsync(ct);
        return citizen;
    }

    /// <summary>The record without an audit event, for a use case that audits the page it is part of.</summary>
    internal async Task<Output?> ReadAsync(Guid id, CancellationToken ct)
    {
        var found = await (from c in db.Citizens.AsNoTracking()
                           join j in db.JobCentres on c.JobCentreId equals j.Id
                           where c.Id == id
                           select new { Citizen = c, JobCentre = j.Name }).SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }

        var citizen = found.Citizen;
        return new Output(citizen.Id, citizen.FirstName, citizen.LastName, Cpr.MaskFor(citizen.BirthDate), citizen.BirthDate, citizen.Phone, citizen.Email, citizen.Address,
            citizen.TargetGroup, citizen.EnrolmentDate, citizen.JobCentreId, found.JobCentre, citizen.CoordinatingCaseworkerId,
            citizen.PersonalMentorName, citizen.PersonalMentorContact, citizen.LongTermJobGoal, citizen.Version);
    }
}
