using Vc2.Rules.Model;

namespace Vc2.Money.Registers;

/// <summary>
/// The code table shipped with VC2: the register's benefit codes and the categories of the rules they map to. The
/// agency maintains the real table (page "Ydelseskoder"); an import reports codes it does not know instead of guessing.
/// The codes here follow the structure of a DREAM extract (three-digit codes by benefit group); check them against the
/// extract's documentation before real use (ADR 0010).
/// </summary>
public static class DefaultBenefitCodes
{
    public static readonly (string Code, BenefitCategory Category, string Description)[] All =
    [
        ("111", BenefitCategory.Dagpenge, "Arbejdsløshedsdagpenge"),
        ("112", BenefitCategory.Dagpenge, "Dagpenge under aktivering"),
        ("130", BenefitCategory.Kontanthjaelp, "Kontanthjælp"),
        ("131", BenefitCategory.Kontanthjaelp, "Kontanthjælp under aktivering"),
        ("135", BenefitCategory.Uddannelseshjaelp, "Uddannelseshjælp"),
        ("140", BenefitCategory.Ressourceforloeb, "Ressourceforløbsydelse"),
        ("150", BenefitCategory.Ledighedsydelse, "Ledighedsydelse"),
        ("160", BenefitCategory.Fleksjob, "Fleksjob (løntilskud til fleksjob)"),
        ("170", BenefitCategory.Loentilskud, "Ansættelse med løntilskud"),
        ("180", BenefitCategory.Virksomhedspraktik, "Virksomhedspraktik"),
        ("190", BenefitCategory.Sygedagpenge, "Sygedagpenge"),
        ("200", BenefitCategory.Foertidspension, "Førtidspension"),
        ("210", BenefitCategory.Su, "Statens Uddannelsesstøtte (SU)"),
        ("990", BenefitCategory.Other, "Anden offentlig forsørgelse"),
    ];
}
