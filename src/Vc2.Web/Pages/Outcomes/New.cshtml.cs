using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.CaseWork.Outcomes;
using Vc2.Platform.Common;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Outcomes;

[Authorize(Policy = Policies.CitizenData)]
public sealed class NewModel(RegisterOutcome register) : ResultPage
{
    [BindProperty]
    public RegisterOutcome.Input Input { get; set; } = new();

    public Guid CitizenId { get; private set; }

    public string? CitizenName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        await RunAsync(() => register.RunAsync(id, Input, ct), _ => RedirectToPage("/Citizens/Details", new { id }), "Resultatet er registreret.")
        ?? await ShowAsync(id, ct);

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        if (await register.FormAsync(id, ct) is not Result<RegisterOutcome.Form>.Ok form)
        {
            return NotFound();
        }

        CitizenId = form.Value.CitizenId;
        CitizenName = form.Value.CitizenName;
        return Page();
    }
}
