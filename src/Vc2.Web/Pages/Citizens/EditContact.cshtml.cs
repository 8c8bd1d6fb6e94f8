using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.Citizens;
using Vc2.Common;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Citizens;

/// <summary>Edits a citizen's contact details with optimistic concurrency: a save that meets another user's newer
/// save is shown with the current data, and the user's own input is kept in the form.</summary>
[Authorize(Policy = Policies.CitizenData)]
public sealed class EditContactModel(GetCitizen getCitizen, UpdateCitizenContact update) : PageModel
{
    [BindProperty]
    public UpdateCitizenContact.Input Input { get; set; } = new();

    public Guid Id { get; private set; }

    public string? CitizenName { get; private set; }

    public string? ConflictMessage { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await getCitizen.RunAsync(id, ct) is not Result<GetCitizen.Output>.Ok found)
        {
            return NotFound();
        }

        Show(found.Value);
        Input = new UpdateCitizenContact.Input
        {
            Phone = found.Value.Phone, Email = found.Value.Email, Address = found.Value.Address, Version = found.Value.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var result = await update.RunAsync(id, Input, ct);
        switch (result)
        {
            case Result<UpdateCitizenContact.Output>.Ok:
                TempData["Saved"] = "Kontaktoplysningerne er gemt.";
                return RedirectToPage("Details", new { id });
            case Result<UpdateCitizenContact.Output>.NotFound:
                return NotFound();
            case Result<UpdateCitizenContact.Output>.Invalid invalid:
                PageErrors.Copy(ModelState, invalid.Errors, nameof(Input));
                break;
            case Result<UpdateCitizenContact.Output>.Conflict conflict:
                ConflictMessage = conflict.Message;
                break;
        }

        if (await getCitizen.RunAsync(id, ct) is not Result<GetCitizen.Output>.Ok current)
        {
            return NotFound();
        }

        Show(current.Value);
        if (ConflictMessage is not null)
        {
            // Keep what the user typed, but let the next save be against the version now stored.
            ModelState.Remove("Input.Version");
            Input = Input with { Version = current.Value.Version };
            ConflictMessage += $" Gemt nu: telefon {current.Value.Phone ?? "–"}, e-mail {current.Value.Email ?? "–"}, adresse {current.Value.Address ?? "–"}.";
        }

        return Page();
    }

    private void Show(GetCitizen.Output citizen)
    {
        Id = citizen.Id;
        CitizenName = $"{citizen.FirstName} {citizen.LastName}";
    }
}
