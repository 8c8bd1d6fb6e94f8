using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.CaseWork.Overviews;
using Vc2.CaseWork.Agreements;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Common;
using Vc2.CaseWork.Placements;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Agreements;

/// <summary>Writes the first or a new version of a placement's work agreement, filled in from the latest version (or the
/// citizen's long-term job goal) so that a change is an edit, not a retyping.</summary>
[Authorize(Policy = Policies.CitizenData)]
public sealed class NewModel(GetPlacement getPlacement, GetCitizen getCitizen, SaveAgreement save) : ResultPage
{
    [BindProperty]
    public SaveAgreement.Input Input { get; set; } = new();

    public Guid PlacementId { get; private set; }

    public string? CitizenName { get; private set; }

    public string? CompanyName { get; private set; }

    public int Number { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await getPlacement.RunAsync(id, ct) is not Result<GetPlacement.Output>.Ok found)
        {
            return NotFound();
        }

        Show(found.Value);
        if (found.Value.Agreements is [var latest, ..])
        {
            Input = new SaveAgreement.Input
            {
                LongTermGoal = latest.LongTermGoal, PlacementGoal = latest.PlacementGoal, TasksAndHours = latest.TasksAndHours,
                MentorRole = latest.MentorRole, SubGoals = string.Join('\n', latest.SubGoals.OrderBy(g => g.Order).Select(g => g.Text)),
            };
        }
        else if (await getCitizen.RunAsync(found.Value.CitizenId, ct) is Result<GetCitizen.Output>.Ok citizen)
        {
            Input = new SaveAgreement.Input { LongTermGoal = citizen.Value.LongTermJobGoal };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var answer = Handle(await save.RunAsync(id, Input, ct), ok => Redirect($"/aftaler/{ok.Id}"),
            "Arbejdsaftalen er gemt. Registrér, når borgeren, virksomheden og jobcentret har accepteret den.");
        if (answer is not null)
        {
            return answer;
        }

        if (await getPlacement.RunAsync(id, ct) is not Result<GetPlacement.Output>.Ok found)
        {
            return NotFound();
        }

        Show(found.Value);
        return Page();
    }

    private void Show(GetPlacement.Output placement)
    {
        PlacementId = placement.Placement.Id;
        CitizenName = placement.CitizenName;
        CompanyName = placement.CompanyName;
        Number = placement.Agreements.Count + 1;
    }
}
