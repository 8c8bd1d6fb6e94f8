using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Vc2.CaseWork.Overviews;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Common;
using Vc2.Money.Registers;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Citizens;

[Authorize(Policy = Policies.CitizenData)]
public sealed class TargetGroupModel(GetCitizenCase getCase, CheckTargetGroup check) : ResultPage
{
    [BindProperty]
    public CheckTargetGroup.OverrideInput Input { get; set; } = new();

    public Guid CitizenId { get; private set; }

    public string? CitizenName { get; private set; }

    public TargetGroupCheck? Check { get; private set; }

    public IEnumerable<SelectListItem> Choices { get; } = [new("I målgruppen", "true"), new("Ikke i målgruppen", "false")];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var answer = Handle(await check.OverrideAsync(Check!.Id, Input, ct), _ => RedirectToPage("Details", new { id }), "Målgruppetjekket er tilsidesat.");
        if (answer is not null)
        {
            return answer;
        }

        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await getCase.RunAsync(id, ct) is not Result<GetCitizenCase.Output>.Ok found || found.Value.TargetGroupCheck is null)
        {
            return false;
        }

        CitizenId = id;
        CitizenName = $"{found.Value.Citizen.FirstName} {found.Value.Citizen.LastName}";
        Check = found.Value.TargetGroupCheck;
        if (!ModelState.ContainsKey("Input.Version"))
        {
            Input = Input with { Version = Check.Version };
        }

        return true;
    }
}
