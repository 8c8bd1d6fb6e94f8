using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.Platform.Common;
using Vc2.Steering.Evaluation;
using Vc2.Platform.Users;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Evaluation;

/// <summary>The evaluation snapshots; the agency makes a new midway or final one.</summary>
[Authorize(Policy = Policies.National)]
public sealed class IndexModel(GetEvaluationReport reports, CreateEvaluationSnapshot create, CurrentUser user) : ResultPage
{
    [BindProperty]
    public EvaluationKind? Kind { get; set; }

    public IReadOnlyList<GetEvaluationReport.Listed> Snapshots { get; private set; } = [];

    public bool CanCreate => user.HasRole(Role.Agency);

    public async Task OnGetAsync(CancellationToken ct) => Snapshots = await reports.RunAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Kind is not { } kind)
        {
            ModelState.AddModelError(nameof(Kind), "Vælg midtvejs- eller slutevaluering.");
            Snapshots = await reports.RunAsync(ct);
            return Page();
        }

        return await create.RunAsync(kind, ct) switch
        {
            Result<Guid>.Ok ok => Redirect($"/evaluering/{ok.Value}"),
            _ => Forbid(),
        };
    }
}
