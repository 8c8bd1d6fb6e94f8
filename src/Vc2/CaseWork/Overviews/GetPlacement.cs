using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Placements;
using Vc2.CaseWork.Agreements;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.CaseWork.FollowUps;

namespace Vc2.CaseWork.Overviews;

/// <summary>A placement's page: the placement, its mentors over time, its work agreements and follow-ups, and its course
/// status from the grant engine. Audited as a read of the citizen's data.</summary>
public sealed class GetPlacement(Vc2Db db, CourseStatus courseStatus, CaseWorkOptions options, TimeProvider clock)
{
    public sealed record Output(
        Placement Placement,
        Guid CitizenId,
        string CitizenName,
        string CompanyName,
        CaseWork.Companies.FrameworkContract? Contract,
        IReadOnlyList<MentorRow> Mentors,
        IReadOnlyList<CaseWork.Companies.CompanyMentor> CompanyMentors,
        IReadOnlyList<WorkAgreement> Agreements,
        IReadOnlyList<FollowUpRow> FollowUps,
        CourseStatus.View? Course,
        DateOnly? FollowUpDue,
        bool FollowUpOverdue);

    public sealed record MentorRow(string Name, string? Phone, string? Email, DateOnly From, DateOnly? To);

    public sealed record FollowUpRow(FollowUp FollowUp, IReadOnlyList<AssessmentRow> Assessments);

    public sealed record AssessmentRow(string SubGoal, SubGoalStatus Status, string? Comment);

    public async Task<Result<Output>> RunAsync(Guid id, CancellationToken ct = default)
    {
        var placement = await db.Placements.Include(p => p.Mentors).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (placement is null)
        {
            return Result<Output>.Missing();
        }

        var citizen = await db.Citizens.SingleAsync(c => c.Id == placement.CitizenId, ct);
        var company = await db.Companies.SingleAsync(c => c.Id == placement.CompanyId, ct);
        var contract = placement.ContractId is null ? null : await db.Contracts.SingleOrDefaultAsync(k => k.Id == placement.ContractId, ct);
        var companyMentors = await db.Mentors.Where(m => m.CompanyId == company.Id).OrderBy(m => m.Name).ToListAsync(ct);
        var mentors = placement.Mentors.OrderBy(m => m.From)
            .Select(m => companyMentors.FirstOrDefault(x => x.Id == m.MentorId) is { } x
                ? new MentorRow(x.Name, x.Phone, x.Email, m.From, m.To)
                : new MentorRow("(ukendt)", null, null, m.From, m.To))
            .ToList();
        var agreements = await db.Agreements.Include(a => a.SubGoals).Where(a => a.PlacementId == id)
            .OrderByDescending(a => a.Number).ToListAsync(ct);
        var goals = agreements.SelectMany(a => a.SubGoals).ToDictionary(g => g.Id, g => g.Text);
        var followUps = await db.FollowUps.Include(f => f.Assessments).Where(f => f.PlacementId == id)
            .OrderByDescending(f => f.Date).ToListAsync(ct);
        var rows = followUps.Select(f => new FollowUpRow(f, f.Assessments
            .Select(a => new AssessmentRow(goals.GetValueOrDefault(a.SubGoalId, "(delmål)"), a.Status, a.Comment)).ToList())).ToList();
        var all = await db.Placements.Where(p => p.CitizenId == placement.CitizenId).ToListAsync(ct);
        var course = courseStatus.For(all).GetValueOrDefault(placement.Id);

        DateOnly? due = null;
        var overdue = false;
        if (placement.ActualEnd is null)
        {
            var last = followUps.FirstOrDefault();
            var interval = options.IntervalFor(await db.JobCentres.Where(j => j.Id == placement.JobCentreId).Select(j => j.FollowUpIntervalDays).SingleAsync(ct));
            due = FollowUpRule.DueDate(placement.Start, last?.Date, last?.NextDate, interval);
            overdue = due < Today.In(clock);
        }

        AuditLog.Add(db, clock, AuditAction.Read, placement.JobCentreId, placement.CitizenId, "Forløb");
        await db.SaveChangesAsync(ct);
        return new Output(placement, citizen.Id, citizen.FullName, company.Name, contract, mentors, companyMentors, agreements, rows, course, due, overdue);
    }
}
