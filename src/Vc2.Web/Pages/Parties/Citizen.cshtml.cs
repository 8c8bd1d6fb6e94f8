using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.CaseWork.Parties;
using Vc2.CaseWork.Progress;
using Vc2.Platform.Common;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Parties;

/// <summary>The citizen's VC2 (ADR 0023): my course, agreement, exit strategy with my comments, my contact people, and
/// my measurements over time. The access log is on "Mine oplysninger".</summary>
[Authorize(Policy = Policies.OwnData)]
public sealed class CitizenModel(CitizenOverview overview, CommentOnExitStrategy comment, GetCitizenProgress progress) : ResultPage
{
    [BindProperty]
    public CommentOnExitStrategy.Input Input { get; set; } = new();

    public CitizenOverview.Output? Data { get; private set; }

    public GetCitizenProgress.Output? Progress { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCommentAsync(CancellationToken ct)
    {
        if (await RunAsync(() => comment.RunAsync(Input, ct), _ => Redirect("/mit-forloeb#udslusning"), "Tak. Din kommentar er gemt, og din sagsbehandler kan se den.") is { } done)
        {
            return done;
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await overview.RunAsync(ct) is not Result<CitizenOverview.Output>.Ok found)
        {
            return false;
        }

        Data = found.Value;
        Progress = await progress.RunAsync(found.Value.CitizenId, ct) is Result<GetCitizenProgress.Output>.Ok p ? p.Value : null;
        return true;
    }
}
