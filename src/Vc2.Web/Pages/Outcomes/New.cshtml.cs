using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Common;
using Vc2.CaseWork.Outcomes;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Outcomes;

[Authorize(Policy = Policies.CitizenData)]
public sealed class NewModel(GetCitizen getCitizen, RegisterOutcome register) : ResultPage
{
    [BindProperty]
    public RegisterOutcome.Input Input { get; set; } = new();

    public Guid CitizenId { get; private set; }

    public string? CitizenName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var answer = await RunAsync(() => register.RunAsync(id, Input, ct), _ => RedirectToPage("/Citizens/Details", new { id }), "Resultatet er registreret.");
        return answer ?? (await LoadAsync(id, ct) ? Page() : NotFound());
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await getCitizen.RunAsync(id, ct) is not Result<GetCitizen.Output>.Ok found)
        {
            return false;
        }

        CitizenId = id;
        CitizenName = $"{found.Value.FirstName} {found.Value.LastName}";
        return true;
    }
}
