using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.Platform.Common;
using Vc2.Steering.Organisation;
using Vc2.Platform.Users;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Organisation;

/// <summary>The project leader writes a new version of the project plan, starting from the latest.</summary>
[Authorize(Policy = Policies.ProjectLeader)]
public sealed class PlanModel(GetProjectOrganisation get, SaveProjectPlan save, CurrentUser user) : ResultPage
{
    [BindProperty]
    public SaveProjectPlan.Input Input { get; set; } = new();

    /// <summary>The newest version and the comments on it, which the new version answers.</summary>
    public ProjectPlan? Latest { get; private set; }

    public IReadOnlyList<PlanComment> Comments { get; private set; } = [];

    private Guid? JobCentreId => user.Memberships.FirstOrDefault(m => m.Role == Role.ProjectLeader)?.JobCentreId;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (JobCentreId is not { } id || await get.RunAsync(id, ct: ct) is not Result<GetProjectOrganisation.Output>.Ok ok)
        {
            return NotFound();
        }

        (Latest, Comments) = (ok.Value.Plan, ok.Value.Comments);
        if (ok.Value.Plan is { } p)
        {
            Input = new SaveProjectPlan.Input
            {
                ProjectLeader = p.ProjectLeader, Purpose = p.Purpose, SuccessCriteria = p.SuccessCriteria, Activities = p.Activities, Results = p.Results,
                Timeline = p.Timeline, ResponsibilityPerHoldepunkt = p.ResponsibilityPerHoldepunkt, Referral = p.Referral, CompanyKinds = p.CompanyKinds,
                Organisation = p.Organisation, LeadershipAndRehabilitationTeam = p.LeadershipAndRehabilitationTeam,
            };
        }
        else
        {
            Input = new SaveProjectPlan.Input { ProjectLeader = user.DisplayName };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (JobCentreId is not { } id)
        {
            return NotFound();
        }

        var result = Handle(await save.RunAsync(id, Input, ct), n => Redirect("/projekt"), "Projektplanen er gemt som en ny version. Den venter nu på styrelsens gennemgang.");
        if (result is null && await get.RunAsync(id, ct: ct) is Result<GetProjectOrganisation.Output>.Ok ok)
        {
            (Latest, Comments) = (ok.Value.Plan, ok.Value.Comments);
        }

        return result ?? Page();
    }
}
