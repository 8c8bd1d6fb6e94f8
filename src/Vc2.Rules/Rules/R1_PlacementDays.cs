using Vc2.Rules.Engine;
using Vc2.Rules.Model;

namespace Vc2.Rules.Rules;

/// <summary>A run of consecutive placement days, both ends included.</summary>
public readonly record struct DaySpan(DateOnly First, DateOnly Last)
{
    public int Days => Last.DayNumber - First.DayNumber + 1;
}

[Rule("R1", "Every calendar day from a company placement's start to its end, both inclusive, is a placement day. "
    + "A placement without an end runs through the as-of date. Days after the as-of date are unknown and never count. "
    + "A day covered by two placements counts once.")]
public static class R1_PlacementDays
{
    /// <summary>The citizen's placement days as sorted, non-overlapping spans (overlapping or touching placements merge).</summary>
    public static List<DaySpan> Evaluate(IReadOnlyList<Placement> placements, DateOnly asOf, List<TraceLine> trace)
    {
        var spans = new List<DaySpan>(placements.Count);
        foreach (var p in placements.OrderBy(p => p.Start).ThenBy(p => p.End ?? DateOnly.MaxValue))
        {
            var last = p.End is { } end && end < asOf ? end : asOf;
            if (p.Start > asOf)
            {
                trace.Add(new("R1", $"Forløbet fra {Danish.Date(p.Start)} begynder efter opgørelsesdatoen {Danish.Date(asOf)} og tæller ikke endnu.", [TraceInput.Of("start", p.Start), TraceInput.Of("asOf", asOf)]));
                continue;
            }

            if (p.End is null || p.End > asOf)
            {
                trace.Add(new("R1", $"Forløbet fra {Danish.Date(p.Start)} regnes til og med opgørelsesdatoen {Danish.Date(asOf)}.", [TraceInput.Of("start", p.Start), TraceInput.Of("asOf", asOf)]));
            }

            spans.Add(new DaySpan(p.Start, last));
        }

        spans.Sort((a, b) => a.First.CompareTo(b.First));
        var merged = new List<DaySpan>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.First.DayNumber <= merged[^1].Last.DayNumber + 1)
            {
                var previous = merged[^1];
                if (span.First <= previous.Last)
                {
                    var overlapEnd = span.Last < previous.Last ? span.Last : previous.Last;
                    trace.Add(new("R1", $"Dagene {Danish.Date(span.First)} – {Danish.Date(overlapEnd)} er dækket af to forløb og tælles én gang.",
                        [TraceInput.Of("from", span.First), TraceInput.Of("to", overlapEnd)]));
                }

                merged[^1] = new DaySpan(previous.First, span.Last > previous.Last ? span.Last : previous.Last);
            }
            else
            {
                merged.Add(span);
            }
        }

        foreach (var span in merged)
        {
            trace.Add(new("R1", $"Forløbsdage {Danish.Date(span.First)} – {Danish.Date(span.Last)}: {span.Days} dage.",
                [TraceInput.Of("first", span.First), TraceInput.Of("last", span.Last), TraceInput.Of("days", span.Days)]));
        }

        return merged;
    }
}
