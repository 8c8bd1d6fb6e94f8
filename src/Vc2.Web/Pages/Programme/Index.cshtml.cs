using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.Platform.Common;
using Vc2.Steering.Programme;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Programme;

/// <summary>The programme as the agency set it up: period and ruleset (read-only), and the job centres with their commitments.</summary>
[Authorize(Policy = Policies.Agency)]
public sealed class IndexModel(GetProgramme programme) : PageModel
{
    public GetProgramme.Output Programme { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await programme.RunAsync(ct) is not Result<GetProgramme.Output>.Ok ok)
        {
            return NotFound();
        }

        Programme = ok.Value;
        return Page();
    }
}
