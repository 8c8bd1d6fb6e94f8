using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.CaseWork.Overviews;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Common;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Citizens;

[Authorize(Policy = Policies.CitizenData)]
public sealed class ExitStrategyModel(GetCitizenCase getCase, ReviseExitStrategy revise) : ResultPage
{
    [BindProperty]
    public ReviseExitStrategy.Input Input { get; set; } = new();

    public Guid Id { get; private set; }

    public string? CitizenName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var answer = Handle(await revise.RunAsync(id, Input, ct), _ => RedirectToPage("Details", new { id }), "Udslusningsstrategien er gemt.");
        if (answer is not null)
        {
            return answer;
        }

        return await LoadAsync(id, ct, keepInput: true) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct, bool keepInput = false)
    {
        if (await getCase.RunAsync(id, ct) is not Result<GetCitizenCase.Output>.Ok found)
        {
            return false;
        }

        Id = id;
        CitizenName = $"{found.Value.Citizen.FirstName} {found.Value.Citizen.LastName}";
        if (!keepInput && found.Value.ExitStrategies is [var current, ..])
        {
            Input = new ReviseExitStrategy.Input { Target = current.Target, Steps = current.Steps };
        }

        return true;
    }
}
