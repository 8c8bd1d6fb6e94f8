using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Vc2.CaseWork.Citizens;
using Vc2.Money.Registers;
using Vc2.Platform.Common;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Citizens;

[Authorize(Policy = Policies.CitizenData)]
public sealed class TargetGroupModel(CheckTargetGroup check) : ResultPage
{
    [BindProperty]
    public CheckTargetGroup.OverrideInput Input { get; set; } = new();

    public Guid CitizenId { get; private set; }

    public string? CitizenName { get; private set; }

    public TargetGroupCheck? Check { get; private set; }

    public IEnumerable<SelectListItem> Choices { get; } = [new("I målgruppen", "true"), new("Ikke i målgruppen", "false")];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        Handle(await check.OverrideAsync(id, Input, ct), _ => RedirectToPage("Details", new { id }), "Målgruppetjekket er tilsidesat.")
        ?? await ShowAsync(id, ct);

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        if (await check.OverrideFormAsync(id, ct) is not Result<CheckTargetGroup.OverrideForm>.Ok form)
        {
            return NotFound();
        }

        CitizenId = form.Value.CitizenId;
        CitizenName = form.Value.CitizenName;
        Check = form.Value.Check;
        if (ConflictMessage is not null || !ModelState.ContainsKey("Input.Version"))
        {
            ModelState.Remove("Input.Version");
            Input = Input with { Version = Check.Version };
        }

        return Page();
    }
}
