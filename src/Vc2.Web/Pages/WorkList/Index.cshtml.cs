using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.Platform.Users;
using Vc2.Web.Auth;
using Vc2.CaseWork.WorkList;

namespace Vc2.Web.Pages.WorkList;

/// <summary>The work list: the citizens with what needs doing, grouped by what to do with a count each; a group can be
/// chosen (<c>?hvad=</c>), and the list sorted by the actions' dates (<c>?sorter=dato</c>, the earliest first) or by
/// how much each citizen needs (the default).</summary>
[Authorize(Policy = Policies.CitizenData)]
public sealed class IndexModel(MyCitizens myCitizens, UndeliveredMessages undelivered, CurrentUser user) : PageModel
{
    /// <summary>The rows shown: with a group chosen, only its actions, and only citizens who have one.</summary>
    public IReadOnlyList<MyCitizens.Row> Rows { get; private set; } = [];

    public int CitizenCount { get; private set; }

    public int NeedingAction { get; private set; }

    /// <summary>Each group with the number of citizens it has actions for, in the groups' order.</summary>
    public IReadOnlyList<(MyCitizens.Group Group, int Count)> Groups { get; private set; } = [];

    public bool All { get; private set; }

    /// <summary>Links that could not be sent to the list's citizens or their mentors and companies: whom to call.</summary>
    public IReadOnlyList<UndeliveredMessages.Row> Undelivered { get; private set; } = [];

    public MyCitizens.Group? What { get; private set; }

    public bool ByDate { get; private set; }

    public bool CanSeeAll => user.HasRole(Role.ProjectLeader) || user.HasRole(Role.JobConsultant);

    public async Task OnGetAsync([FromQuery(Name = "alle")] bool alle, [FromQuery(Name = "hvad")] string? hvad, [FromQuery(Name = "sorter")] string? sorter,
        CancellationToken ct)
    {
        All = alle && CanSeeAll;
        // An unknown group or sort order is the whole list in its default order, not an error.
        What = Enum.TryParse<MyCitizens.Group>(hvad, ignoreCase: false, out var g) && Enum.IsDefined(g) ? g : null;
        ByDate = sorter == "dato";
        var rows = await myCitizens.RunAsync(All, ct);
        Undelivered = await undelivered.ForWorkListAsync(All, ct);
        CitizenCount = rows.Count;
        NeedingAction = rows.Count(r => r.Actions.Count > 0);
        Groups = MyCitizens.CountByGroup(rows);
        var shown = What is { } what
            ? rows.Select(r => r with { Actions = r.Actions.Where(a => a.Group == what).ToList() }).Where(r => r.Actions.Count > 0)
            : rows;
        Rows = ByDate
            ? shown.OrderBy(r => r.Actions.Count == 0 ? 1 : 0).ThenBy(r => r.Actions.Min(a => a.Date) ?? DateOnly.MaxValue).ToList()
            : shown.ToList();
    }

    /// <summary>The address of this list with one setting changed and the others kept.</summary>
    public string Link(MyCitizens.Group? what = null, bool? byDate = null, bool keepWhat = true)
    {
        var parts = new List<string>();
        if (All)
        {
            parts.Add("alle=true");
        }

        if ((keepWhat ? What : what) is { } w)
        {
            parts.Add($"hvad={w}");
        }

        if (byDate ?? ByDate)
        {
            parts.Add("sorter=dato");
        }

        return "/mine-borgere" + (parts.Count == 0 ? "" : "?" + string.Join("&", parts));
    }
}
