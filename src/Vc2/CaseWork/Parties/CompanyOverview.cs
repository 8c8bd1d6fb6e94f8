using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Parties;

/// <summary>
/// The company's VC2, for its contact person (ADR 0023): the framework contracts, places contracted and in use today,
/// the citizens placed now — first name and mentor only —, the job centre's fixed contact person (holdepunkt 5), and the
/// work agreements waiting for the company's acceptance. Only the contact's own company.
/// </summary>
public sealed class CompanyOverview(Vc2Db db, TimeProvider clock)
{
    public sealed record Output(string CompanyName, string JobCentre, MentorOverview.Contact? FixedContact, IReadOnlyList<Contract> Contracts,
        int PlacesToday, int InUseToday, IReadOnlyList<Placed> PlacedNow, IReadOnlyList<Awaiting> AwaitingAcceptance);

    public sealed record Contract(DateOnly From, DateOnly To, int Places, DateOnly SignedOn, bool Current);

    public sealed record Placed(string FirstName, string? Mentor, DateOnly Start, DateOnly? PlannedEnd);

    public sealed record Awaiting(Guid AgreementId, int Number, string CitizenFirstName);

    public async Task<Result<Output>> RunAsync(CancellationToken ct = default)
    {
        // A contact who is also a mentor reads their company's page through the company's door (ADR 0028).
        db.CurrentUser.ReadAsCompanyContact();
        if (db.CurrentUser.CompanyId is not { } companyId
            || await db.Companies.AsNoTracking().SingleOrDefaultAsync(c => c.Id == companyId, ct) is not { } company)
        {
            return Result<Output>.Missing();
        }

        var today = Today.In(clock);
        var jobCentre = await db.JobCentres.Where(j => j.Id == company.JobCentreId).Select(j => j.Name).SingleAsync(ct);
        var contracts = await db.Contracts.Where(c => c.CompanyId == companyId).OrderByDescending(c => c.From)
            .Select(c => new Contract(c.From, c.To, c.Places, c.SignedOn, c.From <= today && c.To >= today)).ToListAsync(ct);
        var running = await db.Placements.AsNoTracking().Include(p => p.Mentors)
            .Where(p => p.CompanyId == companyId && p.Start <= today && (p.ActualEnd == null || p.ActualEnd >= today)).OrderBy(p => p.Start).ToListAsync(ct);
        var citizenIds = running.Select(p => p.CitizenId).ToList();
        var firstNames = await db.Citizens.Where(c => citizenIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.FirstName, ct);
        var mentorIds = running.SelectMany(p => p.Mentors).Select(m => m.MentorId).Distinct().ToList();
        var mentors = await db.Mentors.Where(m => mentorIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        string? MentorOf(CaseWork.Placements.Placement p) =>
            p.Mentors.Where(m => m.From <= today && (m.To is null || m.To >= today)).MaxBy(m => m.From) is { } a ? mentors.GetValueOrDefault(a.MentorId) : null;

        var runningIds = running.Select(p => p.Id).ToList();
        var citizenOf = running.ToDictionary(p => p.Id, p => p.CitizenId);
        var awaiting = (await db.Agreements.Where(a => runningIds.Contains(a.PlacementId))
                .Select(a => new { a.Id, a.PlacementId, a.Number, a.AcceptedByCompanyAtUtc }).ToListAsync(ct))
            .GroupBy(a => a.PlacementId).Select(g => g.MaxBy(a => a.Number)!)
            .Where(a => a.AcceptedByCompanyAtUtc is null)
            .Select(a => new Awaiting(a.Id, a.Number, firstNames[citizenOf[a.PlacementId]])).ToList();

        AuditLog.AddForEach(db, clock, AuditAction.Read, running.Select(p => (p.CitizenId, p.JobCentreId)), "Virksomheden så sine placerede borgere (fornavn)");
        await db.SaveChangesAsync(ct);
        var fixedContact = company.FixedContactName is { } name
            ? new MentorOverview.Contact(name, company.FixedContactPhone, company.FixedContactEmail, company.FixedContactHours)
            : null;
        return new Output(company.Name, jobCentre, fixedContact, contracts, contracts.Where(c => c.Current).Sum(c => c.Places), running.Count,
            running.Select(p => new Placed(firstNames[p.CitizenId], MentorOf(p), p.Start, p.PlannedEnd)).ToList(), awaiting);
    }
}
