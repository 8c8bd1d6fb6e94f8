using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Common;
using Vc2.CaseWork.Placements;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Placements;

[Authorize(Policy = Policies.CitizenData)]
public sealed class StartModel(GetCitizen getCitizen, PlacementChoices choices, StartPlacement start, TimeProvider clock) : ResultPage
{
    [BindProperty]
    public StartPlacement.Input Input { get; set; } = new();

    public Guid CitizenId { get; private set; }

    public string? CitizenName { get; private set; }

    public IReadOnlyList<SelectListItem> CompanyOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ContractOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> MentorOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Input = new StartPlacement.Input { Start = Today.In(clock) };
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var answer = await RunAsync(() => start.RunAsync(id, Input, ct), placementId => RedirectToPage("Details", new { id = placementId }),
            "Forløbet er startet. Skriv arbejdsaftalen som det næste.");
        if (answer is not null)
        {
            return answer;
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await getCitizen.RunAsync(id, ct) is not Result<GetCitizen.Output>.Ok citizen
            || await choices.RunAsync(id, ct) is not Result<IReadOnlyList<PlacementChoices.CompanyChoice>>.Ok options)
        {
            return false;
        }

        CitizenId = id;
        CitizenName = $"{citizen.Value.FirstName} {citizen.Value.LastName}";
        CompanyOptions = options.Value.Select(c => new SelectListItem(c.Name, c.Id.ToString())).ToList();
        ContractOptions = options.Value.SelectMany(c =>
        {
            var group = new SelectListGroup { Name = c.Name };
            return c.Contracts.Select(k => new SelectListItem(
                $"{k.From:dd-MM-yyyy} – {k.To:dd-MM-yyyy}: {k.Occupied} af {k.Places} pladser besat", k.Id.ToString()) { Group = group });
        }).ToList();
        MentorOptions = options.Value.SelectMany(c =>
        {
            var group = new SelectListGroup { Name = c.Name };
            return c.Mentors.Select(m => new SelectListItem(m.Name, m.Id.ToString()) { Group = group });
        }).ToList();
        return true;
    }
}
