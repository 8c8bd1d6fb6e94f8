using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.Platform.Users;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Staff;

/// <summary>Staff and their roles per job centre: all for the agency, the job centre's for its project leader.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(ListStaff staff) : PageModel
{
    public IReadOnlyList<ListStaff.Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await staff.RunAsync(ct);
}
