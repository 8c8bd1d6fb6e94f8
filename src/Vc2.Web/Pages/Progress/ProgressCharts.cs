using System.Text.Json;
using Vc2.CaseWork.Progress;

namespace Vc2.Web.Pages.Progress;

/// <summary>The data behind a progress chart (<c>wwwroot/js/progress-charts.js</c>), for the caseworker's page and the
/// citizen's own alike.</summary>
public static class ProgressCharts
{
    /// <summary>The points of one dimension for the chart script: weeks since the first answer, score, date, and
    /// whether the point is part of a disagreement.</summary>
    public static string Json(GetCitizenProgress.Output progress, Dimension dimension)
    {
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(dimension);
        var start = progress.Measurements.Count == 0 ? default : progress.Measurements.Min(m => m.AnsweredOn);
        var series = Enum.GetValues<Respondent>().Where(dimension.AnsweredBy).Select(r => new
        {
            respondent = r.ToString().ToLowerInvariant(),
            label = RespondentNames.Danish(r),
            points = progress.Measurements.Where(m => m.Respondent == r && m.Scores.ContainsKey(dimension.Key)).Select(m => new
            {
                x = Math.Round((m.AnsweredOn.DayNumber - start.DayNumber) / 7.0, 1),
                y = m.Scores[dimension.Key],
                date = Format.ShortDate(m.AnsweredOn),
                disagree = Disagrees(progress, dimension.Key, r, m.AnsweredOn),
            }).ToList(),
        });
        return JsonSerializer.Serialize(new { title = dimension.Name, series });
    }

    public static bool Disagrees(GetCitizenProgress.Output progress, string dimensionKey, Respondent respondent, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return progress.Disagreements.Any(d => d.DimensionKey == dimensionKey
            && ((d.First == respondent && d.FirstOn == on) || (d.Second == respondent && d.SecondOn == on)));
    }
}
