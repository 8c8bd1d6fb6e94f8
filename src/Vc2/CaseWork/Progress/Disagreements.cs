namespace Vc2.CaseWork.Progress;

/// <summary>Two respondents who scored a dimension at least the threshold apart at about the same time.</summary>
public sealed record Disagreement(string DimensionKey, Respondent First, DateOnly FirstOn, int FirstScore, Respondent Second, DateOnly SecondOn, int SecondScore)
{
    public int Difference => Math.Abs(FirstScore - SecondScore);
}

/// <summary>
/// Where the citizen, the mentor and the caseworker see a dimension differently: for each pair of respondents, each
/// answer of the first is compared with the second's nearest answer within <c>windowDays</c>; a difference of
/// <c>threshold</c> points or more is a disagreement. Pure: the answers are the input.
/// </summary>
public static class Disagreements
{
    public static IReadOnlyList<Disagreement> Find(IEnumerable<MeasurementPoint> points, int threshold = 3, int windowDays = 14)
    {
        var byRespondent = points.GroupBy(p => p.Respondent).ToDictionary(g => g.Key, g => g.OrderBy(p => p.On).ToList());
        var result = new List<Disagreement>();
        var respondents = Enum.GetValues<Respondent>();
        foreach (var first in respondents)
        {
            foreach (var second in respondents.Where(r => r > first))
            {
                if (!byRespondent.TryGetValue(first, out var a) || !byRespondent.TryGetValue(second, out var b))
                {
                    continue;
                }

                foreach (var x in a)
                {
                    var nearest = b.Where(y => Math.Abs(y.On.DayNumber - x.On.DayNumber) <= windowDays)
                        .OrderBy(y => Math.Abs(y.On.DayNumber - x.On.DayNumber)).ThenBy(y => y.On).FirstOrDefault();
                    if (nearest is null)
                    {
                        continue;
                    }

                    foreach (var (key, score) in x.Scores)
                    {
                        if (nearest.Scores.TryGetValue(key, out var other) && Math.Abs(score - other) >= threshold)
                        {
                            result.Add(new Disagreement(key, first, x.On, score, second, nearest.On, other));
                        }
                    }
                }
            }
        }

        return result.OrderBy(d => d.FirstOn).ThenBy(d => d.DimensionKey, StringComparer.Ordinal).ToList();
    }
}
