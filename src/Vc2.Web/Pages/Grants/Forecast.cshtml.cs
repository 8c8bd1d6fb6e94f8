using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.Money.Grants;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Grants;

[Authorize(Policy = Policies.Grants)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Vc2.Web.Startup.RateLimits.Expensive)]
public sealed class ForecastModel(Forecast forecast) : PageModel
{
    public Forecast.Output? Data { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Data = await forecast.RunAsync(ct);
}
