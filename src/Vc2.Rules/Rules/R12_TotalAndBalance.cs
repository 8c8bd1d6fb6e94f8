using Vc2.Rules.Engine;
using Vc2.Rules.Model;

namespace Vc2.Rules.Rules;

[Rule("R12", "Total = fixed grant + payable activity-and-result grant. Balance = total − a-conto payments already made "
    + "(a negative balance is an amount to pay back).")]
public static class R12_TotalAndBalance
{
    public static (decimal Total, decimal Balance) Evaluate(decimal fixedGrant, decimal payable, decimal acontoPaid, List<TraceLine> trace)
    {
        var total = fixedGrant + payable;
        var balance = total - acontoPaid;
        trace.Add(new("R12", $"Fast tilskud {Danish.Kroner(fixedGrant)} + {Danish.Kroner(payable)} = {Danish.Kroner(total)} i alt",
            [TraceInput.Of("fixedGrant", fixedGrant), TraceInput.Of("payable", payable), TraceInput.Of("total", total)]));
        trace.Add(new("R12", balance >= 0
            ? $"Udbetalt a conto {Danish.Kroner(acontoPaid)}: til udbetaling {Danish.Kroner(balance)}"
            : $"Udbetalt a conto {Danish.Kroner(acontoPaid)}: jobcentret skal tilbagebetale {Danish.Kroner(-balance)}",
            [TraceInput.Of("acontoPaid", acontoPaid), TraceInput.Of("balance", balance)]));
        return (total, balance);
    }
}
