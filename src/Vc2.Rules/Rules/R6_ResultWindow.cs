using Vc2.Rules.Engine;
using Vc2.Rules.Model;

namespace Vc2.Rules.Rules;

[Rule("R6", "An outcome is 13 consecutive ISO weeks W1…W13 where (a) W1 is not earlier than the ISO week of the citizen's "
    + "first placement day and (b) the Monday of W1 is on or before the last day of the project period. Weeks after the "
    + "period may complete the window. Også uger, der ligger efter projektperiodens udløb tæller med, såfremt 13 ugers "
    + "perioden er startet inden projektperiodens udløb.")]
public static class R6_ResultWindow
{
    /// <summary>The first and last week a window may begin in.</summary>
    public static (IsoWeek Earliest, IsoWeek Latest) Evaluate(DateOnly firstPlacementDay, DateOnly projectEnd, List<TraceLine> trace)
    {
        var earliest = IsoWeek.Of(firstPlacementDay);
        var latest = IsoWeek.Of(projectEnd); // its Monday is on or before the project's last day
        trace.Add(new("R6", $"Et resultat kan tidligst begynde i {Danish.Week(earliest)} (første forløbsdag {Danish.Date(firstPlacementDay)}) "
                  + $"og senest i {Danish.Week(latest)} (mandag {Danish.Date(latest.Monday)} ligger inden projektperiodens udløb {Danish.Date(projectEnd)}).",
            [TraceInput.Of("earliest", earliest), TraceInput.Of("latest", latest), TraceInput.Of("firstPlacementDay", firstPlacementDay), TraceInput.Of("projectEnd", projectEnd)]));
        return (earliest, latest);
    }
}
