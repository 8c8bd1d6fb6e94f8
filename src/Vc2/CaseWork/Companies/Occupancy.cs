namespace Vc2.CaseWork.Companies;

/// <summary>How many places of a contract are taken: now, and at the most on any day of its period.</summary>
public static class Occupancy
{
    public readonly record struct Span(DateOnly Start, DateOnly? End);

    public static int On(IEnumerable<Span> placements, DateOnly day) =>
        placements.Count(p => p.Start <= day && (p.End is null || p.End >= day));

    /// <summary>The most placements running on one day between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public static int Peak(IEnumerable<Span> placements, DateOnly from, DateOnly to)
    {
        var events = new List<(int Day, int Delta)>();
        foreach (var p in placements)
        {
            var start = p.Start < from ? from : p.Start;
            var end = p.End is null || p.End > to ? to : p.End.Value;
            if (start <= end)
            {
                events.Add((start.DayNumber, 1));
                events.Add((end.DayNumber + 1, -1));
            }
        }

        var peak = 0;
        var now = 0;
        foreach (var (_, delta) in events.OrderBy(e => e.Day).ThenBy(e => e.Delta))
        {
            now += delta;
            peak = Math.Max(peak, now);
        }

        return peak;
    }
}
