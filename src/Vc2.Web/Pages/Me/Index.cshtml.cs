using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.CaseWork.AccessLog;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Common;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Me;

/// <summary>A citizen's own page: their data and who has looked at it (GDPR art. 15).</summary>
[Authorize(Policy = Policies.OwnData)]
public sealed class IndexModel(GetOwnData getOwnData, CitizenAccessLog accessLog, Vc2.CaseWork.Progress.GetCitizenProgress progress) : PageModel
{
    public GetOwnData.Output? Data { get; private set; }

    public IReadOnlyList<CitizenAccessLog.Entry> AccessLog { get; private set; } = [];

    /// <summary>The progress measurements about the citizen, by all three respondents (also part of the right of access).</summary>
    public Vc2.CaseWork.Progress.GetCitizenProgress.Output? Progress { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await getOwnData.RunAsync(ct) is not Result<GetOwnData.Output>.Ok found)
        {
            return NotFound();
        }

        Data = found.Value;
        Progress = (await progress.RunAsync(found.Value.Id, ct)) is Result<Vc2.CaseWork.Progress.GetCitizenProgress.Output>.Ok p ? p.Value : null;
        AccessLog = (await accessLog.RunAsync(found.Value.Id, audited: false, ct: ct)) is Result<IReadOnlyList<CitizenAccessLog.Entry>>.Ok log ? log.Value : [];
        return Page();
    }
}
