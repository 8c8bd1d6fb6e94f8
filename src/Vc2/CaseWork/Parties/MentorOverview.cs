using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Parties;

/// <summary>
/// The company mentor's VC2 (ADR 0023): the citizens they mentor now, each placement with hours, flexibility, the
/// current work agreement and the follow-up dates; the citizens they mentored before, as history; the job centre's
/// fixed contact for their company (holdepunkt 5). The next mentor courses and network meetings to answer are the mentor
/// network's (<c>MentorInvitations</c>). Only the mentor's own placements, by their filter; each citizen shown is in
/// their access log.
/// </summary>
public sealed class MentorOverview(Vc2Db db, TimeProvider clock)
{
    public sealed record Output(string MentorName, string CompanyName, string JobCentre, Contact? FixedContact, IReadOnlyList<Current> Now,
        IReadOnlyList<Past> Before);

    public sealed record Contact(string Name, string? Phone, string? Email, string? Hours);

    public sealed record Current(Guid PlacementId, string CitizenName, DateOnly Start, DateOnly? PlannedEnd, DateOnly MentorFrom, decimal? WeeklyHoursNow,
        decimal? WeeklyHoursTarget, string? FlexAttendance, string? FlexHours, string? FlexTasks, Agreement? Agreement, IReadOnlyList<DateOnly> FollowUps,
        DateOnly? NextFollowUp);

    public sealed record Agreement(Guid Id, int Number, bool AcceptedByCompany, bool AcceptedByAll);

    public sealed record Past(string CitizenName, DateOnly From, DateOnly? To);

    public async Task<Result<Output>> RunAsync(CancellationToken ct = default)
    {
        if (db.CurrentUser.CompanyMentorId is not { } mentorId)
        {
            return Result<Output>.Missing();
        }

        var mentor = await db.Mentors.AsNoTracking().SingleOrDefaultAsync(m => m.Id == mentorId, ct);
        if (mentor is null)
        {
            return Result<Output>.Missing();
        }

        var today = Today.In(clock);
        var company = await db.Companies.AsNoTracking().SingleAsync(c => c.Id == mentor.CompanyId, ct);
        var jobCentre = await db.JobCentres.Where(j => j.Id == mentor.JobCentreId).Select(j => j.Name).SingleAsync(ct);
        var assignments = await PartyReads.AssignmentsAsync(db, mentorId, ct);
        var current = assignments.Where(a => a.IsCurrent(today)).ToList();
        var citizenIds = assignments.Select(a => a.CitizenId).Distinct().ToList();
        var names = await db.Citizens.Where(c => citizenIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.FirstName + " " + c.LastName, ct);

        // Only the placements mentored now are read in full.
        var currentIds = current.Select(a => a.PlacementId).ToList();
        var placements = await db.Placements.AsNoTracking().Where(p => currentIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var agreements = (await db.Agreements.Where(a => currentIds.Contains(a.PlacementId))
                .Select(a => new { a.Id, a.PlacementId, a.Number, Company = a.AcceptedByCompanyAtUtc != null,
                    All = a.AcceptedByCitizenAtUtc != null && a.AcceptedByCompanyAtUtc != null && a.AcceptedByJobCentreAtUtc != null })
                .ToListAsync(ct))
            .GroupBy(a => a.PlacementId).ToDictionary(g => g.Key, g => g.MaxBy(a => a.Number)!);
        var followUps = (await db.FollowUps.Where(f => currentIds.Contains(f.PlacementId))
                .Select(f => new { f.PlacementId, f.Date, f.NextDate }).ToListAsync(ct))
            .ToLookup(f => f.PlacementId);
        var now = current.Select(a =>
        {
            var p = placements[a.PlacementId];
            var latest = agreements.GetValueOrDefault(a.PlacementId);
            var done = followUps[a.PlacementId].OrderBy(f => f.Date).ToList();
            return new Current(p.Id, names[a.CitizenId], p.Start, p.PlannedEnd, a.From, p.WeeklyHoursNow, p.WeeklyHoursTarget, p.FlexAttendance, p.FlexHours,
                p.FlexTasks, latest is null ? null : new Agreement(latest.Id, latest.Number, latest.Company, latest.All), done.Select(f => f.Date).ToList(),
                done.LastOrDefault()?.NextDate);
        }).ToList();
        var before = assignments.Where(a => !a.IsCurrent(today))
            .Select(a => new Past(names[a.CitizenId], a.From, a.To ?? a.End)).ToList();

        AuditLog.AddForEach(db, clock, AuditAction.Read, assignments.Select(a => (a.CitizenId, a.JobCentreId)), "Virksomhedsmentoren så sine forløb");
        await db.SaveChangesAsync(ct);
        var fixedContact = company.FixedContactName is { } name ? new Contact(name, company.FixedContactPhone, company.FixedContactEmail, company.FixedContactHours) : null;
        return new Output(mentor.Name, company.Name, jobCentre, fixedContact, now, before);
    }
}
