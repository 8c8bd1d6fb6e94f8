using Vc2.Rules.Engine;
using Vc2.Rules.Model;

namespace Vc2.Rules.Rules;

[Rule("R3", "Når en borger er i aktivt forløb på en virksomhed i minimum tre måneder. A course qualifies when its number "
    + "of placement days (interruption days not counted) is at least the number of days in the three calendar months that "
    + "begin on the course's first day.")]
public static class R3_ThreeMonths
{
    /// <summary>Days in the <paramref name="months"/> calendar months from <paramref name="first"/>: 1 Feb 2014 → 89.</summary>
    public static int RequiredDays(DateOnly first, int months) => first.AddMonths(months).DayNumber - first.DayNumber;

    public static bool Evaluate(DateOnly first, DateOnly last, int placementDays, int requiredDays, int months, List<TraceLine> trace)
    {
        var qualifies = placementDays >= requiredDays;
        trace.Add(new("R3", $"Forløb {Danish.Date(first)} – {Danish.Date(last)}: {placementDays} forløbsdage "
                  + $"{(qualifies ? "≥" : "<")} {requiredDays} dage ({months} måneder fra {Danish.Date(first)}): "
                  + (qualifies ? "kravet er opfyldt." : "kravet er ikke opfyldt."),
            [TraceInput.Of("first", first), TraceInput.Of("last", last), TraceInput.Of("placementDays", placementDays), TraceInput.Of("requiredDays", requiredDays),
             TraceInput.Of("months", months)]));
        return qualifies;
    }
}
