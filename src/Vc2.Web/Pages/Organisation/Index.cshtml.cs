using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Vc2.Platform.Common;
using Vc2.Steering.Overview;
using Vc2.Steering.Organisation;
using Vc2.Platform.Users;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Organisation;

/// <summary>The project organisation (holdepunkt 8): the indsatsgruppe and the project plan with its versions.</summary>
[Authorize(Policy = Policies.Steering)]
public sealed class IndexModel(GetProjectOrganisation get, ChangeGroup change, SetFollowUpInterval setInterval, NationalOverview overview, CurrentUser user) : ResultPage
{
    [FromQuery(Name = "jobcenter")]
    public Guid? JobCentreId { get; set; }

    [FromQuery(Name = "version")]
    public int? PlanVersion { get; set; }

    [BindProperty]
    public ChangeGroup.Input Input { get; set; } = new();

    /// <summary>The follow-up interval form; its own prefix, so the group form's fields stay apart.</summary>
    [BindProperty]
    public SetFollowUpInterval.Input IntervalInput { get; set; } = new();

    public List<SelectListItem> Choices { get; } = [];

    public bool IsAgency => user.HasRole(Role.Agency);

    public GetProjectOrganisation.Output? Output { get; private set; }

    public bool CanChange => Output is not null && user.HasRole(Role.ProjectLeader, Output.JobCentreId);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || Output is null)
        {
            return NotFound();
        }

        KeepErrorsOf(nameof(Input));
        return Handle(await change.RunAsync(Output.JobCentreId, Input, ct), _ => Redirect($"/projekt?jobcenter={Output.JobCentreId}"), "Medlemmet er tilføjet.")
               ?? Page();
    }

    public async Task<IActionResult> OnPostIntervalAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || Output is null)
        {
            return NotFound();
        }

        KeepErrorsOf(nameof(IntervalInput));
        if (BindingMessages.HasUnreadable(ModelState))
        {
            return Page();
        }

        switch (await setInterval.RunAsync(Output.JobCentreId, IntervalInput, ct))
        {
            case Result<int?>.Ok ok:
                TempData["Saved"] = ok.Value is { } days ? $"Jobcentret følger nu op mindst hver {days}. dag." : "Jobcentret bruger nu standardintervallet for opfølgning.";
                return Redirect($"/projekt?jobcenter={Output.JobCentreId}");
            case Result<int?>.Invalid invalid:
                PageErrors.Copy(ModelState, invalid.Errors, nameof(IntervalInput));
                return Page();
            default:
                return NotFound();
        }
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
