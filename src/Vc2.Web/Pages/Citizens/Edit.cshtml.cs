using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Common;
using Vc2.Platform.Users;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Citizens;

/// <summary>Edits a citizen with optimistic concurrency: a save that meets another user's newer save is shown with the
/// data now stored, and the user's own input is kept in the form.</summary>
[Authorize(Policy = Policies.CitizenData)]
public sealed class EditModel(GetCitizen getCitizen, UpdateCitizen update, StaffDirectory staff) : CitizenFormModel<UpdateCitizen.Input>(staff)
{
    public Guid Id { get; private set; }

    public string? CitizenName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await getCitizen.RunAsync(id, ct) is not Result<GetCitizen.Output>.Ok found)
        {
            return NotFound();
        }

        var c = found.Value;
        Show(c);
        Input = new UpdateCitizen.Input
        {
            FirstName = c.FirstName, LastName = c.LastName, Phone = c.Phone, Email = c.Email, Address = c.Address,
            TargetGroup = c.TargetGroup, EnrolmentDate = c.EnrolmentDate, CoordinatingCaseworkerId = c.CoordinatingCaseworkerId,
            PersonalMentorName = c.PersonalMentorName, PersonalMentorContact = c.PersonalMentorContact, LongTermJobGoal = c.LongTermJobGoal,
            Version = c.Version,
        };
        await LoadOptionsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var answer = Handle(await update.RunAsync(id, Input, ct), _ => RedirectToPage("Details", new { id }), "Borgerens oplysninger er gemt.");
        if (answer is not null)
        {
            return answer;
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

        await LoadOptionsAsync(ct);
        return Page();
    }

    private void Show(GetCitizen.Output citizen)
    {
        Id = citizen.Id;
        CitizenName = $"{citizen.FirstName} {citizen.LastName}";
    }
}
