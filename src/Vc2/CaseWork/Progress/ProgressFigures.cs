namespace Vc2.CaseWork.Progress;

/// <summary>
/// A job centre's progress figures (holdepunkt 9): the baseline distribution, the average change since the baseline
/// per dimension and respondent, and how many of the due measurements were answered. Pure: measurements and the
/// schedules are the input, so the figures can be checked by hand.
/// </summary>
public static class ProgressFigures
{
    /// <summary>The baseline scores of one dimension by one respondent: how many, the mean, and the count per score
    /// (index 0 is the lowest score on the scale).</summary>
    public sealed record BaselineRow(string DimensionKey, Respondent Respondent, int Count, decimal? Mean, IReadOnlyList<int> Distribution);

    /// <summary>The average of (latest − baseline) over the citizens with both, for one dimension and respondent.</summary>
    public sealed record ChangeRow(string DimensionKey, Respondent Respondent, int Citizens, decimal? AverageChange);

    /// <summary>Of the measurements due by today (or answered early), how many were answered.</summary>
    public sealed record CompletionRow(Respondent Respondent, int Due, int Answered, decimal? Rate);

    public sealed record Figures(int CitizensMeasured, IReadOnlyList<BaselineRow> Baseline, IReadOnlyList<ChangeRow> Change, IReadOnlyList<CompletionRow> Completion);

    public static Figures Compute(Instrument instrument, IReadOnlyList<MeasurementPoint> points, IReadOnlyList<(Respondent Respondent, DueMeasurement Due)> schedule, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(schedule);

        // The baseline is each respondent's first answer about a citizen, the latest is the last one.
        var series = points.GroupBy(p => (p.CitizenId, p.Respondent))
            .Select(g => (g.Key.Respondent, Ordered: g.OrderBy(p => p.On).ToList()))
            .ToList();

        var baseline = new List<BaselineRow>();
        var change = new List<ChangeRow>();
        var size = instrument.ScaleMax - instrument.ScaleMin + 1;
        foreach (var dimension in instrument.Dimensions)
        {
            foreach (var respondent in Enum.GetValues<Respondent>().Where(dimension.AnsweredBy))
            {
                var first = series.Where(s => s.Respondent == respondent)
                    .Select(s => s.Ordered.FirstOrDefault(p => p.Scores.ContainsKey(dimension.Key))?.Scores[dimension.Key])
                    .OfType<int>().ToList();
                var distribution = new int[size];
                foreach (var score in first)
                {
                    distribution[score - instrument.ScaleMin]++;
                }

                baseline.Add(new BaselineRow(dimension.Key, respondent, first.Count, Mean(first.Select(s => (decimal)s)), distribution));

                var changes = series.Where(s => s.Respondent == respondent)
                    .Select(s => s.Ordered.Where(p => p.Scores.ContainsKey(dimension.Key)).ToList())
                    .Where(answered => answered.Count >= 2)
                    .Select(answered => (decimal)(answered[^1].Scores[dimension.Key] - answered[0].Scores[dimension.Key]))
                    .ToList();
                change.Add(new ChangeRow(dimension.Key, respondent, changes.Count, Mean(changes)));
            }
        }

        var completion = Enum.GetValues<Respondent>().Select(r =>
        {
            var due = schedule.Where(s => s.Respondent == r && (s.Due.DueBy <= today || s.Due.AnsweredOn is not null)).ToList();
            var answered = due.Count(s => s.Due.AnsweredOn is not null);
            return new CompletionRow(r, due.Count, answered, due.Count == 0 ? null : Math.Round((decimal)answered / due.Count, 4, MidpointRounding.AwayFromZero));
        }).ToList();

        return new Figures(points.Select(p => p.CitizenId).Distinct().Count(), baseline, change, completion);
    }

    private static decimal? Mean(IEnumerable<decimal> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : Math.Round(list.Average(), 2, MidpointRounding.AwayFromZero);
    }
}
