using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.CaseWork.AccessLog;
using Vc2.CaseWork.Overviews;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Common;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Citizens;

/// <summary>A citizen's page. Opening it is audited; showing the full CPR number is a POST of its own, audited, and is
/// answered directly (not redirected), so the number is never stored in a cookie or an address.</summary>
[Authorize(Policy = Policies.CitizenData)]
public sealed class DetailsModel(GetCitizenCase getCase, RevealCpr revealCpr, CitizenAccessLog accessLog, Vc2.Money.Registers.CheckTargetGroup checkTargetGroup,
    Vc2.CaseWork.WorkList.UndeliveredMessages undelivered) : PageModel
{
    public GetCitizenCase.Output? Case { get; private set; }

    public RevealCpr.Output? RevealedCpr { get; private set; }

    public IReadOnlyList<CitizenAccessLog.Entry> AccessLog { get; private set; } = [];

    /// <summary>Links that could not be sent to the citizen or their mentor or company: whom to call.</summary>
    public IReadOnlyList<Vc2.CaseWork.WorkList.UndeliveredMessages.Row> Undelivered { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostRevealCprAsync(Guid id, CancellationToken ct)
    {
        if (await revealCpr.RunAsync(id, ct) is not Result<RevealCpr.Output>.Ok revealed)
        {
            return NotFound();
        }

        RevealedCpr = revealed.Value;
        return await LoadAsync(id, ct);
    }

    public async Task<IActionResult> OnPostCheckTargetGroupAsync(Guid id, CancellationToken ct)
    {
        if (await checkTargetGroup.RunAsync(id, ct) is not Result<Vc2.CaseWork.Citizens.TargetGroupCheck>.Ok)
        {
            return NotFound();
        }

        TempData["Saved"] = "Målgruppen er tjekket i ydelsesregistret.";
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await getCase.RunAsync(id, ct) is not Result<GetCitizenCase.Output>.Ok found)
        {
            return NotFound();
        }

        Case = found.Value;
        Undelivered = await undelivered.ForCitizenAsync(id, ct);
        AccessLog = (await accessLog.RunAsync(id, audited: false, ct: ct)) is Result<IReadOnlyList<CitizenAccessLog.Entry>>.Ok log ? log.Value : [];
        return Page();
    }
}
