using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.Platform.Common;
using Vc2.Steering.Overview;
using Vc2.Steering.MentorNetwork;
using Vc2.Platform.Users;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.MentorNetwork;

/// <summary>Mentor courses, network meetings, each mentor's training and the quarters (holdepunkt 7).</summary>
[Authorize(Policy = Policies.Steering)]
public sealed class IndexModel(GetMentorNetwork get, NationalOverview overview, CurrentUser user) : PageModel
{
    [FromQuery(Name = "jobcenter")]
    public Guid? JobCentreId { get; set; }

    public List<SelectListItem> Choices { get; } = [];

    public GetMentorNetwork.Output? Output { get; private set; }

    public bool CanChange => Output is not null && user.HasRole(Role.ProjectLeader, Output.JobCentreId);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (selected, choices) = await JobCentreChoice.ResolveAsync(user, overview, JobCentreId, ct);
        Choices.AddRange(choices);
        JobCentreId = selected;
        if (JobCentreId is { } id)
        {
            if (await get.RunAsync(id, ct) is not Result<GetMentorNetwork.Output>.Ok ok)
            {
                return NotFound();
            }

            Output = ok.Value;
        }

        return Page();
    }
}
