using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Vc2.Platform.Common;
using Vc2.Platform.Users;
using Vc2.Steering.Organisation;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Organisation;

/// <summary>The dialogue on a version of the project plan (holdepunkt 8): every section with its comments; the agency
/// comments and decides, the job centre's project leader answers.</summary>
[Authorize(Policy = Policies.Steering)]
public sealed class ReviewModel(GetProjectOrganisation get, ReviewProjectPlan review, CurrentUser user) : ResultPage
{
    [FromQuery(Name = "jobcenter")]
    public Guid JobCentreId { get; set; }

    [FromQuery(Name = "version")]
    public int? PlanVersion { get; set; }

    [BindProperty]
    public ReviewProjectPlan.CommentInput Input { get; set; } = new();

    public GetProjectOrganisation.Output? Output { get; private set; }

    public ProjectPlan? Plan => Output?.Plan;

    public bool IsAgency => user.HasRole(Role.Agency);

    public bool CanComment => Plan is not null && (IsAgency || user.HasRole(Role.ProjectLeader, JobCentreId));

    /// <summary>The agency decides only the newest version.</summary>
    public bool CanDecide => IsAgency && Plan is not null && Output!.Versions.Count > 0 && Output.Versions[0].Number == Plan.Number;

    public IEnumerable<SelectListItem> Sections => PlanSections.All.Select(s => new SelectListItem(s.Title, s.Key));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCommentAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || Plan is null)
        {
            return NotFound();
        }

        var result = await RunAsync(() => review.CommentAsync(Plan.Id, Input, ct), _ => Redirect(Here + "#kommentarer"), "Kommentaren er gemt.");
        if (result is not null)
        {
            return result;
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDecideAsync(PlanReview decision, CancellationToken ct)
    {
        if (!await LoadAsync(ct) || Plan is null)
        {
            return NotFound();
        }

        ModelState.Clear(); // the comment form is not posted here
        switch (await review.DecideAsync(Plan.Id, decision, ct))
        {
            case Result<PlanReview>.Ok ok:
                TempData["Saved"] = ok.Value == PlanReview.Approved
                    ? $"Version {Plan.Number} af projektplanen er godkendt."
                    : $"Jobcentret er bedt om at rette planen. Kommentarerne til version {Plan.Number} står ved afsnittene.";
                return Redirect(Here);
            case Result<PlanReview>.Invalid invalid:
                ConflictMessage = invalid.Errors.Values.SelectMany(e => e).FirstOrDefault();
                return Page();
            default:
                return NotFound();
        }
    }

    private string Here => $"/projekt/gennemgang?jobcenter={JobCentreId}" + (PlanVersion is { } v ? $"&version={v}" : "");

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await get.RunAsync(JobCentreId, PlanVersion, ct) is not Result<GetProjectOrganisation.Output>.Ok ok)
        {
            return false;
        }

        Output = ok.Value;
        return true;
    }
}
