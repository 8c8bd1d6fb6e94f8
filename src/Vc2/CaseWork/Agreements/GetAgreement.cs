using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Agreements;

/// <summary>One version of a work agreement with the names around it, for reading, accepting and printing. Audited.</summary>
public sealed class GetAgreement(Vc2Db db, TimeProvider clock)
{
    public sealed record Output(WorkAgreement Agreement, Guid PlacementId, Guid CitizenId, string CitizenName, string CompanyName,
        string? MentorName, DateOnly PlacementStart, DateOnly? PlannedEnd, bool IsLatest);

    public async Task<Result<Output>> RunAsync(Guid id, CancellationToken ct = default)
    {
        var agreement = await db.Agreements.Include(a => a.SubGoals).SingleOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null)
        {
            return Result<Output>.Missing();
        }

        var placement = await db.Placements.Include(p => p.Mentors).SingleAsync(p => p.Id == agreement.PlacementId, ct);
        var citizen = await db.Citizens.SingleAsync(c => c.Id == placement.CitizenId, ct);
        var company = await db.Companies.SingleAsync(c => c.Id == placement.CompanyId, ct);
        var mentorId = placement.Mentors.OrderByDescending(m => m.From).Select(m => (Guid?)m.MentorId).FirstOrDefault();
        var mentor = mentorId is null ? null : await db.Mentors.Where(m => m.Id == mentorId).Select(m => m.Name).SingleOrDefaultAsync(ct);
        var latest = !await db.Agreements.AnyAsync(a => a.PlacementId == placement.Id && a.Number > agreement.Number, ct);
        agreement.SubGoals.Sort((a, b) => a.Order.CompareTo(b.Order));
        AuditLog.Add(db, clock, AuditAction.Read, placement.JobCentreId, citizen.Id, $"Arbejdsaftale version {agreement.Number}");
        await db.SaveChangesAsync(ct);
        return new Output(agreement, placement.Id, citizen.Id, citizen.FullName, company.Name, mentor, placement.Start, placement.PlannedEnd, latest);
    }
}
