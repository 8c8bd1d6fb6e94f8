using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Vc2.CaseWork.Placements;
using Vc2.Platform.Common;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Placements;

[Authorize(Policy = Policies.CitizenData)]
public sealed class MentorModel(ChangeMentor change, TimeProvider clock) : ResultPage
{
    [BindProperty]
    public ChangeMentor.Input Input { get; set; } = new();

    public Guid Id { get; private set; }

    public Guid CompanyId { get; private set; }

    public string? CompanyName { get; private set; }

    public IReadOnlyList<SelectListItem> MentorOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Input = new ChangeMentor.Input { From = Today.In(clock) };
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        Handle(await change.RunAsync(id, Input, ct), _ => RedirectToPage("Details", new { id }), "Mentorskiftet er registreret.") ?? await ShowAsync(id, ct);

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        if (await change.FormAsync(id, ct) is not Result<ChangeMentor.Form>.Ok form)
        {
            return NotFound();
        }

        Id = form.Value.PlacementId;
        CompanyId = form.Value.CompanyId;
        CompanyName = form.Value.CompanyName;
        MentorOptions = form.Value.Mentors.Select(m => new SelectListItem(m.Name, m.Id.ToString())).ToList();
        return Page();
    }
}
