namespace Vc2.E2E;

/// <summary>The page-text check itself (it runs on every page the browser tests check): it finds what it should, and
/// lets Danish through.</summary>
public sealed class PageTextTests
{
    [Theory]
    [InlineData("Registrene dækker til og med 2015-W24.", "ISO week")]
    [InlineData("R4: marts 2014: 31 af 31 dage", "rule id")]
    [InlineData("Forløbet er slut. R3 kræver tre måneder.", "rule id")]
    [InlineData("Ydelse: Kontanthjaelp", "code name Kontanthjaelp")]
    [InlineData("Mål: OrdinaryJob", "code name OrdinaryJob")]
    public void Code_in_the_text_is_found(string text, string problem) =>
        Assert.Contains(PageText.Problems(text), p => p.StartsWith(problem, StringComparison.Ordinal));

    [Theory]
    [InlineData("Registrene dækker til og med uge 24, 2015.")]
    [InlineData("Marts 2014: 31 af 31 dage × 1.500,00 kr. (regel R4)")]
    [InlineData("Ydelse: Kontanthjælp, fleksjob eller Dagpenge; mentor: Mentor")]
    [InlineData("Saldo (R12)")]
    public void Danish_passes(string text) => Assert.Empty(PageText.Problems(text));
}
