using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.Platform.Users;
using Vc2.Web.Auth;
using Vc2.CaseWork.WorkList;

namespace Vc2.Web.Pages.WorkList;

[Authorize(Policy = Policies.CitizenData)]
public sealed class IndexModel(MyCitizens myCitizens, CurrentUser user) : PageModel
{
    public IReadOnlyList<MyCitizens.Row> Rows { get; private set; } = [];

    public bool All { get; private set; }

    public bool CanSeeAll => user.HasRole(Role.ProjectLeader) || user.HasRole(Role.JobConsultant);

    public async Task OnGetAsync([FromQuery(Name = "alle")] bool alle, CancellationToken ct)
    {
        All = alle && CanSeeAll;
        Rows = await myCitizens.RunAsync(All, ct);
    }
}
