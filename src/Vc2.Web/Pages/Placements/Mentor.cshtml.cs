using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Vc2.CaseWork.Overviews;
using Vc2.Platform.Common;
using Vc2.CaseWork.Placements;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Placements;

[Authorize(Policy = Policies.CitizenData)]
public sealed class MentorModel(GetPlacement getPlacement, ChangeMentor change, TimeProvider clock) : ResultPage
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
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var answer = Handle(await change.RunAsync(id, Input, ct), _ => RedirectToPage("Details", new { id }), "Mentorskiftet er registreret.");
        return answer ?? (await LoadAsync(id, ct) ? Page() : NotFound());
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await getPlacement.RunAsync(id, ct) is not Result<GetPlacement.Output>.Ok found)
        {
            return false;
        }

        Id = id;
        CompanyId = found.Value.Placement.CompanyId;
        CompanyName = found.Value.CompanyName;
        MentorOptions = found.Value.CompanyMentors.Select(m => new SelectListItem(m.Name, m.Id.ToString())).ToList();
        return true;
    }
}
