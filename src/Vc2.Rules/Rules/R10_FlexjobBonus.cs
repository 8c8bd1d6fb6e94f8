using Vc2.Rules.Model;

namespace Vc2.Rules.Rules;

[Rule("R10", "kun vil kunne modtage resultattilskud efter 'Virksomhedscenter generation 2', men ikke hjemtage fleksjobbonus. "
    + "A citizen whose result is a flexjob window is marked 'no flexjob bonus' on the statement. It does not change the amount.")]
public static class R10_FlexjobBonus
{
    public static ResultOutcome Evaluate(ResultOutcome result, List<TraceLine> trace)
    {
        if (result is { Status: ResultStatus.Verified, Type: OutcomeType.Flexjob })
        {
            trace.Add(new("R10", "Resultatet er fleksjob: jobcentret kan ikke også hjemtage fleksjobbonus for borgeren."));
            return result with { NoFlexjobBonus = true };
        }

        return result;
    }
}
