using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.CaseWork.Progress;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Progress;

[Authorize(Policy = Policies.Respondent)]
public sealed class MineModel(MyMeasurements mine) : PageModel
{
    public IReadOnlyList<MyMeasurements.Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await mine.RunAsync(ct);
}
