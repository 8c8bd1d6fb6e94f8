using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.CaseWork.Parties;
using Vc2.Platform.Common;
using Vc2.Steering.MentorNetwork;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Parties;

/// <summary>The company mentor's VC2 (ADR 0023): my citizens now and before, the agreements, follow-ups, the job centre's
/// fixed contact, and the coming courses and network meetings to answer.</summary>
[Authorize(Policy = Policies.Mentor)]
public sealed class MentorModel(MentorOverview overview, MentorInvitations invitations, AnswerInvitation answer) : ResultPage
{
    public MentorOverview.Output? Data { get; private set; }

    public IReadOnlyList<MentorInvitations.Event> Events { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // Without a mentor record of their own the page says who can register them, instead of a bare 404 (ADR 0028).
        if (await overview.RunAsync(ct) is Result<MentorOverview.Output>.Ok found)
        {
            Data = found.Value;
            Events = await invitations.RunAsync(ct);
        }

        return Page();
    }

    /// <summary>Comes or cannot come to a course or meeting.</summary>
    public async Task<IActionResult> OnPostAnswerAsync(MentorEventKind kind, Guid eventId, bool comes, CancellationToken ct)
    {
        if (Handle(await answer.RunAsync(kind, eventId, comes, ct), c => Redirect("/mentor#arrangementer"),
                comes ? "Tak. Dit svar er gemt: du kommer." : "Tak. Dit svar er gemt: du kan ikke komme.") is { } done)
        {
            return done;
        }

        return await OnGetAsync(ct);
    }
}
