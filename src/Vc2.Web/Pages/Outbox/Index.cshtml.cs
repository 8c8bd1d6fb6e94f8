using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.Platform.Outbox;
using Vc2.Web.Auth;
using Vc2.Web.Startup;

namespace Vc2.Web.Pages.Outbox;

/// <summary>The job centre's outgoing e-mails and texts and whether the gateway has sent them. The text itself (which
/// may hold a personal link) is shown only in demo mode, where no gateway sends anything.</summary>
[Authorize(Policy = Policies.ProjectLeader)]
public sealed partial class IndexModel(ListOutbox list, DemoMode demo) : PageModel
{
    public IReadOnlyList<ListOutbox.Row> Rows { get; private set; } = [];

    public bool ShowText => demo.Enabled;

    public async Task OnGetAsync(CancellationToken ct) => Rows = await list.RunAsync(ct: ct);

    /// <summary>The path of a personal link in a message, so the demo can open it on whatever host it runs.</summary>
    public static string? LinkPath(string? body) => body is null ? null : LinkPattern().Match(body) is { Success: true } m ? m.Groups[1].Value : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"https?://\S+?(/svar/[A-Za-z0-9_-]{43})")]
    private static partial System.Text.RegularExpressions.Regex LinkPattern();
}
