using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Common;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Citizens;

/// <summary>Edits a citizen with optimistic concurrency: a save that meets another user's newer save is shown with the
/// data now stored, and the user's own input is kept in the form.</summary>
[Authorize(Policy = Policies.CitizenData)]
public sealed class EditModel(UpdateCitizen update) : CitizenFormModel<UpdateCitizen.Input>
{
    public Guid Id { get; private set; }

    public string? CitizenName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await ShowAsync(id, ct) is not { } stored)
        {
            return NotFound();
        }

        Input = stored;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var answer = Handle(await update.RunAsync(id, Input, ct), _ => RedirectToPage("Details", new { id }), "Borgerens oplysninger er gemt.");
        if (answer is not null)
        {
            return answer;
        }

        if (await ShowAsync(id, ct) is not { } current)
        {
            return NotFound();
        }

        if (ConflictMessage is not null)
        {
            // Keep what the user typed, but let the next save be against the version now stored.
            ModelState.Remove("Input.Version");
            Input = Input with { Version = current.Version };
            ConflictMessage += $" Gemt nu: telefon {current.Phone ?? "–"}, e-mail {current.Email ?? "–"}, adresse {current.Address ?? "–"}.";
        }

        return Page();
    }

    /// <summary>Shows the form's frame and answers the fields as stored; null when the citizen is not the user's to see.</summary>
    private async Task<UpdateCitizen.Input?> ShowAsync(Guid id, CancellationToken ct)
    {
        if (await update.FormAsync(id, ct) is not Result<UpdateCitizen.Form>.Ok form)
        {
            return null;
        }

        Id = form.Value.Id;
        CitizenName = form.Value.CitizenName;
        ShowCaseworkers(form.Value.Caseworkers);
        return form.Value.Stored;
    }
}
