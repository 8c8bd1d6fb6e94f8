using Microsoft.AspNetCore.Mvc.Rendering;
using Vc2.Steering.Overview;
using Vc2.Platform.Users;

namespace Vc2.Web.Pages;

/// <summary>Which job centre a steering page shows: the project leader's own, or — for the agency and evaluators — the
/// one picked in the list (all job centres). A project leader who names a job centre they do not lead gets that one,
/// which the use case refuses (the page answers 404) — never silently their own: a write meant for another job centre must not land in theirs.</summary>
public static class JobCentreChoice
{
    public static async Task<(Guid? Selected, List<SelectListItem> Choices)> ResolveAsync(CurrentUser user, NationalOverview overview, Guid? asked, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(overview);
        if (user.IsNational)
        {
            var rows = await overview.NamesAsync(ct);
            return (asked, rows.Select(r => new SelectListItem(r.Name, r.Id.ToString(), r.Id == asked)).ToList());
        }

        var own = user.Memberships.Where(m => m.Role == Role.ProjectLeader && m.JobCentreId is not null).Select(m => m.JobCentreId!.Value).Distinct().ToList();
        // A job centre named in the address is passed on as it is: the use case refuses one the user may not see (404).
        return (asked ?? (own.Count > 0 ? own[0] : null), []);
    }
}
