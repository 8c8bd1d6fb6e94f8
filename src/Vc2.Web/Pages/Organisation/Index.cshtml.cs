using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Vc2.Platform.Common;
using Vc2.Platform.JobCentres;
using Vc2.Steering.Overview;
using Vc2.Steering.Organisation;
using Vc2.Platform.Users;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Organisation;

/// <summary>The project organisation (holdepunkt 8): the indsatsgruppe and the project plan with its versions.</summary>
[Authorize(Policy = Policies.Steering)]
public sealed class IndexModel(GetProjectOrganisation get, ChangeGroup change, NationalOverview overview, CurrentUser user) : ResultPage
{
    [FromQuery(Name = "jobcenter")]
    public Guid? JobCentreId { get; set; }

    [FromQuery(Name = "version")]
    public int? PlanVersion { get; set; }

    [BindProperty]
    public ChangeGroup.Input Input { get; set; } = new();

    public List<SelectListItem> Choices { get; } = [];

    public GetProjectOrganisation.Output? Output { get; private set; }

    public bool CanChange => Output is not null && user.HasRole(Role.ProjectLeader, Output.JobCentreId);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || Output is null)
        {
            return NotFound();
        }

        return Handle(await change.RunAsync(Output.JobCentreId, Input, ct), _ => Redirect($"/projekt?jobcenter={Output.JobCentreId}"), "Medlemmet er tilføjet.")
               ?? Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid memberId, CancellationToken ct)
    {
        if (await change.RemoveAsync(memberId, ct) is not Result<bool>.Ok)
        {
            return NotFound();
        }

        TempData["Saved"] = "Medlemmet er fjernet fra indsatsgruppen.";
        return Redirect("/projekt");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var (selected, choices) = await JobCentreChoice.ResolveAsync(user, overview, JobCentreId, ct);
        Choices.AddRange(choices);
        JobCentreId = selected;
        if (JobCentreId is not { } id)
        {
            return true;
        }

        if (await get.RunAsync(id, PlanVersion, ct) is not Result<GetProjectOrganisation.Output>.Ok ok)
        {
            return false;
        }

        Output = ok.Value;
        return true;
    }
}
