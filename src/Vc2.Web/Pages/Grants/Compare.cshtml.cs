using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.Platform.Common;
using Vc2.Money.Grants;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Grants;

[Authorize(Policy = Policies.Grants)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Vc2.Web.Startup.RateLimits.Expensive)]
public sealed class CompareModel(Snapshots snapshots) : PageModel
{
    public Snapshots.Comparison? Data { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "foer")] Guid foer, [FromQuery(Name = "efter")] Guid efter, CancellationToken ct)
    {
        if (await snapshots.CompareAsync(foer, efter, ct) is not Result<Snapshots.Comparison>.Ok ok)
        {
            return NotFound();
        }

        Data = ok.Value;
        return Page();
    }
}
