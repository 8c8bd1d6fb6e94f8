using Vc2.CaseWork.Citizens;
using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Agreements;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.CaseWork.FollowUps;
using Vc2.CaseWork.Outcomes;
using Vc2.CaseWork.Placements;

namespace Vc2.CaseWork.Overviews;

/// <summary>
/// Everything on a citizen's page in one read (and one audit event): the record, the coordinating caseworker, the exit
/// strategy with its history, the placements with their course status, the outcomes, and a timeline of it all. Computed
/// once per change of the citizen's job centre (<see cref="CentreMemo"/>); every view is audited.
/// </summary>
public sealed class GetCitizenCase(Vc2Db db, GetCitizen getCitizen, CourseStatus courseStatus, CentreMemo memo, TimeProvider clock)
{
    public sealed record Output(
        GetCitizen.Output Citizen,
        string? CaseworkerName,
        IReadOnlyList<ExitStrategy> ExitStrategies,
        IReadOnlyList<PlacementRow> Placements,
        IReadOnlyList<Outcome> Outcomes,
        IReadOnlyList<TimelineEntry> Timeline,
        TargetGroupCheck? TargetGroupCheck,
        IReadOnlyList<ExitStrategyComment> ExitComments);

    public sealed record PlacementRow(Guid Id, string Company, DateOnly Start, DateOnly? PlannedEnd, DateOnly? ActualEnd, EndReason? EndReason,
        string? Mentor, bool AgreementAccepted, bool HasAgreement, CourseStatus.View? Course);

    public sealed record TimelineEntry(DateOnly Date, string Text, string? Link);

    public async Task<Result<Output>> RunAsync(Guid id, CancellationToken ct = default)
    {
        // The tenancy filter answers whether the user may see the citizen at all, before anything kept is used.
        var jobCentreId = await db.Citizens.Where(c => c.Id == id).Select(c => (Guid?)c.JobCentreId).SingleOrDefaultAsync(ct);
        if (jobCentreId is not { } centre || await memo.GetAsync(db, $"citizen-case:{id}", [centre], Today.In(clock), () => ComputeAsync(id, ct), ct) is not { } output)
        {
            return Result<Output>.Missing();
        }

        AuditLog.Add(db, clock, AuditAction.Read, centre, id);
        await db.SaveChangesAsync(ct);
        return output;
    }

    private async Task<Output?> ComputeAsync(Guid id, CancellationToken ct)
    {
        if (await getCitizen.ReadAsync(id, ct) is not { } c)
        {
            return null;
        }

        var caseworker = c.CoordinatingCaseworkerId is null ? null
            : await db.Users.Where(u => u.Id == c.CoordinatingCaseworkerId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct);
        var strategies = await db.ExitStrategies.AsNoTracking().Where(e => e.CitizenId == id).OrderByDescending(e => e.CreatedAtUtc).ToListAsync(ct);
        var placements = await db.Placements.AsNoTracking().Include(p => p.Mentors).Where(p => p.CitizenId == id).OrderByDescending(p => p.Start).ToListAsync(ct);
        var placementIds = placements.Select(p => p.Id).ToList();
        var companyIds = placements.Select(p => p.CompanyId).Distinct().ToList();
        var companies = await db.Companies.Where(x => companyIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        var mentorIds = placements.SelectMany(p => p.Mentors).Select(m => m.MentorId).Distinct().ToList();
        var mentors = await db.Mentors.Where(m => mentorIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        var agreements = await db.Agreements.AsNoTracking().Where(a => placementIds.Contains(a.PlacementId)).ToListAsync(ct);
        var followUps = await db.FollowUps.AsNoTracking().Where(f => placementIds.Contains(f.PlacementId)).ToListAsync(ct);
        var outcomes = await db.Outcomes.AsNoTracking().Where(o => o.CitizenId == id).OrderByDescending(o => o.Start).ToListAsync(ct);
        var courses = courseStatus.For(placements);

        var rows = placements.Select(p =>
        {
            var latest = agreements.Where(a => a.PlacementId == p.Id).MaxBy(a => a.Number);
            var mentor = p.Mentors.MaxBy(m => m.From);
            return new PlacementRow(p.Id, companies.GetValueOrDefault(p.CompanyId, "?"), p.Start, p.PlannedEnd, p.ActualEnd, p.EndReason,
                mentor is null ? null : mentors.GetValueOrDefault(mentor.MentorId), latest?.IsAccepted == true, latest is not null,
                courses.GetValueOrDefault(p.Id));
        }).ToList();

        var timeline = new List<TimelineEntry> { new(c.EnrolmentDate, "Indskrevet i Virksomhedscenter generation 2", null) };
        AddPlacementEntries(timeline, placements, companies, mentors);
        AddAgreementEntries(timeline, agreements);
        timeline.AddRange(followUps.Select(f => new TimelineEntry(f.Date, $"Opfølgning ({FollowUpNames.Danish(f.Form)})", $"/forloeb/{f.PlacementId}")));
        timeline.AddRange(outcomes.Select(o => new TimelineEntry(o.Start, $"{OutcomeKindNames.Danish(o.Kind)}: {o.Organisation}", null)));
        timeline.AddRange(strategies.Select(s => new TimelineEntry(DateOnly.FromDateTime(s.CreatedAtUtc), $"Udslusningsstrategi: {ExitTargetNames.Danish(s.Target)}", null)));

        var check = await db.TargetGroupChecks.AsNoTracking().Where(t => t.CitizenId == id).OrderByDescending(t => t.CheckedAtUtc).FirstOrDefaultAsync(ct);
        // The citizen's own comments on the exit strategy, written in their VC2 (ADR 0023).
        var comments = await db.ExitStrategyComments.AsNoTracking().Where(x => x.CitizenId == id).OrderByDescending(x => x.AtUtc).ToListAsync(ct);
        return new Output(c, caseworker, strategies, rows, outcomes, timeline.OrderByDescending(t => t.Date).ToList(), check, comments);
    }

    private static void AddPlacementEntries(List<TimelineEntry> timeline, List<Placement> placements, Dictionary<Guid, string> companies, Dictionary<Guid, string> mentors)
    {
        foreach (var p in placements)
        {
            var company = companies.GetValueOrDefault(p.CompanyId, "?");
            timeline.Add(new(p.Start, $"Forløb startet hos {company}", $"/forloeb/{p.Id}"));
            if (p.ActualEnd is { } end)
            {
                timeline.Add(new(end, $"Forløb hos {company} sluttet: {EndReasonNames.Danish(p.EndReason ?? EndReason.Other)}", $"/forloeb/{p.Id}"));
            }

            foreach (var m in p.Mentors.OrderBy(m => m.From).Skip(1))
            {
                timeline.Add(new(m.From, $"Ny mentor hos {company}: {mentors.GetValueOrDefault(m.MentorId, "?")}", $"/forloeb/{p.Id}"));
            }
        }
    }

    private static void AddAgreementEntries(List<TimelineEntry> timeline, List<WorkAgreement> agreements)
    {
        foreach (var a in agreements)
        {
            timeline.Add(new(DateOnly.FromDateTime(a.CreatedAtUtc), $"Arbejdsaftale version {a.Number} skrevet af {a.CreatedBy}", $"/aftaler/{a.Id}"));
            if (a.IsAccepted)
            {
                var accepted = new[] { a.AcceptedByCitizenAtUtc, a.AcceptedByCompanyAtUtc, a.AcceptedByJobCentreAtUtc }.Max()!.Value;
                timeline.Add(new(DateOnly.FromDateTime(accepted), $"Arbejdsaftale version {a.Number} accepteret af alle tre parter", $"/aftaler/{a.Id}"));
            }
        }
    }
}
