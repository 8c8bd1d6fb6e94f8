using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.Money.Payments;
using Vc2.Platform.Common;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Payments;

/// <summary>The agency decides a payment request, seeing what was asked for beside what the job centre is entitled to
/// and has been paid. Approving above the entitlement needs an override with a reason.</summary>
[Authorize(Policy = Policies.Agency)]
public sealed class DecideModel(ListPayments list, DecidePayment decide, Entitlement entitlement) : ResultPage
{
    [BindProperty]
    public DecidePayment.Input Decision { get; set; } = new();

    public ListPayments.Row Row { get; private set; } = null!;

    public Entitlement.Output? Entitled { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var result = await decide.RunAsync(id, Decision, ct);
        if (result is Result<int>.Invalid invalid)
        {
            ModelState.Clear();
            PageErrors.Copy(ModelState, invalid.Errors, "Decision");
            return await ShowAsync(id, ct) ? Page() : NotFound();
        }

        return Handle(result, _ => Redirect("/udbetalinger"), "Anmodningen er behandlet.") ?? (await ShowAsync(id, ct) ? Page() : NotFound());
    }

    private async Task<bool> ShowAsync(Guid id, CancellationToken ct)
    {
        if (await list.OneAsync(id, ct) is not { } row)
        {
            return false;
        }

        Row = row;
        Entitled = await entitlement.RunAsync(row.Request.JobCentreId, except: row.Request.Id, ct: ct) is Result<Entitlement.Output>.Ok ok ? ok.Value : null;
        return true;
    }
}
