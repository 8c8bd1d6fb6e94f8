using Vc2.Rules.Engine;
using Vc2.Rules.Model;

namespace Vc2.Rules.Rules;

[Rule("R5", "A course that does not (yet) qualify is pending when it could still qualify: its last known day is within 28 "
    + "days before the as-of date (it may continue or resume). Otherwise it is not qualified. Pending courses earn nothing yet.")]
public static class R5_CourseStatus
{
    /// <summary>The course's status, and for a pending course the last day it can resume and stay one course (R2): the
    /// one place that day is computed.</summary>
    public static (CourseStatus Status, DateOnly? ResumeBy) Evaluate(bool qualifies, DateOnly last, DateOnly asOf, int maximumInterruptionDays, List<TraceLine> trace)
    {
        if (qualifies)
        {
            return (CourseStatus.Qualified, null);
        }

        if (asOf.DayNumber - last.DayNumber <= maximumInterruptionDays)
        {
            var resumeBy = last.AddDays(maximumInterruptionDays + 1);
            trace.Add(new("R5", $"Sidste kendte forløbsdag {Danish.Date(last)} er højst {maximumInterruptionDays} dage før opgørelsesdatoen "
                      + $"{Danish.Date(asOf)}: forløbet kan stadig nå tre måneder og afventer (genoptages senest {Danish.Date(resumeBy)}).",
                [TraceInput.Of("last", last), TraceInput.Of("asOf", asOf), TraceInput.Of("maximumInterruptionDays", maximumInterruptionDays), TraceInput.Of("resumeBy", resumeBy)]));
            return (CourseStatus.Pending, resumeBy);
        }

        trace.Add(new("R5", $"Forløbet sluttede {Danish.Date(last)} uden at nå tre måneder: intet aktivitetstilskud.", [TraceInput.Of("last", last), TraceInput.Of("asOf", asOf)]));
        return (CourseStatus.NotQualified, null);
    }
}
