using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Vc2.Platform.Common;
using Vc2.Steering.Overview;
using Vc2.CaseWork.Progress;
using Vc2.Platform.Users;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Progress;

/// <summary>A job centre's progress figures: completion of due measurements, average change since the baseline, and
/// the baseline distribution. The project leader sees their own job centre; the agency and evaluators pick one.</summary>
[Authorize(Policy = Policies.ProgressFigures)]
public sealed class JobCentreModel(GetJobCentreProgress figures, NationalOverview overview, CurrentUser user) : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    [FromQuery(Name = "jobcenter")]
    public Guid? JobCentreId { get; set; }

    public List<SelectListItem> Choices { get; } = [];

    public GetJobCentreProgress.Output? Output { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (selected, choices) = await JobCentreChoice.ResolveAsync(user, overview, JobCentreId, ct);
        Choices.AddRange(choices);
        JobCentreId = selected;
        if (JobCentreId is { } id)
        {
            if (await figures.RunAsync(id, ct) is not Result<GetJobCentreProgress.Output>.Ok ok)
            {
                return NotFound();
            }

            Output = ok.Value;
        }

        return Page();
    }

    public static string OneDecimal(decimal? value, string format = "0.0") => value?.ToString(format, Danish) ?? "–";

    public static string WithSign(decimal? value) => value is { } v ? (v > 0 ? "+" : "") + v.ToString("0.0", Danish) : "–";

    public string DimensionName(string key) => Output!.Instrument.Dimensions.First(d => d.Key == key).Name;

    /// <summary>The bar chart of the average change per dimension and respondent, for the chart script.</summary>
    public string ChangeChartJson()
    {
        var o = Output!;
        return JsonSerializer.Serialize(new
        {
            labels = o.Instrument.Dimensions.Select(d => d.Name),
            series = Enum.GetValues<Respondent>().Select(r => new
            {
                respondent = r.ToString().ToLowerInvariant(),
                label = RespondentNames.Danish(r),
                values = o.Instrument.Dimensions.Select(d => o.Figures.Change.FirstOrDefault(c => c.DimensionKey == d.Key && c.Respondent == r)?.AverageChange),
            }),
        });
    }
}
