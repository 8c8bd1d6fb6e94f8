using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.CaseWork.Parties;
using Vc2.Platform.Common;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Parties;

/// <summary>A work agreement as the citizen, the mentor or the company contact reads and accepts it (ADR 0023).</summary>
[Authorize(Policy = Policies.Party)]
public sealed class AgreementModel(PartyAgreement agreement) : ResultPage
{
    [BindProperty]
    public PartyAgreement.Input Input { get; set; } = new();

    public PartyAgreement.Output? Data { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await agreement.ReadAsync(id, ct) is not Result<PartyAgreement.Output>.Ok found)
        {
            return NotFound();
        }

        Data = found.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await RunAsync(() => agreement.AcceptAsync(id, Input, ct), _ => Redirect($"/aftale/{id}"), "Tak. Din accept af arbejdsaftalen er gemt.") is { } done)
        {
            return done;
        }

        return await OnGetAsync(id, ct);
    }
}
