using Vc2.Rules.Model;

namespace Vc2.Rules.Rules;

[Rule("R7", "har været i job eller fleksjob i minimum 13 uger og arbejdstiden beregnet som gennemsnit over de 13 uger er "
    + "på mindst syv timer ugentligt. Every week of the window is a work week: hours worked > 0 and the category is not "
    + "loentilskud, or the category is fleksjob; and the sum of hours over the 13 weeks divided by 13 is at least 7.")]
public static class R7_JobWindow
{
    public static bool IsWorkWeek(BenefitCategory benefit, decimal hours) =>
        benefit == BenefitCategory.Fleksjob || (hours > 0 && benefit != BenefitCategory.Loentilskud);

    public static bool AverageIsEnough(decimal totalHours, int weeks, decimal minimumAverage) => totalHours / weeks >= minimumAverage;
}
