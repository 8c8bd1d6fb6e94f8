using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Vc2.Money.Payments;
using Vc2.Platform.Common;
using Vc2.Platform.Users;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Payments;

/// <summary>Payment requests. The project leader sees what the job centre may ask for now (entitlement), asks with the
/// amount filled in, and may withdraw a request the agency has not decided; the agency opens each request to decide it.</summary>
[Authorize(Policy = Policies.Grants)]
public sealed class IndexModel(ListPayments list, RequestPayment request, WithdrawPayment withdraw, Entitlement entitlement, CurrentUser user) : ResultPage
{
    [BindProperty]
    public RequestPayment.Input Input { get; set; } = new();

    public IReadOnlyList<ListPayments.Row> Rows { get; private set; } = [];

    public Entitlement.Output? Entitled { get; private set; }

    public bool IsProjectLeader => user.HasRole(Role.ProjectLeader);

    public bool IsAgency => user.HasRole(Role.Agency);

    public IEnumerable<SelectListItem> Kinds { get; } =
        new[] { PaymentKind.FixedGrant, PaymentKind.Aconto, PaymentKind.Final }.Select(k => new SelectListItem(PaymentNames.Danish(k), k.ToString()));

    /// <param name="art">A kind chosen from the entitlement table: the form is filled in with it and its amount.</param>
    public async Task OnGetAsync([FromQuery] PaymentKind? art, CancellationToken ct)
    {
        await ShowAsync(ct);
        if (art is { } kind && Entitled is { } e && e.Entitled.TryGetValue(kind, out var amount))
        {
            Input = new RequestPayment.Input { Kind = kind, Amount = amount > 0 ? amount : null };
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!IsProjectLeader)
        {
            return Forbid();
        }

        var answer = await RunAsync(() => request.RunAsync(Input, ct), _ => RedirectToPage(), "Anmodningen er sendt til styrelsen.");
        if (answer is not null)
        {
            return answer;
        }

        await ShowAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, int version, CancellationToken ct)
    {
        var answer = Handle(await withdraw.RunAsync(id, version, ct), _ => RedirectToPage(), "Anmodningen er trukket tilbage.");
        if (answer is not null)
        {
            return answer;
        }

        await ShowAsync(ct);
        return Page();
    }

    private async Task ShowAsync(CancellationToken ct)
    {
        Rows = await list.RunAsync(ct);
        if (RequestPayment.LedJobCentre(user, null) is { } centre && await entitlement.RunAsync(centre, ct: ct) is Result<Entitlement.Output>.Ok ok)
        {
            Entitled = ok.Value;
        }
    }
}
