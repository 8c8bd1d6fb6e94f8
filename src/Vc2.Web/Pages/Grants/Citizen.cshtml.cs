using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.Platform.Common;
using Vc2.Money.Grants;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Grants;

[Authorize(Policy = Policies.Grants)]
public sealed class CitizenModel(GetCitizenStatement get) : PageModel
{
    public GetCitizenStatement.Output? Data { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "dato")] DateOnly? dato, CancellationToken ct)
    {
        if (await get.RunAsync(id, dato, ct) is not Result<GetCitizenStatement.Output>.Ok found)
        {
            return NotFound();
        }

        Data = found.Value;
        return Page();
    }
}
