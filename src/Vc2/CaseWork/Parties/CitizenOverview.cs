using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Parties;

/// <summary>
/// The citizen's VC2 (ADR 0023): my course — company, mentor, hours and plan —, my work agreement to read and accept,
/// my exit strategy with the day it was last discussed with me and my own comments, and my contact people
/// (coordinating caseworker, the job centre's fixed contact for the company, personal mentor, company mentor) with how
/// to reach them (holdepunkt 4: the job centre "altid let tilgængeligt"). Only the citizen's own records.
/// </summary>
public sealed class CitizenOverview(Vc2Db db, TimeProvider clock)
{
    public sealed record Output(Guid CitizenId, string FirstName, string JobCentre, Course? Current, IReadOnlyList<Earlier> EarlierCourses, Agreement? Agreement,
        Exit? ExitStrategy, IReadOnlyList<Contact> Contacts);

    public sealed record Course(Guid PlacementId, string Company, DateOnly Start, DateOnly? PlannedEnd, string? Mentor, decimal? WeeklyHoursNow,
        decimal? WeeklyHoursTarget, string? FlexAttendance, string? FlexHours, string? FlexTasks, string? PlacementGoal, IReadOnlyList<string> SubGoals);

    public sealed record Earlier(string Company, DateOnly Start, DateOnly? End);

    public sealed record Agreement(Guid Id, int Number, bool AcceptedByMe, bool AcceptedByAll);

    public sealed record Exit(Guid Id, ExitTarget Target, string Steps, DateTime RevisedAtUtc, DateOnly? DiscussedOn, IReadOnlyList<Comment> Comments);

    public sealed record Comment(DateTime AtUtc, string Text);

    /// <param name="Role">What the person is to the citizen, in Danish.</param>
    /// <param name="Note">When to reach them, or how (the personal mentor's contact is free text).</param>
    public sealed record Contact(string Role, string Name, string? Phone, string? Email, string? Note);

    public async Task<Result<Output>> RunAsync(CancellationToken ct = default)
    {
        if (db.CurrentUser.CitizenId is not { } citizenId)
        {
            return Result<Output>.Missing();
        }

        // The citizen's filter shows them their own record, placements, agreements and exit strategy, and the companies
        // and mentors of their placements.
        var citizen = await db.Citizens.AsNoTracking().SingleOrDefaultAsync(c => c.Id == citizenId, ct);
        if (citizen is null)
        {
            return Result<Output>.Missing();
        }

        var today = Today.In(clock);
        var jobCentre = await db.JobCentres.Where(j => j.Id == citizen.JobCentreId).Select(j => j.Name).SingleAsync(ct);
        var placements = await db.Placements.AsNoTracking().Include(p => p.Mentors).Where(p => p.CitizenId == citizenId)
            .OrderByDescending(p => p.Start).ToListAsync(ct);
        var companyIds = placements.Select(p => p.CompanyId).Distinct().ToList();
        var companies = await db.Companies.AsNoTracking().Where(c => companyIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var current = placements.FirstOrDefault(p => p.ActualEnd is null || p.ActualEnd >= today);
        var contacts = new List<Contact>();
        if (citizen.CoordinatingCaseworkerId is { } caseworkerId
            && await db.Users.Where(u => u.Id == caseworkerId).Select(u => new { u.DisplayName, u.Email }).SingleOrDefaultAsync(ct) is { } caseworker)
        {
            contacts.Add(new Contact("Koordinerende sagsbehandler", caseworker.DisplayName, null, caseworker.Email, null));
        }

        var (course, agreement) = current is null ? ((Course?)null, (Agreement?)null) : await CurrentCourseAsync(current, companies[current.CompanyId], today, contacts, ct);
        if (citizen.PersonalMentorName is { } personal)
        {
            contacts.Add(new Contact("Personlig mentor", personal, null, null, citizen.PersonalMentorContact));
        }

        var exit = await ExitStrategyAsync(citizenId, ct);
        AuditLog.Add(db, clock, AuditAction.Read, citizen.JobCentreId, citizenId, "Borgeren så sit forløb");
        await db.SaveChangesAsync(ct);
        return new Output(citizenId, citizen.FirstName, jobCentre, course,
            placements.Where(p => p != current).Select(p => new Earlier(companies[p.CompanyId].Name, p.Start, p.ActualEnd)).ToList(),
            agreement, exit, contacts);
    }

    /// <summary>The course running now with its newest agreement; the company's fixed contact and mentor join the contacts.</summary>
    private async Task<(Course?, Agreement?)> CurrentCourseAsync(CaseWork.Placements.Placement current, CaseWork.Companies.Company company, DateOnly today,
        List<Contact> contacts, CancellationToken ct)
    {
        var assignment = current.Mentors.Where(m => m.From <= today && (m.To is null || m.To >= today)).MaxBy(m => m.From)
                         ?? current.Mentors.MaxBy(m => m.From);
        var mentor = assignment is null ? null : await db.Mentors.AsNoTracking().SingleOrDefaultAsync(m => m.Id == assignment.MentorId, ct);
        var latest = await db.Agreements.AsNoTracking().Include(a => a.SubGoals).Where(a => a.PlacementId == current.Id)
            .OrderByDescending(a => a.Number).FirstOrDefaultAsync(ct);
        var course = new Course(current.Id, company.Name, current.Start, current.PlannedEnd, mentor?.Name, current.WeeklyHoursNow, current.WeeklyHoursTarget,
            current.FlexAttendance, current.FlexHours, current.FlexTasks, latest?.PlacementGoal,
            latest?.SubGoals.OrderBy(g => g.Order).Select(g => g.Text).ToList() ?? []);
        var agreement = latest is null ? null : new Agreement(latest.Id, latest.Number, latest.AcceptedByCitizenAtUtc is not null, latest.IsAccepted);
        if (company.FixedContactName is { } fixedName)
        {
            contacts.Add(new Contact("Jobcentrets faste kontaktperson for virksomheden (jobkonsulent)", fixedName, company.FixedContactPhone,
                company.FixedContactEmail, company.FixedContactHours));
        }

        if (mentor is not null)
        {
            contacts.Add(new Contact($"Virksomhedsmentor hos {company.Name}", mentor.Name, mentor.Phone, mentor.Email, null));
        }

        return (course, agreement);
    }

    /// <summary>The newest exit strategy with every comment the citizen wrote on it.</summary>
    private async Task<Exit?> ExitStrategyAsync(Guid citizenId, CancellationToken ct)
    {
        var strategy = await db.ExitStrategies.AsNoTracking().Where(e => e.CitizenId == citizenId).OrderByDescending(e => e.CreatedAtUtc).FirstOrDefaultAsync(ct);
        if (strategy is null)
        {
            return null;
        }

        var comments = await db.ExitStrategyComments.Where(c => c.CitizenId == citizenId).OrderBy(c => c.AtUtc)
            .Select(c => new Comment(c.AtUtc, c.Text)).ToListAsync(ct);
        return new Exit(strategy.Id, strategy.Target, strategy.Steps, strategy.CreatedAtUtc, strategy.DiscussedOn, comments);
    }
}
