using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.CaseWork.Placements;
using Vc2.Platform.Common;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Placements;

[Authorize(Policy = Policies.CitizenData)]
public sealed class EndModel(EndPlacement end, TimeProvider clock) : ResultPage
{
    [BindProperty]
    public EndPlacement.Input Input { get; set; } = new();

    public Guid Id { get; private set; }

    public string? CompanyName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var page = await ShowAsync(id, ct);
        Input = new EndPlacement.Input { ActualEnd = Today.In(clock), Version = Version };
        return page;
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var answer = Handle(await end.RunAsync(id, Input, ct), _ => RedirectToPage("Details", new { id }), "Forløbet er afsluttet.");
        if (answer is not null)
        {
            return answer;
        }

        var page = await ShowAsync(id, ct);
        if (ConflictMessage is not null)
        {
            ModelState.Remove("Input.Version");
            Input = Input with { Version = Version };
        }

        return page;
    }

    private int Version { get; set; }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        if (await end.FormAsync(id, ct) is not Result<EndPlacement.Form>.Ok form)
        {
            return NotFound();
        }

        Id = form.Value.PlacementId;
        CompanyName = form.Value.CompanyName;
        Version = form.Value.Version;
        return Page();
    }
}
