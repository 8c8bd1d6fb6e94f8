using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.CaseWork.Overviews;
using Vc2.Platform.Common;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Companies;

[Authorize(Policy = Policies.CitizenData)]
public sealed class DetailsModel(GetCompany getCompany) : PageModel
{
    public GetCompany.Output? Company { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await getCompany.RunAsync(id, ct) is not Result<GetCompany.Output>.Ok found)
        {
            return NotFound();
        }

        Company = found.Value;
        return Page();
    }
}
