using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Placements;

namespace Vc2.CaseWork.Progress;

/// <summary>
/// The measurement schedule of citizens per respondent, read from their placements and answers. The caller decides
/// which rows may be read (the queries it passes carry or skip the tenancy filter); this only computes.
/// </summary>
public static class CitizenSchedules
{
    public sealed record Answered(Guid CitizenId, Respondent Respondent, DateOnly On);

    public static async Task<Dictionary<Guid, List<(DateOnly Start, DateOnly? End)>>> PlacementsAsync(IQueryable<Placement> placements,
        IReadOnlyCollection<Guid> citizenIds, DateOnly today, CancellationToken ct)
    {
        var rows = await placements.Where(p => citizenIds.Contains(p.CitizenId) && p.Start <= today)
            .Select(p => new { p.CitizenId, p.Start, p.ActualEnd }).ToListAsync(ct);
        return Started(rows.Select(p => (p.CitizenId, p.Start, p.ActualEnd)), today);
    }

    /// <summary>The placements started by today, per citizen, from placements already read.</summary>
    public static Dictionary<Guid, List<(DateOnly Start, DateOnly? End)>> Started(IEnumerable<(Guid CitizenId, DateOnly Start, DateOnly? End)> placements, DateOnly today) =>
        placements.Where(p => p.Start <= today).GroupBy(p => p.CitizenId).ToDictionary(g => g.Key, g => g.Select(p => (p.Start, p.End)).ToList());

    /// <summary>The answers, by citizen: a job centre's schedules look each citizen up instead of scanning all answers.</summary>
    public static async Task<ILookup<Guid, Answered>> AnswersAsync(IQueryable<Measurement> measurements, IReadOnlyCollection<Guid> citizenIds, CancellationToken ct) =>
        (await measurements.Where(m => citizenIds.Contains(m.CitizenId)).Select(m => new Answered(m.CitizenId, m.Respondent, m.AnsweredOn)).ToListAsync(ct))
        .ToLookup(a => a.CitizenId);

    /// <summary>What each respondent owes for one citizen.</summary>
    public static IReadOnlyList<(Respondent Respondent, DueMeasurement Due)> For(Guid citizenId, Dictionary<Guid, List<(DateOnly Start, DateOnly? End)>> placements,
        ILookup<Guid, Answered> answers, DateOnly today, ProgressOptions options)
    {
        ArgumentNullException.ThrowIfNull(placements);
        ArgumentNullException.ThrowIfNull(options);
        var own = placements.GetValueOrDefault(citizenId) ?? [];
        ArgumentNullException.ThrowIfNull(answers);
        var mine = answers[citizenId].ToList();
        return Enum.GetValues<Respondent>()
            .SelectMany(r => MeasurementSchedule.For(own, mine.Where(a => a.Respondent == r).Select(a => a.On).ToList(), today, options.IntervalWeeks, options.BaselineDays)
                .Select(d => (r, d)))
            .ToList();
    }

    /// <summary>The kind of a new answer given on <paramref name="on"/>: the due measurement it fills in the schedule.</summary>
    public static MeasurementKind KindOf(List<(DateOnly Start, DateOnly? End)> placements, IReadOnlyList<DateOnly> earlier, DateOnly on, DateOnly today, ProgressOptions options)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(options);
        if (earlier.Count == 0 || earlier.All(d => d > on))
        {
            return MeasurementKind.Baseline;
        }

        var schedule = MeasurementSchedule.For(placements, [.. earlier, on], on > today ? on : today, options.IntervalWeeks, options.BaselineDays);
        return schedule.FirstOrDefault(d => d.AnsweredOn == on)?.Kind ?? MeasurementKind.Interval;
    }
}
