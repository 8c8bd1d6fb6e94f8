using Vc2.Platform.Security;
using Vc2.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.CaseWork.FollowUps;
using Vc2.Steering.Organisation;
using Vc2.CaseWork.Progress;

namespace Vc2.Steering.Holdepunkter;

/// <summary>
/// A job centre's holdepunkter dashboard: reads the facts and computes the rows. The job centre's own staff see the
/// records behind an indicator by name with links; the agency and evaluators see them without names (a placement by
/// company and start, a citizen by enrolment date), since they may see aggregates only.
/// </summary>
public sealed class GetHoldepunkter(Vc2Db db, CaseWorkOptions caseWork, ProgressOptions progress, ProgrammeOptions programme, TimeProvider clock, CentreMemo memo)
{
    public sealed record Output(Guid JobCentreId, string JobCentreName, DateOnly Today, bool Named, IReadOnlyList<HoldepunktRow> Rows);

    public async Task<Result<Output>> RunAsync(Guid jobCentreId, CancellationToken ct = default)
    {
        var user = db.CurrentUser;
        var named = user.IsSystem || user.CitizenJobCentreIds.Contains(jobCentreId);
        if (!named && !user.IsNational)
        {
            return Result<Output>.Missing();
        }

        // Computed once per change of the centre (CentreMemo, ADR 0022), with names or without; every named view is audited.
        var kept = await memo.GetAsync(db, $"holdepunkter:{jobCentreId}:{named}", [jobCentreId], Today.In(clock), async () =>
        {
            var centre = await db.JobCentres.SingleOrDefaultAsync(j => j.Id == jobCentreId, ct);
            if (centre is null)
            {
                return null;
            }

            var facts = await FactsAsync(jobCentreId, named, ct);
            return new Kept(new Output(centre.Id, centre.Name, facts.Today, named, HoldepunktIndicators.Compute(facts)), facts.Citizens.Count);
        }, ct);
        if (kept is null)
        {
            return Result<Output>.Missing();
        }

        if (named && !user.IsSystem)
        {
            // The drill-downs name the job centre's citizens, like the citizen list: one list event for the centre.
            AuditLog.Add(db, clock, AuditAction.List, jobCentreId, null, $"Holdepunkter med navne på {kept.Citizens} borgere");
            await db.SaveChangesAsync(ct);
        }

        return kept.Output;
    }

    private sealed record Kept(Output Output, int Citizens);

    /// <summary>The facts of one job centre. Reads past the tenancy filter, limited to that job centre; the caller has
    /// decided the user may see them, and <paramref name="named"/> whether with names.</summary>
    internal async Task<HoldepunktFacts> FactsAsync(Guid jobCentreId, bool named, CancellationToken ct)
    {
        var today = Today.In(clock);
        var settings = await db.JobCentres.Where(j => j.Id == jobCentreId).Select(j => new { j.ExpectedParticipants, j.FollowUpIntervalDays }).SingleAsync(ct);
        var committed = settings.ExpectedParticipants;
        var citizens = await CitizensAsync(jobCentreId, named, ct);
        var labels = citizens.ToDictionary(c => c.Id, c => c.Label);
        var (placements, placementFacts, companies) = await PlacementsAndCompaniesAsync(jobCentreId, named, labels, ct);
        var contracts = await db.Contracts.Nationally().Where(c => c.JobCentreId == jobCentreId)
            .Select(c => new ContractFacts(c.CompanyId, c.Places, c.From, c.To)).ToListAsync(ct);
        var mentors = await MentorsAsync(jobCentreId, named, today, placements, ct);
        var meetings = await db.NetworkMeetings.Nationally().Where(m => m.JobCentreId == jobCentreId).Select(m => m.Date).ToListAsync(ct);
        var plan = await db.ProjectPlans.Nationally().Where(p => p.JobCentreId == jobCentreId).OrderByDescending(p => p.Number)
            .Select(p => new { p.Number, p.ProjectLeader, p.Review }).FirstOrDefaultAsync(ct);
        var group = await db.GroupMembers.Nationally().CountAsync(m => m.JobCentreId == jobCentreId, ct);
        var due = await DueAsync(jobCentreId, citizens.Select(c => c.Id).ToList(), placements, today, ct);

        return new HoldepunktFacts(
            today,
            caseWork.IntervalFor(settings.FollowUpIntervalDays),
            programme.ExpectedBy(today, committed),
            programme.Target(committed),
            citizens,
            placementFacts,
            contracts,
            companies,
            mentors,
            Quarter.Between(programme.Start, today).Select(q => new QuarterFacts(q.ToString(), q.Last < today, meetings.Count(d => d >= q.First && d <= q.Last))).ToList(),
            plan?.ProjectLeader,
            group,
            plan?.Number ?? 0,
            due.Count,
            due.Count(d => d.Due.AnsweredOn is not null),
            due.Where(d => d.Due.Overdue).Select(d => d.CitizenId).Distinct()
                .Select(id => (labels[id], named ? $"/borgere/{id}/progression" : null)).ToList(),
            Enum.GetValues<Respondent>().Select(r => new RespondentCompleteness(r, due.Count(d => d.Respondent == r),
                due.Count(d => d.Respondent == r && d.Due.AnsweredOn is not null))).ToList(),
            plan?.Review);
    }

    /// <summary>The centre's citizens, by name or by enrolment date.</summary>
    private async Task<List<CitizenFacts>> CitizensAsync(Guid jobCentreId, bool named, CancellationToken ct)
    {
        var citizens = await db.Citizens.Nationally().Where(c => c.JobCentreId == jobCentreId)
            .Select(c => new { c.Id, c.FirstName, c.LastName, c.EnrolmentDate, c.CoordinatingCaseworkerId, c.PersonalMentorName }).ToListAsync(ct);
        var withExit = (await db.ExitStrategies.Nationally().Where(e => e.JobCentreId == jobCentreId).Select(e => e.CitizenId).Distinct().ToListAsync(ct)).ToHashSet();
        return citizens.Select(c => new CitizenFacts(c.Id, named ? $"{c.FirstName} {c.LastName}" : $"Borger indskrevet {DanishDates.Text(c.EnrolmentDate)}",
            named ? $"/borgere/{c.Id}" : null, c.CoordinatingCaseworkerId is not null, c.PersonalMentorName is not null, withExit.Contains(c.Id))).ToList();
    }

    /// <summary>The centre's placements (as loaded, and as facts labelled by citizen or by company) and its companies.</summary>
    private async Task<(List<CaseWork.Placements.Placement> Loaded, List<PlacementFacts> Placements, List<CompanyFacts> Companies)> PlacementsAndCompaniesAsync(
        Guid jobCentreId, bool named, Dictionary<Guid, string> labels, CancellationToken ct)
    {
        // Untracked: the list event saved after this would otherwise compare every placement loaded.
        var placements = await db.Placements.Nationally().AsNoTracking().Include(p => p.Mentors).Where(p => p.JobCentreId == jobCentreId).ToListAsync(ct);
        var accepted = (await db.Agreements.Nationally().Where(a => a.JobCentreId == jobCentreId && a.AcceptedByCitizenAtUtc != null
                && a.AcceptedByCompanyAtUtc != null && a.AcceptedByJobCentreAtUtc != null).Select(a => a.PlacementId).Distinct().ToListAsync(ct)).ToHashSet();
        var followUps = (await db.FollowUps.Nationally().Where(f => f.JobCentreId == jobCentreId).Select(f => new { f.PlacementId, f.Date, f.NextDate }).ToListAsync(ct))
            .GroupBy(f => f.PlacementId).ToDictionary(g => g.Key, g => g.OrderBy(f => f.Date).ToList());
        var companies = await db.Companies.Nationally().Where(c => c.JobCentreId == jobCentreId)
            .Select(c => new { c.Id, c.Name, c.FixedContactName }).ToListAsync(ct);
        var companyNames = companies.ToDictionary(c => c.Id, c => c.Name);
        var companiesWithPlacements = placements.Select(p => p.CompanyId).ToHashSet();
        var placementFacts = placements.Select(p =>
        {
            var f = followUps.GetValueOrDefault(p.Id) ?? [];
            var label = named ? $"{labels[p.CitizenId]} hos {companyNames[p.CompanyId]} fra {DanishDates.Text(p.Start)}" : $"Forløb hos {companyNames[p.CompanyId]} fra {DanishDates.Text(p.Start)}";
            return new PlacementFacts(p.Id, p.CitizenId, p.CompanyId, label, named ? $"/forloeb/{p.Id}" : null, p.Start, p.ActualEnd, p.ContractId is not null,
                p.Mentors.Select(m => (m.From, m.To)).ToList(), accepted.Contains(p.Id), f.Select(x => x.Date).ToList(), f.LastOrDefault()?.NextDate);
        }).ToList();
        return (placements, placementFacts,
            companies.Select(c => new CompanyFacts(c.Id, c.Name, named ? $"/virksomheder/{c.Id}" : null, c.FixedContactName is not null, companiesWithPlacements.Contains(c.Id))).ToList());
    }

    private async Task<List<MentorFacts>> MentorsAsync(Guid jobCentreId, bool named, DateOnly today, List<CaseWork.Placements.Placement> placements, CancellationToken ct)
    {
        var mentors = await db.Mentors.Nationally().Where(m => m.JobCentreId == jobCentreId).Select(m => new { m.Id, m.Name }).ToListAsync(ct);
        var trained = (await db.MentorCourses.Nationally().Where(c => c.JobCentreId == jobCentreId && c.Date <= today)
            .SelectMany(c => c.Participants.Select(p => p.MentorId)).Distinct().ToListAsync(ct)).ToHashSet();
        var placementsWithMentor = placements.SelectMany(p => p.Mentors.Select(m => m.MentorId)).ToHashSet();
        // Without names (the agency and the evaluators), a mentor is a stable pseudonym.
        return mentors.Select(m => new MentorFacts(m.Id, named ? m.Name : Pseudonym.Mentor(m.Id), trained.Contains(m.Id), placementsWithMentor.Contains(m.Id))).ToList();
    }

    /// <summary>The progress measurements due by today or answered, per citizen and respondent.</summary>
    private async Task<List<(Guid CitizenId, Respondent Respondent, DueMeasurement Due)>> DueAsync(Guid jobCentreId, List<Guid> citizenIds,
        List<CaseWork.Placements.Placement> placements, DateOnly today, CancellationToken ct)
    {
        var started = CitizenSchedules.Started(placements.Select(p => (p.CitizenId, p.Start, p.ActualEnd)), today);
        var answers = await CitizenSchedules.AnswersAsync(db.Measurements.Nationally().Where(m => m.JobCentreId == jobCentreId), citizenIds, ct);
        return started.Keys.SelectMany(id => CitizenSchedules.For(id, started, answers, today, progress).Select(d => (CitizenId: id, d.Respondent, d.Due)))
            .Where(d => d.Due.DueBy <= today || d.Due.AnsweredOn is not null).ToList();
    }
}
