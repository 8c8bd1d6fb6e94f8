using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.Platform.Outbox;
using Vc2.Web.Auth;
using Vc2.Web.Startup;

namespace Vc2.Web.Pages.Outbox;

/// <summary>The job centre's outgoing e-mails and texts and whether the gateway has sent them. The text (with any
/// personal link masked) is shown only in demo mode, where no gateway sends anything.</summary>
[Authorize(Policy = Policies.ProjectLeader)]
public sealed class IndexModel(ListOutbox list, DemoMode demo) : PageModel
{
    public IReadOnlyList<ListOutbox.Row> Rows { get; private set; } = [];

    public bool ShowText => demo.Enabled;

    public async Task OnGetAsync(CancellationToken ct) => Rows = await list.RunAsync(ct: ct);

}
