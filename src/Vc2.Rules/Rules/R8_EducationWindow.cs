using Vc2.Rules.Model;

namespace Vc2.Rules.Rules;

[Rule("R8", "eller er påbegyndt ordinær uddannelse, uden anden offentlig forsørgelse end SU i minimum 13 uger. W1 is the ISO "
    + "week of an education start that the job centre registered, or a week whose category is su; and every week of the "
    + "window has category su or none.")]
public static class R8_EducationWindow
{
    public static bool MayStart(BenefitCategory benefit, bool educationStartRegistered) =>
        educationStartRegistered || benefit == BenefitCategory.Su;

    public static bool IsEducationWeek(BenefitCategory benefit) => benefit is BenefitCategory.Su or BenefitCategory.None;
}
