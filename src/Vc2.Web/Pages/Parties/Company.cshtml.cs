using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.CaseWork.Parties;
using Vc2.Platform.Common;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Parties;

/// <summary>The company's VC2, for its contact person (ADR 0023).</summary>
[Authorize(Policy = Policies.CompanyContact)]
public sealed class CompanyModel(CompanyOverview overview) : PageModel
{
    public CompanyOverview.Output? Data { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // Without a company record of their own the page says who can register them, instead of a bare 404 (ADR 0028).
        if (await overview.RunAsync(ct) is Result<CompanyOverview.Output>.Ok found)
        {
            Data = found.Value;
        }

        return Page();
    }
}
