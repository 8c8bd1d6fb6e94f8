using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.CaseWork.Overviews;
using Vc2.Platform.Common;
using Vc2.CaseWork.Placements;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Placements;

[Authorize(Policy = Policies.CitizenData)]
public sealed class EndModel(GetPlacement getPlacement, EndPlacement end, TimeProvider clock) : ResultPage
{
    [BindProperty]
    public EndPlacement.Input Input { get; set; } = new();

    public Guid Id { get; private set; }

    public string? CompanyName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await getPlacement.RunAsync(id, ct) is not Result<GetPlacement.Output>.Ok found)
        {
            return NotFound();
        }

        Show(found.Value);
        Input = new EndPlacement.Input { ActualEnd = Today.In(clock), Version = found.Value.Placement.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var answer = Handle(await end.RunAsync(id, Input, ct), _ => RedirectToPage("Details", new { id }), "Forløbet er afsluttet.");
        if (answer is not null)
        {
            return answer;
        }

        if (await getPlacement.RunAsync(id, ct) is not Result<GetPlacement.Output>.Ok found)
        {
            return NotFound();
        }

        Show(found.Value);
        if (ConflictMessage is not null)
        {
            ModelState.Remove("Input.Version");
            Input = Input with { Version = found.Value.Placement.Version };
        }

        return Page();
    }

    private void Show(GetPlacement.Output placement)
    {
        Id = placement.Placement.Id;
        CompanyName = placement.CompanyName;
    }
}
