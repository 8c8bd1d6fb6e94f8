using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.CaseWork.Agreements;
using Vc2.Platform.Common;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Agreements;

/// <summary>Writes the first or a new version of a placement's work agreement, filled in from the latest version (or the
/// citizen's long-term job goal) so that a change is an edit, not a retyping.</summary>
[Authorize(Policy = Policies.CitizenData)]
public sealed class NewModel(SaveAgreement save) : ResultPage
{
    [BindProperty]
    public SaveAgreement.Input Input { get; set; } = new();

    public Guid PlacementId { get; private set; }

    public string? CitizenName { get; private set; }

    public string? CompanyName { get; private set; }

    public int Number { get; private set; }

    /// <summary>The agency's template the form is written on.</summary>
    public AgreementTemplate? Template { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, fill: true, ct);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        Handle(await save.RunAsync(id, Input, ct), ok =>
        {
            TempData["Saved"] = ok.NotifiedTo.Count == 0
                ? "Arbejdsaftalen er gemt. Ingen af parterne har e-mail eller telefon i VC2: de accepterer logget ind, eller du registrerer deres underskrift på papir."
                : $"Arbejdsaftalen er gemt. Et personligt link til at læse og acceptere den sendes til {string.Join(", ", ok.NotifiedTo)}.";
            return Redirect($"/aftaler/{ok.Id}");
        }) ?? await ShowAsync(id, fill: false, ct);

    private async Task<IActionResult> ShowAsync(Guid id, bool fill, CancellationToken ct)
    {
        if (await save.FormAsync(id, ct) is not Result<SaveAgreement.Form>.Ok form)
        {
            return NotFound();
        }

        PlacementId = form.Value.PlacementId;
        CitizenName = form.Value.CitizenName;
        CompanyName = form.Value.CompanyName;
        Number = form.Value.Number;
        Template = form.Value.Template;
        if (fill)
        {
            Input = form.Value.Filled;
        }

        return Page();
    }
}
