using Vc2.Rules.Engine;
using Vc2.Rules.Model;

namespace Vc2.Rules.Rules;

[Rule("R11", "Jobcenterets resultat- og aktivitetsafhængige tilskud kan ikke overstige den fastsatte ramme. "
    + "Frame = expected participants × 10,800. Payable activity-and-result grant = min(activity + result, frame).")]
public static class R11_Frame
{
    public static (decimal Frame, decimal Payable, decimal Reduction) Evaluate(int expectedParticipants, decimal perParticipant,
        decimal activity, decimal result, List<TraceLine> trace)
    {
        var frame = expectedParticipants * perParticipant;
        var earned = activity + result;
        var payable = Math.Min(earned, frame);
        trace.Add(new("R11", $"Ramme: {expectedParticipants} forventede deltagere × {Danish.Kroner(perParticipant)} = {Danish.Kroner(frame)}",
            [TraceInput.Of("expectedParticipants", expectedParticipants), TraceInput.Of("perParticipant", perParticipant), TraceInput.Of("frame", frame)]));
        trace.Add(new("R11", earned > frame
            ? $"Aktivitets- og resultattilskud {Danish.Kroner(activity)} + {Danish.Kroner(result)} = {Danish.Kroner(earned)} overstiger rammen og nedsættes med {Danish.Kroner(earned - frame)} til {Danish.Kroner(payable)}"
            : $"Aktivitets- og resultattilskud {Danish.Kroner(activity)} + {Danish.Kroner(result)} = {Danish.Kroner(earned)} er inden for rammen.",
            [TraceInput.Of("activity", activity), TraceInput.Of("result", result), TraceInput.Of("frame", frame), TraceInput.Of("payable", payable)]));
        return (frame, payable, earned - payable);
    }
}
