using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.CaseWork.Companies;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Companies;

[Authorize(Policy = Policies.CitizenData)]
public sealed class IndexModel(ListCompanies listCompanies) : PageModel
{
    public string? Query { get; private set; }

    public IReadOnlyList<ListCompanies.Row> Rows { get; private set; } = [];

    public async Task OnGetAsync([FromQuery(Name = "q")] string? q, CancellationToken ct)
    {
        Query = q;
        Rows = await listCompanies.RunAsync(q, ct);
    }
}
