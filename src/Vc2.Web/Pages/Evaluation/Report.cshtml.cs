using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.Platform.Common;
using Vc2.Steering.Evaluation;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Evaluation;

/// <summary>An evaluation report as HTML (prints on A4) or XLSX, for the whole programme or one job centre.</summary>
[Authorize(Policy = Policies.National)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Vc2.Web.Startup.RateLimits.Expensive)]
public sealed class ReportModel(GetEvaluationReport reports) : PageModel
{
    [FromQuery(Name = "jobcenter")]
    public string? JobCentre { get; set; }

    public GetEvaluationReport.Output Output { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await reports.OpenAsync(id, string.IsNullOrEmpty(JobCentre) ? null : JobCentre, ct) is not Result<GetEvaluationReport.Output>.Ok ok)
        {
            return NotFound();
        }

        Output = ok.Value;
        return Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync(Guid id, CancellationToken ct)
    {
        if (await reports.OpenAsync(id, string.IsNullOrEmpty(JobCentre) ? null : JobCentre, ct) is not Result<GetEvaluationReport.Output>.Ok ok)
        {
            return NotFound();
        }

        var name = $"{(ok.Value.Snapshot.Kind == EvaluationKind.Midway ? "midtvejsevaluering" : "slutevaluering")}-{ok.Value.Snapshot.AsOf:yyyy-MM-dd}{(JobCentre is null ? "" : "-" + JobCentre)}.xlsx";
        return File(GetEvaluationReport.Xlsx(ok.Value.Report), Vc2.Platform.Exports.XlsxExport.ContentType, name);
    }

    public static string ChartJson(EvaluationReport.Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        string[] colors = ["#0059b3", "#8a4500", "#1e6b24", "#595959"];
        return JsonSerializer.Serialize(new
        {
            labels = chart.Labels,
            yTitle = chart.YTitle,
            series = chart.Series.Select((s, i) => new { label = s.Label, color = colors[i % colors.Length], values = s.Values }),
        });
    }
}
