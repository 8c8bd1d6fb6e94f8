using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Common;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Citizens;

[Authorize(Policy = Policies.CitizenData)]
public sealed class ExitStrategyModel(ReviseExitStrategy revise) : ResultPage
{
    [BindProperty]
    public ReviseExitStrategy.Input Input { get; set; } = new();

    public Guid Id { get; private set; }

    public string? CitizenName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, fill: true, ct);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        Handle(await revise.RunAsync(id, Input, ct), _ => RedirectToPage("Details", new { id }), "Udslusningsstrategien er gemt.")
        ?? await ShowAsync(id, fill: false, ct);

    private async Task<IActionResult> ShowAsync(Guid id, bool fill, CancellationToken ct)
    {
        if (await revise.FormAsync(id, ct) is not Result<ReviseExitStrategy.Form>.Ok form)
        {
            return NotFound();
        }

        Id = form.Value.CitizenId;
        CitizenName = form.Value.CitizenName;
        if (fill)
        {
            Input = form.Value.Current;
        }

        return Page();
    }
}
