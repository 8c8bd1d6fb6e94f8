using Vc2.Rules.Engine;
using Vc2.Rules.Model;

namespace Vc2.Rules.Rules;

[Rule("R2", "The citizen's placement days form one course (samlet forløb) as long as each interruption — the run of days "
    + "without a placement between two placement days — is at most 28 days. An interruption of 29 days or more ends the "
    + "course; the next placement day starts a new course. The company may change inside a course.")]
public static class R2_CourseChain
{
    /// <summary>Groups the placement spans into courses.</summary>
    public static List<List<DaySpan>> Evaluate(List<DaySpan> spans, int maximumInterruptionDays, List<TraceLine> trace)
    {
        var courses = new List<List<DaySpan>>();
        for (var i = 0; i < spans.Count; i++)
        {
            if (i == 0)
            {
                courses.Add([spans[0]]);
                continue;
            }

            var gap = spans[i].First.DayNumber - spans[i - 1].Last.DayNumber - 1;
            var from = spans[i - 1].Last.AddDays(1);
            var to = spans[i].First.AddDays(-1);
            if (gap <= maximumInterruptionDays)
            {
                trace.Add(new("R2", $"Afbrydelse på {gap} dage ({Danish.Date(from)} – {Danish.Date(to)}) er højst {maximumInterruptionDays} dage: forløbet fortsætter.", Inputs(gap, from, to, maximumInterruptionDays)));
                courses[^1].Add(spans[i]);
            }
            else
            {
                trace.Add(new("R2", $"Afbrydelse på {gap} dage ({Danish.Date(from)} – {Danish.Date(to)}) er over {maximumInterruptionDays} dage: nyt forløb fra {Danish.Date(spans[i].First)}.", Inputs(gap, from, to, maximumInterruptionDays)));
                courses.Add([spans[i]]);
            }
        }

        return courses;
    }

    private static TraceInput[] Inputs(int gap, DateOnly from, DateOnly to, int maximum) =>
        [TraceInput.Of("gapDays", gap), TraceInput.Of("from", from), TraceInput.Of("to", to), TraceInput.Of("maximumInterruptionDays", maximum)];
}
