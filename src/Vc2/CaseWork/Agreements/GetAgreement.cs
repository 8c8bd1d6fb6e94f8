using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Agreements;

/// <summary>One version of a work agreement with the names around it, for reading, accepting and printing: the job
/// centre, the parties with how to reach them, the personal mentor and the job centre's fixed contact for the company
/// (ADR 0023), the hash of its text and every acceptance. Audited.</summary>
public sealed class GetAgreement(Vc2Db db, TimeProvider clock)
{
    public sealed record Output(WorkAgreement Agreement, Guid PlacementId, Guid CitizenId, string CitizenName, string CompanyName,
        string? MentorName, DateOnly PlacementStart, DateOnly? PlannedEnd, bool IsLatest, string TextHash, Party JobCentre, Party Citizen, Party Company,
        Party? Mentor, Party? PersonalMentor, Party? FixedContact);

    /// <summary>A party or person on the printed agreement, with how to reach them.</summary>
    public sealed record Party(string Name, string? Address, string? Phone, string? Email, string? Note);

    public async Task<Result<Output>> RunAsync(Guid id, CancellationToken ct = default)
    {
        var agreement = await db.Agreements.Include(a => a.SubGoals).Include(a => a.Sections).Include(a => a.Acceptances).SingleOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null)
        {
            return Result<Output>.Missing();
        }

        var placement = await db.Placements.Include(p => p.Mentors).SingleAsync(p => p.Id == agreement.PlacementId, ct);
        var citizen = await db.Citizens.SingleAsync(c => c.Id == placement.CitizenId, ct);
        var company = await db.Companies.SingleAsync(c => c.Id == placement.CompanyId, ct);
        var mentorId = placement.Mentors.OrderByDescending(m => m.From).Select(m => (Guid?)m.MentorId).FirstOrDefault();
        var mentor = mentorId is null ? null : await db.Mentors.Where(m => m.Id == mentorId).SingleOrDefaultAsync(ct);
        var jobCentre = await db.JobCentres.SingleAsync(j => j.Id == placement.JobCentreId, ct);
        var latest = !await db.Agreements.AnyAsync(a => a.PlacementId == placement.Id && a.Number > agreement.Number, ct);
        agreement.SubGoals.Sort((a, b) => a.Order.CompareTo(b.Order));
        agreement.Sections.Sort((a, b) => a.Order.CompareTo(b.Order));
        agreement.Acceptances.Sort((a, b) => a.AtUtc.CompareTo(b.AtUtc));
        AuditLog.Add(db, clock, AuditAction.Read, placement.JobCentreId, citizen.Id, $"Arbejdsaftale version {agreement.Number}");
        await db.SaveChangesAsync(ct);
        var companyAddress = string.Join(", ", new[] { company.Address, $"{company.PostalCode} {company.City}".Trim() }.Where(x => !string.IsNullOrWhiteSpace(x)));
        return new Output(agreement, placement.Id, citizen.Id, citizen.FullName, company.Name, mentor?.Name, placement.Start, placement.PlannedEnd, latest,
            AgreementText.Hash(agreement),
            new Party(jobCentre.Name, jobCentre.Address, jobCentre.ContactPhone, jobCentre.ContactEmail, jobCentre.ContactName),
            new Party(citizen.FullName, citizen.Address, citizen.Phone, citizen.Email, null),
            new Party(company.Name, companyAddress.Length == 0 ? null : companyAddress, company.ContactPhone, company.ContactEmail, company.ContactName),
            mentor is null ? null : new Party(mentor.Name, null, mentor.Phone, mentor.Email, mentor.Title),
            citizen.PersonalMentorName is { } personal ? new Party(personal, null, null, null, citizen.PersonalMentorContact) : null,
            company.FixedContactName is { } fixedName ? new Party(fixedName, null, company.FixedContactPhone, company.FixedContactEmail, company.FixedContactHours) : null);
    }
}
