using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.Money.Grants;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Grants;

[Authorize(Policy = Policies.Grants)]
public sealed class SnapshotsModel(Snapshots snapshots) : PageModel
{
    public IReadOnlyList<StatementSnapshot> List { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => List = await snapshots.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "dato")] DateOnly? dato, CancellationToken ct)
    {
        await snapshots.RunAsync(dato, ct);
        TempData["Saved"] = "Opgørelsen er gemt som øjebliksbillede.";
        return RedirectToPage();
    }
}
