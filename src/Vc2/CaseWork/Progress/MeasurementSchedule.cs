namespace Vc2.CaseWork.Progress;

public enum MeasurementKind
{
    /// <summary>The baseline (nulpunktsmåling), within 14 days of the first placement's start.</summary>
    Baseline = 1,

    /// <summary>Every N weeks after the baseline while a placement runs.</summary>
    Interval = 2,

    /// <summary>At the end of a placement.</summary>
    End = 3,
}

/// <summary>A measurement one respondent owes: by when, whether it was answered, and whether it is overdue.</summary>
public sealed record DueMeasurement(MeasurementKind Kind, DateOnly DueBy, DateOnly? AnsweredOn, bool Overdue);

/// <summary>
/// When a respondent is to answer the progress instrument (holdepunkt 9): a baseline within <c>baselineDays</c> of the
/// first placement's start, then every <c>intervalWeeks</c> weeks from the baseline while placements run, and at the
/// end of each placement (within <c>baselineDays</c> after it). An answer counts for the first due measurement it
/// falls near; what is not answered by its date is overdue. Pure: today and the answers are inputs.
/// </summary>
public static class MeasurementSchedule
{
    public static IReadOnlyList<DueMeasurement> For(IReadOnlyList<(DateOnly Start, DateOnly? End)> placements, IReadOnlyList<DateOnly> answers,
        DateOnly today, int intervalWeeks = 8, int baselineDays = 14)
    {
        ArgumentNullException.ThrowIfNull(placements);
        ArgumentNullException.ThrowIfNull(answers);
        if (placements.Count == 0)
        {
            return [];
        }

        var unused = answers.Order().ToList();
        DateOnly? Take(DateOnly from, DateOnly to)
        {
            var hit = unused.FirstOrDefault(a => a >= from && a <= to);
            if (hit == default)
            {
                return null;
            }

            unused.Remove(hit);
            return hit;
        }

        var result = new List<DueMeasurement>();
        var first = placements.Min(p => p.Start);
        var baselineDue = first.AddDays(baselineDays);
        var baseline = Take(first.AddDays(-baselineDays), DateOnly.MaxValue);
        result.Add(new DueMeasurement(MeasurementKind.Baseline, baselineDue, baseline, baseline is null && baselineDue < today));

        // Ends of placements first, so that an answer at an end is not taken for an interval measurement.
        var ends = placements.Where(p => p.End is { } e && e <= today.AddDays(baselineDays)).Select(p => p.End!.Value).Order().ToList();
        var endAnswers = ends.Select(e => (Due: e.AddDays(baselineDays), Answer: Take(e.AddDays(-baselineDays), e.AddDays(baselineDays)))).ToList();

        var interval = intervalWeeks * 7;
        var lastDay = placements.Any(p => p.End is null) ? today.AddDays(interval) : placements.Max(p => p.End!.Value);
        for (var due = (baseline ?? baselineDue).AddDays(interval); due <= lastDay && due <= today.AddDays(interval); due = due.AddDays(interval))
        {
            if (!placements.Any(p => p.Start <= due && (p.End is null || p.End >= due.AddDays(-interval))))
            {
                continue; // no placement ran in this interval
            }

            var answered = Take(due.AddDays(-interval + 1), due.AddDays(baselineDays));
            result.Add(new DueMeasurement(MeasurementKind.Interval, due, answered, answered is null && due < today));
        }

        result.AddRange(endAnswers.Select(e => new DueMeasurement(MeasurementKind.End, e.Due, e.Answer, e.Answer is null && e.Due < today)));
        return result.OrderBy(d => d.DueBy).ToList();
    }
}
