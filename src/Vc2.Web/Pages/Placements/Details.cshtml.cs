using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.CaseWork.Overviews;
using Vc2.Platform.Common;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Placements;

[Authorize(Policy = Policies.CitizenData)]
public sealed class DetailsModel(GetPlacement getPlacement) : PageModel
{
    public GetPlacement.Output? Data { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await getPlacement.RunAsync(id, ct) is not Result<GetPlacement.Output>.Ok found)
        {
            return NotFound();
        }

        Data = found.Value;
        return Page();
    }
}
