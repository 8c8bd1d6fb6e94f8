using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.Platform.Common;
using Vc2.Steering.Holdepunkter;
using Vc2.Steering.Overview;
using Vc2.Platform.Users;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Holdepunkter;

/// <summary>The holdepunkter dashboard: one row per holdepunkt with its indicators and status; an indicator opens the
/// records behind it.</summary>
[Authorize(Policy = Policies.Steering)]
public sealed class IndexModel(GetHoldepunkter holdepunkter, NationalOverview overview, ProgrammeOverview programme, CurrentUser user) : PageModel
{
    [FromQuery(Name = "jobcenter")]
    public Guid? JobCentreId { get; set; }

    [FromQuery(Name = "indikator")]
    public string? IndicatorKey { get; set; }

    public List<SelectListItem> Choices { get; } = [];

    public GetHoldepunkter.Output? Output { get; private set; }

    public Indicator? Selected { get; private set; }

    /// <summary>For the agency and evaluators before a job centre is chosen: every job centre × the nine holdepunkter,
    /// from the national figures.</summary>
    public ProgrammeOverview.Output? Matrix { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (selected, choices) = await JobCentreChoice.ResolveAsync(user, overview, JobCentreId, ct);
        Choices.AddRange(choices);
        JobCentreId = selected;
        if (JobCentreId is { } id)
        {
            if (await holdepunkter.RunAsync(id, ct) is not Result<GetHoldepunkter.Output>.Ok ok)
            {
                return NotFound();
            }

            Output = ok.Value;
            Selected = IndicatorKey is null ? null : Output.Rows.SelectMany(r => r.Indicators).FirstOrDefault(i => i.Key == IndicatorKey);
        }
        else if (user.IsNational)
        {
            Matrix = await programme.RunAsync(ct) is Result<ProgrammeOverview.Output>.Ok ok ? ok.Value : null;
        }

        return Page();
    }

    public static string StatusClass(IndicatorStatus status) => status switch
    {
        IndicatorStatus.Green => "vc2-status vc2-status-green",
        IndicatorStatus.Yellow => "vc2-status vc2-status-yellow",
        IndicatorStatus.Red => "vc2-status vc2-status-red",
        _ => "vc2-status",
    };

    public string DrillLink(string key) => $"/holdepunkter?jobcenter={JobCentreId}&indikator={Uri.EscapeDataString(key)}#drill";
}
