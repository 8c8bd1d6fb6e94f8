using Vc2.Rules.Model;

namespace Vc2.Money.Registers;

/// <summary>The benefit categories in the agency's and the job centres' words (the code table, the register pages). The
/// rules engine keeps its own ASCII names for files and JSON (<c>JsonNames</c>).</summary>
public static class BenefitCategoryNames
{
    public static string Danish(BenefitCategory category) => category switch
    {
        BenefitCategory.None => "Ingen ydelse",
        BenefitCategory.Kontanthjaelp => "Kontanthjælp",
        BenefitCategory.Uddannelseshjaelp => "Uddannelseshjælp",
        BenefitCategory.Ressourceforloeb => "Ressourceforløb",
        BenefitCategory.Fleksjob => "Fleksjob",
        BenefitCategory.Ledighedsydelse => "Ledighedsydelse",
        BenefitCategory.Su => "SU",
        BenefitCategory.Loentilskud => "Løntilskud",
        BenefitCategory.Virksomhedspraktik => "Virksomhedspraktik",
        BenefitCategory.Sygedagpenge => "Sygedagpenge",
        BenefitCategory.Dagpenge => "Dagpenge",
        BenefitCategory.Foertidspension => "Førtidspension",
        BenefitCategory.Other => "Anden ydelse",
        _ => "ukendt", // a value stored before undefined ones were refused must not break a page
    };
}
