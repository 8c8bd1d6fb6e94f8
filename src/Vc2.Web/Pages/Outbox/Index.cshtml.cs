using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.Platform.Outbox;
using Vc2.Web.Auth;
using Vc2.Web.Startup;

namespace Vc2.Web.Pages.Outbox;

/// <summary>The job centre's outgoing e-mails and texts and whether VC2 has sent them (ADR 0027). The text (with any
/// personal link masked) is shown only in demo mode.</summary>
[Authorize(Policy = Policies.ProjectLeader)]
public sealed class IndexModel(ListOutbox list, DemoMode demo, IEnumerable<IMessageChannel> channels) : PageModel
{
    public IReadOnlyList<ListOutbox.Row> Rows { get; private set; } = [];

    public bool ShowText => demo.Enabled;

    public bool SendsEmail => channels.Any(c => c.Channel == OutboxChannel.Email);

    public bool SendsSms => channels.Any(c => c.Channel == OutboxChannel.Sms);

    /// <summary>Where a message is, in words.</summary>
    public static string StatusText(ListOutbox.Row m) => m.Status switch
    {
        OutboxStatus.Sent => $"Sendt {Vc2.Web.Pages.Format.Time(m.SentAtUtc!.Value)}" + (m.Receipt is null ? "" : $" (svar: {m.Receipt})"),
        OutboxStatus.Sending => "Sendes nu",
        OutboxStatus.Failed => $"Kunne ikke sendes ({m.Attempts} forsøg): {m.LastError}",
        _ when m.LastError is not null => $"Venter på nyt forsøg{(m.NextAttemptAtUtc is { } next ? " " + Vc2.Web.Pages.Format.Time(next) : "")} efter {m.Attempts} forsøg: {m.LastError}",
        _ => "Venter",
    };

    public async Task OnGetAsync(CancellationToken ct) => Rows = await list.RunAsync(ct: ct);

}
