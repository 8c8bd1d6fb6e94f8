using Vc2.CaseWork.Progress;

namespace Vc2.Web.Pages.Progress;

/// <summary>The questions of the instrument for one respondent, as form fields named <c>{Prefix}.Scores[key]</c> and
/// <c>{Prefix}.HoursPerWeek</c>.</summary>
public sealed record AnswerFields(Instrument Instrument, Respondent Respondent, string Prefix)
{
    /// <summary>For a page whose bound property <c>Input</c> is the <see cref="AnswerInput"/>.</summary>
    public static AnswerFields ForInput(Instrument instrument, Respondent respondent) => new(instrument, respondent, "Input");
}
