using Vc2.Rules.Engine;

namespace Vc2.Rules.Rules;

[Rule("R12", "Total = fixed grant + payable activity-and-result grant. Balance = total − a-conto payments already made "
    + "(a negative balance is an amount to pay back).")]
public static class R12_TotalAndBalance
{
    public static (decimal Total, decimal Balance) Evaluate(decimal fixedGrant, decimal payable, decimal acontoPaid, List<string> trace)
    {
        var total = fixedGrant + payable;
        var balance = total - acontoPaid;
        trace.Add($"R12: Fast tilskud {Danish.Kroner(fixedGrant)} + {Danish.Kroner(payable)} = {Danish.Kroner(total)} i alt");
        trace.Add(balance >= 0
            ? $"R12: Udbetalt a conto {Danish.Kroner(acontoPaid)}: til udbetaling {Danish.Kroner(balance)}"
            : $"R12: Udbetalt a conto {Danish.Kroner(acontoPaid)}: jobcentret skal tilbagebetale {Danish.Kroner(-balance)}");
        return (total, balance);
    }
}
