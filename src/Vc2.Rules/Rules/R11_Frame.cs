using Vc2.Rules.Engine;

namespace Vc2.Rules.Rules;

[Rule("R11", "Jobcenterets resultat- og aktivitetsafhængige tilskud kan ikke overstige den fastsatte ramme. "
    + "Frame = expected participants × 10,800. Payable activity-and-result grant = min(activity + result, frame).")]
public static class R11_Frame
{
    public static (decimal Frame, decimal Payable, decimal Reduction) Evaluate(int expectedParticipants, decimal perParticipant,
        decimal activity, decimal result, List<string> trace)
    {
        var frame = expectedParticipants * perParticipant;
        var earned = activity + result;
        var payable = Math.Min(earned, frame);
        trace.Add($"R11: Ramme: {expectedParticipants} forventede deltagere × {Danish.Kroner(perParticipant)} = {Danish.Kroner(frame)}");
        trace.Add(earned > frame
            ? $"R11: Aktivitets- og resultattilskud {Danish.Kroner(activity)} + {Danish.Kroner(result)} = {Danish.Kroner(earned)} overstiger rammen og nedsættes med {Danish.Kroner(earned - frame)} til {Danish.Kroner(payable)}"
            : $"R11: Aktivitets- og resultattilskud {Danish.Kroner(activity)} + {Danish.Kroner(result)} = {Danish.Kroner(earned)} er inden for rammen.");
        return (frame, payable, earned - payable);
    }
}
