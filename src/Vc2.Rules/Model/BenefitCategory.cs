namespace Vc2.Rules.Model;

/// <summary>The benefit category of a citizen-week in the weekly register (tilskud.md, "The weekly register
/// categories"). Imports map a source's codes to these through a code table.</summary>
public enum BenefitCategory : byte
{
    None = 0,
    Kontanthjaelp,
    Uddannelseshjaelp,
    Ressourceforloeb,
    Fleksjob,
    Ledighedsydelse,
    Su,
    Loentilskud,
    Virksomhedspraktik,
    Sygedagpenge,
    Dagpenge,
    Foertidspension,
    Other,
}
