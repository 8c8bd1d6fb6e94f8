using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Vc2.CaseWork.Placements;
using Vc2.Platform.Common;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Placements;

/// <summary>
/// Starts a placement. Choosing the company narrows the contracts and mentors to that company's: with JavaScript at
/// once (<c>placement-start.js</c> reads the choices from the page), without it in two steps — the button "Vis
/// virksomhedens rammeaftaler og mentorer" posts the form back to itself and shows them, keeping what was typed.
/// A contract is labelled by its period, places and the places free on the chosen start date.
/// </summary>
[Authorize(Policy = Policies.CitizenData)]
public sealed class StartModel(StartPlacement start, TimeProvider clock) : ResultPage
{
    [BindProperty]
    public StartPlacement.Input Input { get; set; } = new();

    public Guid CitizenId { get; private set; }

    public string? CitizenName { get; private set; }

    public IReadOnlyList<SelectListItem> CompanyOptions { get; private set; } = [];

    /// <summary>The chosen company's contracts (none before a company is chosen).</summary>
    public IReadOnlyList<SelectListItem> ContractOptions { get; private set; } = [];

    /// <summary>The chosen company's mentors (none before a company is chosen).</summary>
    public IReadOnlyList<SelectListItem> MentorOptions { get; private set; } = [];

    /// <summary>Every company's contracts and mentors, for the script that narrows the lists in the browser.</summary>
    public string ChoicesJson { get; private set; } = "{}";

    /// <summary>The day the contracts' free places are counted on.</summary>
    public DateOnly On { get; private set; }

    public bool CompanyChosen => Input.CompanyId is { } id && CompanyOptions.Any(c => c.Value == id.ToString());

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Input = new StartPlacement.Input { Start = Today.In(clock) };
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        await RunAsync(() => start.RunAsync(id, Input, ct), placementId => RedirectToPage("Details", new { id = placementId }),
            "Forløbet er startet. Skriv arbejdsaftalen som det næste.") ?? await ShowAsync(id, ct);

    /// <summary>The first step without JavaScript: show the chosen company's contracts and mentors; nothing is saved and
    /// nothing is reported missing yet.</summary>
    public async Task<IActionResult> OnPostChooseAsync(Guid id, CancellationToken ct)
    {
        var unreadableStart = ModelState.TryGetValue("Input.Start", out var s) && s.Errors.Count > 0;
        ModelState.Clear();
        if (unreadableStart)
        {
            ModelState.AddModelError("Input.Start", "Startdatoen kan ikke læses. Skriv den som dd-mm-åååå.");
        }

        return await ShowAsync(id, ct);
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        if (await start.FormAsync(id, Input.Start, ct) is not Result<StartPlacement.Form>.Ok form)
        {
            return NotFound();
        }

        CitizenId = form.Value.CitizenId;
        CitizenName = form.Value.CitizenName;
        On = form.Value.On;
        var companies = form.Value.Companies;
        CompanyOptions = companies.Select(c => new SelectListItem(c.Name, c.Id.ToString())).ToList();
        var chosen = companies.FirstOrDefault(c => c.Id == Input.CompanyId);
        ContractOptions = chosen?.Contracts.Select(k => new SelectListItem(ContractLabel(chosen.Name, k, On), k.Id.ToString())).ToList() ?? [];
        MentorOptions = chosen?.Mentors.Select(m => new SelectListItem(m.Name, m.Id.ToString())).ToList() ?? [];
        ChoicesJson = JsonSerializer.Serialize(companies.ToDictionary(
            c => c.Id.ToString(),
            c => new
            {
                contracts = c.Contracts.Select(k => new { id = k.Id.ToString(), label = ContractLabel(c.Name, k, On) }),
                mentors = c.Mentors.Select(m => new { id = m.Id.ToString(), label = m.Name }),
            }));
        return Page();
    }

    /// <summary>"Bageriet Ågade: 01-01-2015 til 31-12-2015, 3 pladser, 1 ledig 15-06-2015".</summary>
    private static string ContractLabel(string company, StartPlacement.ContractChoice k, DateOnly on)
    {
        var day = on > k.From ? on : k.From;
        return $"{company}: {Format.ShortDate(k.From)} til {Format.ShortDate(k.To)}, {k.Places} {(k.Places == 1 ? "plads" : "pladser")}, "
               + $"{k.Free} {(k.Free == 1 ? "ledig" : "ledige")} {Format.ShortDate(day)}";
    }
}
