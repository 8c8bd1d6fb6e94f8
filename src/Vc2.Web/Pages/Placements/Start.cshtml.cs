using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Vc2.CaseWork.Placements;
using Vc2.Platform.Common;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Placements;

[Authorize(Policy = Policies.CitizenData)]
public sealed class StartModel(StartPlacement start, TimeProvider clock) : ResultPage
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
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        await RunAsync(() => start.RunAsync(id, Input, ct), placementId => RedirectToPage("Details", new { id = placementId }),
            "Forløbet er startet. Skriv arbejdsaftalen som det næste.") ?? await ShowAsync(id, ct);

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        if (await start.FormAsync(id, ct) is not Result<StartPlacement.Form>.Ok form)
        {
            return NotFound();
        }

        CitizenId = form.Value.CitizenId;
        CitizenName = form.Value.CitizenName;
        var companies = form.Value.Companies;
        CompanyOptions = companies.Select(c => new SelectListItem(c.Name, c.Id.ToString())).ToList();
        ContractOptions = companies.SelectMany(c =>
        {
            var group = new SelectListGroup { Name = c.Name };
            return c.Contracts.Select(k => new SelectListItem(
                $"{k.From:dd-MM-yyyy} – {k.To:dd-MM-yyyy}: {k.Occupied} af {k.Places} pladser besat", k.Id.ToString()) { Group = group });
        }).ToList();
        MentorOptions = companies.SelectMany(c =>
        {
            var group = new SelectListGroup { Name = c.Name };
            return c.Mentors.Select(m => new SelectListItem(m.Name, m.Id.ToString()) { Group = group });
        }).ToList();
        return Page();
    }
}
