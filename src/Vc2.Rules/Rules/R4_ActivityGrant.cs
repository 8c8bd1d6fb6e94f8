using Vc2.Rules.Engine;
using Vc2.Rules.Model;

namespace Vc2.Rules.Rules;

[Rule("R4", "udløses et tilskud på 1.500 kr. pr. måned borgeren er i virksomhedsforløb. For every placement day of a "
    + "qualifying course that lies inside the project period, the grant is 1,500 / (days in that calendar month); per "
    + "citizen and calendar month amount = round(1500 × days / daysInMonth, 2), midpoint away from zero.")]
public static class R4_ActivityGrant
{
    /// <summary>The monthly amounts for the placement days of the qualifying courses inside the project period.</summary>
    public static List<MonthAmount> Evaluate(IEnumerable<DaySpan> qualifyingDays, DateOnly projectStart, DateOnly projectEnd,
        Func<DateOnly, decimal> perMonth, List<TraceLine> trace)
    {
        var days = new SortedDictionary<int, int>();
        var outside = 0;
        foreach (var span in qualifyingDays)
        {
            var first = span.First < projectStart ? projectStart : span.First;
            var last = span.Last > projectEnd ? projectEnd : span.Last;
            outside += span.Days - Math.Max(0, last.DayNumber - first.DayNumber + 1);
            for (var day = first; day <= last;)
            {
                var monthEnd = new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month));
                var until = monthEnd < last ? monthEnd : last;
                var key = (day.Year * 12) + day.Month - 1;
                days[key] = days.GetValueOrDefault(key) + (until.DayNumber - day.DayNumber + 1);
                day = until.AddDays(1);
            }
        }

        if (outside > 0)
        {
            trace.Add(new("R4", $"{outside} forløbsdage ligger uden for projektperioden {Danish.Date(projectStart)} – {Danish.Date(projectEnd)} og udløser ikke tilskud.",
                [TraceInput.Of("daysOutside", outside), TraceInput.Of("projectStart", projectStart), TraceInput.Of("projectEnd", projectEnd)]));
        }

        var months = new List<MonthAmount>(days.Count);
        foreach (var (key, count) in days)
        {
            var year = key / 12;
            var month = (key % 12) + 1;
            var inMonth = DateTime.DaysInMonth(year, month);
            var rate = perMonth(new DateOnly(year, month, 1));
            var amount = Math.Round(rate * count / inMonth, 2, MidpointRounding.AwayFromZero);
            var name = $"{year:D4}-{month:D2}";
            trace.Add(new("R4", $"{Danish.Month(year, month)}: {count} af {inMonth} dage × {Danish.Kroner(rate)} = {Danish.Kroner(amount)}",
                [TraceInput.Month("month", year, month), TraceInput.Of("days", count), TraceInput.Of("daysInMonth", inMonth), TraceInput.Of("perMonth", rate), TraceInput.Of("amount", amount)]));
            months.Add(new MonthAmount(name, count, amount));
        }

        return months;
    }
}
