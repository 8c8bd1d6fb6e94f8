using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.JobCentres;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Agency;

[Authorize(Policy = Policies.National)]
public sealed class IndexModel(NationalOverview overview) : PageModel
{
    public IReadOnlyList<NationalOverview.Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await overview.RunAsync(ct);
}
