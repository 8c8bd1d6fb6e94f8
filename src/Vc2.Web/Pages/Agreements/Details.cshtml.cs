using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.CaseWork.Agreements;
using Vc2.Platform.Common;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Agreements;

/// <summary>A version of a work agreement: read, print (A4 print style) and record acceptances.</summary>
[Authorize(Policy = Policies.CitizenData)]
public sealed class DetailsModel(GetAgreement getAgreement, AcceptAgreement accept) : ResultPage
{
    [BindProperty]
    public AcceptAgreement.Input Input { get; set; } = new();

    public GetAgreement.Output? Data { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var answer = Handle(await accept.RunAsync(id, Input, ct), _ => RedirectToPage("Details", new { id }), "Accepten er registreret.");
        if (answer is not null)
        {
            return answer;
        }

        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        ModelState.Remove("Input.Version");
        Input = Input with { Version = Data!.Agreement.Version };
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await getAgreement.RunAsync(id, ct) is not Result<GetAgreement.Output>.Ok found)
        {
            return false;
        }

        Data = found.Value;
        Input = Input with { Version = found.Value.Agreement.Version };
        return true;
    }
}
