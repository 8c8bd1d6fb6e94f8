using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.CaseWork.FollowUps;
using Vc2.CaseWork.Placements;

namespace Vc2.CaseWork.WorkList;

/// <summary>
/// "Mine borgere": the coordinating caseworker's citizens and what needs action — an overdue follow-up, a missing or
/// not accepted work agreement, a placement without a mentor, a placement about to reach three months, an
/// interrupted course with the last day to resume, progress measurements due or overdue per respondent, and an exit
/// strategy not discussed with a citizen in a placement; grouped by what to do (<see cref="Group"/>).
/// </summary>
public sealed class MyCitizens(Vc2Db db, CourseStatus courseStatus, CaseWorkOptions options, CaseWork.Progress.ProgressOptions progress, TimeProvider clock, CentreMemo memo)
{
    public enum Kind
    {
        FollowUpOverdue,
        AgreementMissing,
        AgreementNotAccepted,
        NoMentor,
        ReachesThreeMonths,
        ResumeBy,
        MeasurementOverdue,
        MeasurementDue,
        ExitStrategyNotDiscussed,
    }

    /// <summary>What there is to do, as the work list groups it (ADR 0025): each kind belongs to one group.</summary>
    public enum Group
    {
        FollowUp,
        Agreement,
        Mentor,
        ThreeMonths,
        Resume,
        Measurement,
        ExitStrategy,
    }

    public static Group GroupOf(Kind kind) => kind switch
    {
        Kind.FollowUpOverdue => Group.FollowUp,
        Kind.AgreementMissing or Kind.AgreementNotAccepted => Group.Agreement,
        Kind.NoMentor => Group.Mentor,
        Kind.ReachesThreeMonths => Group.ThreeMonths,
        Kind.ResumeBy => Group.Resume,
        Kind.MeasurementOverdue or Kind.MeasurementDue => Group.Measurement,
        _ => Group.ExitStrategy,
    };

    /// <summary>The group's name on the work list and the front page.</summary>
    public static string Danish(Group group) => group switch
    {
        Group.FollowUp => "Opfølgning forfalden",
        Group.Agreement => "Arbejdsaftale mangler eller er ikke accepteret",
        Group.Mentor => "Forløb uden mentor",
        Group.ThreeMonths => "Forløbet når snart tre måneder",
        Group.Resume => "Sidste dag for at genoptage et afbrudt forløb",
        Group.Measurement => "Progressionsmålinger at indsamle",
        _ => "Udslusningsstrategi ikke drøftet med borgeren",
    };

    /// <summary>Each group with the number of citizens that have something of it to do, in the groups' order.</summary>
    public static IReadOnlyList<(Group Group, int Count)> CountByGroup(IReadOnlyList<Row> rows) =>
        Enum.GetValues<Group>().Select(group => (group, rows.Count(r => r.Actions.Any(a => a.Group == group)))).ToList();

    /// <param name="Date">The day the action is about (due, reached, last day); none for a state without a date.</param>
    public sealed record Action(Kind Kind, string Text, DateOnly? Date, string Link)
    {
        public Group Group => GroupOf(Kind);
    }

    public sealed record Row(Guid CitizenId, string Name, string? CurrentCompany, IReadOnlyList<Action> Actions);

    /// <summary>All citizens of the job centre (project leaders) or only the user's own (caseworkers). Computed once per
    /// change of the user's job centres (<see cref="CentreMemo"/>); every view is audited.</summary>
    public async Task<IReadOnlyList<Row>> RunAsync(bool allOfJobCentre = false, CancellationToken ct = default)
    {
        var user = db.CurrentUser;
        var list = await memo.GetAsync(db, $"work-list:{user.UserId}:{allOfJobCentre}", user.CitizenJobCentreIds, Today.In(clock),
            () => ComputeAsync(allOfJobCentre, ct), ct) ?? throw new InvalidOperationException("Arbejdslisten blev ikke beregnet.");
        foreach (var jobCentreId in list.JobCentres)
        {
            AuditLog.Add(db, clock, AuditAction.List, jobCentreId, null, $"Arbejdsliste med {list.Rows.Count} borgere");
        }

        await db.SaveChangesAsync(ct);
        return list.Rows;
    }

    private sealed record WorkList(IReadOnlyList<Row> Rows, IReadOnlyList<Guid> JobCentres);

    private async Task<WorkList?> ComputeAsync(bool allOfJobCentre, CancellationToken ct)
    {
        var me = db.CurrentUser.UserId;
        // Read without tracking and only the columns the list needs: nothing here is changed, and the audit event's
        // save would otherwise compare every loaded entity.
        var citizens = await db.Citizens.AsNoTracking().Where(c => allOfJobCentre || c.CoordinatingCaseworkerId == me)
            .OrderBy(c => c.LastName).ThenBy(c => c.FirstName).Select(c => new { c.Id, c.JobCentreId, c.FirstName, c.LastName }).ToListAsync(ct);
        var ids = citizens.Select(c => c.Id).ToList();
        // Each job centre's own follow-up interval (holdepunkt 4: the job centre decides how often).
        var centreIds = citizens.Select(c => c.JobCentreId).Distinct().ToList();
        var intervals = await db.JobCentres.Where(j => centreIds.Contains(j.Id)).ToDictionaryAsync(j => j.Id, j => options.IntervalFor(j.FollowUpIntervalDays), ct);
        var placements = await db.Placements.AsNoTracking().Include(p => p.Mentors).Where(p => ids.Contains(p.CitizenId)).ToListAsync(ct);
        var placementIds = placements.Select(p => p.Id).ToList();
        var agreements = await db.Agreements.AsNoTracking().Where(a => placementIds.Contains(a.PlacementId))
            .Select(a => new AgreementState(a.Id, a.PlacementId, a.Number, a.AcceptedByCitizenAtUtc != null && a.AcceptedByCompanyAtUtc != null && a.AcceptedByJobCentreAtUtc != null))
            .ToListAsync(ct);
        // The newest exit strategy of each citizen: discussed with the citizen, or not.
        var discussed = (await db.ExitStrategies.AsNoTracking().Where(e => ids.Contains(e.CitizenId))
                .Select(e => new { e.CitizenId, e.CreatedAtUtc, e.DiscussedOn }).ToListAsync(ct))
            .GroupBy(e => e.CitizenId).ToDictionary(g => g.Key, g => g.MaxBy(e => e.CreatedAtUtc)!.DiscussedOn is not null);
        var followUps = await db.FollowUps.Where(f => placementIds.Contains(f.PlacementId))
            .Select(f => new FollowUpDates(f.PlacementId, f.Date, f.NextDate)).ToListAsync(ct);
        var companyIds = placements.Select(p => p.CompanyId).Distinct().ToList();
        var companies = await db.Companies.Where(c => companyIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var today = Today.In(clock);
        var measured = await CaseWork.Progress.CitizenSchedules.AnswersAsync(db.Measurements, ids, ct);
        var started = CaseWork.Progress.CitizenSchedules.Started(placements.Select(p => (p.CitizenId, p.Start, p.ActualEnd)), today);

        // Looked up per citizen and placement, not scanned: the whole job centre's list stays linear.
        var facts = new Facts(today, intervals, placements.ToLookup(p => p.CitizenId), followUps.ToLookup(f => f.PlacementId), agreements.ToLookup(a => a.PlacementId),
            discussed, companies, started, measured);
        var rows = new List<Row>();
        foreach (var citizen in citizens)
        {
            ct.ThrowIfCancellationRequested();
            rows.Add(RowFor(citizen.Id, $"{citizen.FirstName} {citizen.LastName}", facts));
        }

        return new WorkList(
            rows.OrderByDescending(r => r.Actions.Count).ThenBy(r => r.Name, StringComparer.Create(new System.Globalization.CultureInfo("da-DK"), false)).ToList(),
            citizens.Select(c => c.JobCentreId).Distinct().ToList());
    }

    private sealed record AgreementState(Guid Id, Guid PlacementId, int Number, bool IsAccepted);

    private sealed record FollowUpDates(Guid PlacementId, DateOnly Date, DateOnly? NextDate);

    /// <summary>What the rows are computed from, read once for all the list's citizens.</summary>
    private sealed record Facts(
        DateOnly Today,
        Dictionary<Guid, int> Intervals,
        ILookup<Guid, Placement> PlacementsOf,
        ILookup<Guid, FollowUpDates> FollowUpsOf,
        ILookup<Guid, AgreementState> AgreementsOf,
        Dictionary<Guid, bool> Discussed,
        Dictionary<Guid, string> Companies,
        Dictionary<Guid, List<(DateOnly Start, DateOnly? End)>> Started,
        ILookup<Guid, CaseWork.Progress.CitizenSchedules.Answered> Measured);

    private Row RowFor(Guid citizenId, string name, Facts facts)
    {
        var today = facts.Today;
        var own = facts.PlacementsOf[citizenId].OrderBy(p => p.Start).ToList();
        var courses = courseStatus.For(own);
        var actions = new List<Action>();
        foreach (var p in own.Where(p => p.ActualEnd is null && p.Start <= today))
        {
            AddPlacementActions(actions, p, facts, courses);
        }

        var lastPlacement = own.LastOrDefault();
        if (lastPlacement is { ActualEnd: not null } && courses.GetValueOrDefault(lastPlacement.Id) is { ResumeBy: { } resumeBy } && resumeBy >= today)
        {
            actions.Add(new(Kind.ResumeBy, $"Forløbet er afbrudt: genoptag senest {DanishDates.Text(resumeBy)} for at bevare tilskuddet", resumeBy, $"/borgere/{citizenId}/forloeb/nyt"));
        }

        var current = own.LastOrDefault(p => p.ActualEnd is null && p.Start <= today);
        actions.AddRange(MeasurementActions(citizenId, facts.Started, facts.Measured, today, running: current is not null));
        if (current is not null && !facts.Discussed.GetValueOrDefault(citizenId))
        {
            actions.Add(new(Kind.ExitStrategyNotDiscussed, facts.Discussed.ContainsKey(citizenId)
                ? "Udslusningsstrategien er ikke drøftet med borgeren"
                : "Udslusningsstrategi mangler", current.Start, $"/borgere/{citizenId}/udslusning"));
        }

        return new Row(citizenId, name, current is null ? null : facts.Companies.GetValueOrDefault(current.CompanyId), actions);
    }

    /// <summary>What a running placement needs: an overdue follow-up, a missing or not accepted work agreement, a mentor,
    /// or attention as it nears three months.</summary>
    private void AddPlacementActions(List<Action> actions, Placement p, Facts facts, IReadOnlyDictionary<Guid, CourseStatus.View> courses)
    {
        var today = facts.Today;
        var link = $"/forloeb/{p.Id}";
        var last = facts.FollowUpsOf[p.Id].MaxBy(f => f.Date);
        var due = FollowUpRule.DueDate(p.Start, last?.Date, last?.NextDate, facts.Intervals[p.JobCentreId]);
        if (due < today)
        {
            actions.Add(new(Kind.FollowUpOverdue, $"Opfølgning forfalden siden {DanishDates.Text(due)}", due, link + "/opfoelgning/ny"));
        }

        var latest = facts.AgreementsOf[p.Id].MaxBy(a => a.Number);
        if (latest is null)
        {
            actions.Add(new(Kind.AgreementMissing, "Arbejdsaftale mangler", null, link + "/aftale/ny"));
        }
        else if (!latest.IsAccepted)
        {
            actions.Add(new(Kind.AgreementNotAccepted, $"Arbejdsaftale version {latest.Number} er ikke accepteret af alle", null, $"/aftaler/{latest.Id}"));
        }

        if (!p.Mentors.Any(m => m.From <= today && (m.To is null || m.To >= today)))
        {
            actions.Add(new(Kind.NoMentor, "Ingen mentor på virksomheden", null, link + "/mentor"));
        }

        if (courses.GetValueOrDefault(p.Id) is { Course.Status: Rules.Model.CourseStatus.Pending, ReachesThreeMonthsOn: { } reaches }
            && reaches <= today.AddDays(options.ThreeMonthsNoticeDays))
        {
            actions.Add(new(Kind.ReachesThreeMonths, $"Når tre måneder {DanishDates.Text(reaches)}", reaches, link));
        }
    }

    /// <summary>Per respondent, the first progress measurement that is overdue or due within the baseline window
    /// (holdepunkt 9: the coordinating caseworker is responsible for collecting them). A measurement drops out by rule
    /// once it can no longer be collected: when the citizen has no running placement, only one due in the last
    /// <c>BaselineDays</c> (the end measurement of a course that just ended) is still asked for.</summary>
    private IEnumerable<Action> MeasurementActions(Guid citizenId, Dictionary<Guid, List<(DateOnly Start, DateOnly? End)>> started,
        ILookup<Guid, CaseWork.Progress.CitizenSchedules.Answered> measured, DateOnly today, bool running)
    {
        var link = $"/borgere/{citizenId}/progression";
        foreach (var group in CaseWork.Progress.CitizenSchedules.For(citizenId, started, measured, today, progress)
                     .Where(d => d.Due.AnsweredOn is null && d.Due.DueBy <= today.AddDays(progress.BaselineDays))
                     .Where(d => running || d.Due.DueBy >= today.AddDays(-progress.BaselineDays))
                     .GroupBy(d => d.Respondent))
        {
            var (respondent, due) = group.OrderBy(d => d.Due.DueBy).First();
            var what = $"{CaseWork.Progress.MeasurementNames.Danish(due.Kind)} fra {CaseWork.Progress.RespondentNames.Danish(respondent).ToLowerInvariant()}";
            yield return due.Overdue
                ? new Action(Kind.MeasurementOverdue, $"{what} forfalden siden {DanishDates.Text(due.DueBy)}", due.DueBy, link)
                : new Action(Kind.MeasurementDue, $"{what} senest {DanishDates.Text(due.DueBy)}", due.DueBy, link);
        }
    }
}
