using Vc2.Rules.Engine;
using Vc2.Rules.Model;

namespace Vc2.Rules.Rules;

[Rule("R9", "The citizen receives 12,000 once if any job window or education window exists entirely inside the weeks the "
    + "register covers. The window with the earliest W1 is the one reported; in the same week a job or flexjob window comes "
    + "before an education window. A window that needs weeks beyond the register's coverage is pending, not paid. Weeks "
    + "inside the coverage that have no register row count as category none with 0 hours.")]
public static class R9_ResultGrant
{
    // About two years of weeks: small enough for the stack, which spares the GC millions of arrays nationally.
    private const int StackLimit = 512;

    /// <summary>Finds the reported window in one pass over the weeks from the earliest possible start (R6) to the
    /// register's coverage, with running counts so that each candidate start costs O(1).</summary>
    public static ResultOutcome Evaluate(
        IReadOnlyList<RegisterWeek> registerWeeks,
        IReadOnlyList<DateOnly> educationStarts,
        IsoWeek earliest,
        IsoWeek latest,
        IsoWeek coverage,
        int windowWeeks,
        decimal minimumAverageHours,
        List<TraceLine> trace)
    {
        var origin = earliest.Ordinal;
        int Index(IsoWeek w) => w.Ordinal - origin;
        var lastStart = Index(latest);
        var covered = Index(coverage);
        var length = Math.Min(lastStart + windowWeeks - 1, covered) + 1;
        if (length <= 0 || covered < 0)
        {
            trace.Add(new("R9", $"Registeret dækker kun til og med {Danish.Week(coverage)}, før et resultat kan begynde: intet resultat endnu.", [TraceInput.Of("coverage", coverage)]));
            return new ResultOutcome(ResultStatus.None);
        }

        Span<BenefitCategory> benefit = length <= StackLimit ? stackalloc BenefitCategory[length] : new BenefitCategory[length];
        Span<decimal> hours = length <= StackLimit ? stackalloc decimal[length] : new decimal[length];
        Span<bool> educationStart = length <= StackLimit ? stackalloc bool[length] : new bool[length];
        MarkWeeks(registerWeeks, educationStarts, origin, benefit, hours, educationStart);
        return Scan(benefit, hours, educationStart, earliest, lastStart, covered, coverage, windowWeeks, minimumAverageHours, trace);
    }

    /// <summary>Each week's benefit and hours from the register rows, and the weeks an education starts, indexed from
    /// <paramref name="origin"/>.</summary>
    private static void MarkWeeks(IReadOnlyList<RegisterWeek> registerWeeks, IReadOnlyList<DateOnly> educationStarts, int origin,
        Span<BenefitCategory> benefit, Span<decimal> hours, Span<bool> educationStart)
    {
        var length = benefit.Length;
        foreach (var row in registerWeeks)
        {
            var i = row.Week.Ordinal - origin;
            if (i >= 0 && i < length)
            {
                benefit[i] = row.Benefit;
                hours[i] = row.Hours;
            }
        }

        foreach (var start in educationStarts)
        {
            var i = IsoWeek.Of(start).Ordinal - origin;
            if (i >= 0 && i < length)
            {
                educationStart[i] = true;
            }
        }
    }

    /// <summary>The first start with a complete job or education window; else the first that may become one
    /// (pending); else none.</summary>
    private static ResultOutcome Scan(ReadOnlySpan<BenefitCategory> benefit, ReadOnlySpan<decimal> hours, ReadOnlySpan<bool> educationStart, IsoWeek earliest,
        int lastStart, int covered, IsoWeek coverage, int windowWeeks, decimal minimumAverageHours, List<TraceLine> trace)
    {
        var length = benefit.Length;
        // workRun[i]: consecutive work weeks ending at week i; eduRun likewise; hourSum: prefix sums of hours.
        Span<int> workRun = length <= StackLimit ? stackalloc int[length] : new int[length];
        Span<int> eduRun = length <= StackLimit ? stackalloc int[length] : new int[length];
        Span<decimal> hourSum = length <= StackLimit ? stackalloc decimal[length + 1] : new decimal[length + 1];
        for (var i = 0; i < length; i++)
        {
            workRun[i] = R7_JobWindow.IsWorkWeek(benefit[i], hours[i]) ? (i > 0 ? workRun[i - 1] : 0) + 1 : 0;
            eduRun[i] = R8_EducationWindow.IsEducationWeek(benefit[i]) ? (i > 0 ? eduRun[i - 1] : 0) + 1 : 0;
            hourSum[i + 1] = hourSum[i] + hours[i];
        }

        ResultOutcome? pending = null;
        for (var s = 0; s <= lastStart && s < length; s++)
        {
            var end = s + windowWeeks - 1;
            var w1 = earliest.AddWeeks(s);
            if (end < length && end <= covered)
            {
                if (workRun[end] >= windowWeeks && R7_JobWindow.AverageIsEnough(hourSum[end + 1] - hourSum[s], windowWeeks, minimumAverageHours))
                {
                    return JobWindow(benefit, hourSum, s, end, earliest, windowWeeks, minimumAverageHours, trace);
                }

                if (R8_EducationWindow.MayStart(benefit[s], educationStart[s]) && eduRun[end] >= windowWeeks)
                {
                    trace.Add(new("R8", $"Uddannelse fra {Danish.Week(w1)} – {Danish.Week(earliest.AddWeeks(end))}: {windowWeeks} uger med SU eller uden offentlig forsørgelse.",
                        [TraceInput.Of("firstWeek", w1), TraceInput.Of("lastWeek", earliest.AddWeeks(end)), TraceInput.Of("weeks", windowWeeks)]));
                    return new ResultOutcome(ResultStatus.Verified, OutcomeType.Education, w1);
                }
            }
            else if (pending is null && s <= covered)
            {
                pending = PendingAt(benefit, educationStart, workRun, eduRun, s, covered, w1);
            }
        }

        return Unverified(pending, earliest, coverage, windowWeeks, trace);
    }

    /// <summary>The verified job or flexjob window of <paramref name="windowWeeks"/> weeks from week <paramref name="s"/>.</summary>
    private static ResultOutcome JobWindow(ReadOnlySpan<BenefitCategory> benefit, ReadOnlySpan<decimal> hourSum, int s, int end, IsoWeek earliest, int windowWeeks,
        decimal minimumAverageHours, List<TraceLine> trace)
    {
        var w1 = earliest.AddWeeks(s);
        var average = Math.Round((hourSum[end + 1] - hourSum[s]) / windowWeeks, 2, MidpointRounding.AwayFromZero);
        var flexjob = benefit.Slice(s, windowWeeks).Contains(BenefitCategory.Fleksjob);
        var type = flexjob ? OutcomeType.Flexjob : OutcomeType.Job;
        trace.Add(new("R7", $"{(flexjob ? "Fleksjob" : "Job")} i {Danish.Week(w1)} – {Danish.Week(earliest.AddWeeks(end))}: {windowWeeks} arbejdsuger, "
                  + $"gennemsnit {Danish.Hours(average)} timer ≥ {Danish.Hours(minimumAverageHours)} timer.",
            [TraceInput.Of("flexjob", flexjob), TraceInput.Of("firstWeek", w1), TraceInput.Of("lastWeek", earliest.AddWeeks(end)), TraceInput.Of("weeks", windowWeeks),
             TraceInput.Of("averageHours", average), TraceInput.Of("minimumAverageHours", minimumAverageHours)]));
        return new ResultOutcome(ResultStatus.Verified, type, w1, average);
    }

    /// <summary>The window from week <paramref name="s"/> runs past the register's coverage: pending if every week known
    /// so far fits; null if not.</summary>
    private static ResultOutcome? PendingAt(ReadOnlySpan<BenefitCategory> benefit, ReadOnlySpan<bool> educationStart, ReadOnlySpan<int> workRun, ReadOnlySpan<int> eduRun,
        int s, int covered, IsoWeek w1)
    {
        var known = covered - s + 1;
        if (workRun[covered] >= known)
        {
            return new ResultOutcome(ResultStatus.Pending, benefit.Slice(s, known).Contains(BenefitCategory.Fleksjob) ? OutcomeType.Flexjob : OutcomeType.Job, w1);
        }

        if (R8_EducationWindow.MayStart(benefit[s], educationStart[s]) && eduRun[covered] >= known)
        {
            return new ResultOutcome(ResultStatus.Pending, OutcomeType.Education, w1);
        }

        return null;
    }

    /// <summary>No verified window: the pending one if there is one, else none.</summary>
    private static ResultOutcome Unverified(ResultOutcome? pending, IsoWeek earliest, IsoWeek coverage, int windowWeeks, List<TraceLine> trace)
    {
        if (pending is not null)
        {
            trace.Add(new("R9", $"Et muligt resultat fra {Danish.Week(pending.FirstWeek)} kræver uger efter registerets dækning (til og med {Danish.Week(coverage)}): afventer, intet udbetales endnu.",
                [TraceInput.Of("firstWeek", pending.FirstWeek!.Value), TraceInput.Of("coverage", coverage)]));
            return pending;
        }

        trace.Add(new("R9", $"Intet job-, fleksjob- eller uddannelsesforløb på {windowWeeks} uger i registerets uger fra {Danish.Week(earliest)} til og med {Danish.Week(coverage)}.",
            [TraceInput.Of("weeks", windowWeeks), TraceInput.Of("earliest", earliest), TraceInput.Of("coverage", coverage)]));
        return new ResultOutcome(ResultStatus.None);
    }
}
