using Vc2.Rules.Engine;
using Vc2.Rules.Model;

namespace Vc2.Rules.Rules;

[Rule("R5", "A course that does not (yet) qualify is pending when it could still qualify: its last known day is within 28 "
    + "days before the as-of date (it may continue or resume). Otherwise it is not qualified. Pending courses earn nothing yet.")]
public static class R5_CourseStatus
{
    public static CourseStatus Evaluate(bool qualifies, DateOnly last, DateOnly asOf, int maximumInterruptionDays, List<string> trace)
    {
        if (qualifies)
        {
            return CourseStatus.Qualified;
        }

        if (asOf.DayNumber - last.DayNumber <= maximumInterruptionDays)
        {
            trace.Add($"R5: Sidste kendte forløbsdag {Danish.Date(last)} er højst {maximumInterruptionDays} dage før opgørelsesdatoen "
                      + $"{Danish.Date(asOf)}: forløbet kan stadig nå tre måneder og afventer (genoptages senest {Danish.Date(last.AddDays(maximumInterruptionDays + 1))}).");
            return CourseStatus.Pending;
        }

        trace.Add($"R5: Forløbet sluttede {Danish.Date(last)} uden at nå tre måneder: intet aktivitetstilskud.");
        return CourseStatus.NotQualified;
    }
}
