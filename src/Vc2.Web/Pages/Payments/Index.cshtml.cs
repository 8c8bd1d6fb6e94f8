using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Vc2.Money.Payments;
using Vc2.Platform.Users;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Payments;

[Authorize(Policy = Policies.Grants)]
public sealed class IndexModel(ListPayments list, RequestPayment request, CurrentUser user) : ResultPage
{
    [BindProperty]
    public RequestPayment.Input Input { get; set; } = new();

    public IReadOnlyList<ListPayments.Row> Rows { get; private set; } = [];

    public bool IsProjectLeader => user.HasRole(Role.ProjectLeader);

    public bool IsAgency => user.HasRole(Role.Agency);

    public IEnumerable<SelectListItem> Kinds { get; } =
        Enum.GetValues<PaymentKind>().Select(k => new SelectListItem(PaymentNames.Danish(k), k.ToString()));

    public async Task OnGetAsync(CancellationToken ct) => Rows = await list.RunAsync(ct);

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

        Rows = await list.RunAsync(ct);
        return Page();
    }
}
