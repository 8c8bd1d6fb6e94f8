namespace Vc2.Web.Pages.Audit;

/// <summary>
/// What an audit event's source — the page or endpoint as "METHOD /route" — means in plain Danish, for the access log
/// that caseworkers and citizens read ("Borgerens sag", not "GET /borgere/{id:guid}"). The stored source stays the route
/// pattern (never a value from the address); this is how it is shown. Every route that writes audit events is here
/// (AuditWalkTests checks it).
/// </summary>
public static class AuditSources
{
    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        ["borgere"] = "Borgerlisten og søgning",
        ["borgere/ny"] = "Indskrivning af borger",
        ["borgere/{id:guid}"] = "Borgerens sag",
        ["borgere/{id:guid}/rediger"] = "Ret borgerens oplysninger",
        ["borgere/{id:guid}/maalgruppe"] = "Målgruppetjek",
        ["borgere/{id:guid}/udslusning"] = "Udslusningsstrategi",
        ["borgere/{id:guid}/forloeb/nyt"] = "Start af forløb",
        ["borgere/{id:guid}/resultat/nyt"] = "Registrering af resultat",
        ["borgere/{id:guid}/progression"] = "Borgerens progression",
        ["borgere/{id:guid}/maaling/ny"] = "Ny progressionsmåling",
        ["forloeb/{id:guid}"] = "Forløbet på virksomheden",
        ["forloeb/{id:guid}/afslut"] = "Afslutning af forløb",
        ["forloeb/{id:guid}/mentor"] = "Skift af mentor",
        ["forloeb/{id:guid}/aftale/ny"] = "Ny arbejdsaftale",
        ["forloeb/{id:guid}/opfoelgning/ny"] = "Ny opfølgning",
        ["aftaler/{id:guid}"] = "Arbejdsaftalen",
        ["mine-borgere"] = "Arbejdslisten",
        ["mine-oplysninger"] = "Borgerens egne oplysninger",
        ["mit-forloeb"] = "Borgerens eget forløb",
        ["mentor"] = "Virksomhedsmentorens forløb",
        ["virksomhed"] = "Virksomhedens side",
        ["aftale/{id:guid}"] = "Arbejdsaftalen (læst eller accepteret af borgeren eller virksomheden)",
        ["link/{token}"] = "Personligt link",
        ["mine-maalinger"] = "Målinger til besvarelse (mentor eller borger)",
        ["mine-maalinger/{id:guid}"] = "Besvarelse af måling (mentor eller borger)",
        ["svar/{token}"] = "Besvarelse via personligt link",
        ["adgangslog"] = "Adgangsloggen",
        ["udbakke"] = "Udbakken",
        ["holdepunkter"] = "Holdepunkterne",
        ["tilskud"] = "Tilskudsopgørelsen",
        ["tilskud/borger/{id:guid}"] = "Borgerens del af tilskudsopgørelsen",
        ["tilskud/prognose"] = "Prognose for tilskud",
        ["tilskud/sammenlign"] = "Sammenligning af opgørelser",
        ["tilskud/oejebliksbilleder"] = "Gemte opgørelser",
        ["registre"] = "Registerdata",
        ["registre/{id:guid}"] = "Registerimport",
        ["evaluering/eksport"] = "Eksport til evalueringen",
        ["udbetalinger"] = "Udbetalinger",
        ["udbetalinger/{id:guid}"] = "Udbetalingsanmodning",
        ["api/v1/citizens"] = "API: borgerlisten",
        ["api/v1/citizens/search"] = "API: søgning efter borger",
        ["api/v1/citizens/{id:guid}"] = "API: borgerens oplysninger",
        ["api/v1/citizens/{id:guid}/case"] = "API: borgerens sag",
        ["api/v1/citizens/{id:guid}/access-log"] = "API: borgerens adgangslog",
        ["api/v1/citizens/{id:guid}/exit-strategies"] = "API: udslusningsstrategi",
        ["api/v1/citizens/{id:guid}/placements"] = "API: start af forløb",
        ["api/v1/citizens/{id:guid}/outcomes"] = "API: registrering af resultat",
        ["api/v1/citizens/{id:guid}/progress"] = "API: borgerens progression",
        ["api/v1/citizens/{id:guid}/measurements"] = "API: ny progressionsmåling",
        ["api/v1/placements/{id:guid}"] = "API: forløbet på virksomheden",
        ["api/v1/placements/{id:guid}/end"] = "API: afslutning af forløb",
        ["api/v1/placements/{id:guid}/mentor"] = "API: skift af mentor",
        ["api/v1/placements/{id:guid}/agreements"] = "API: ny arbejdsaftale",
        ["api/v1/placements/{id:guid}/follow-ups"] = "API: ny opfølgning",
        ["api/v1/agreements/{id:guid}"] = "API: arbejdsaftalen",
        ["api/v1/agreements/{id:guid}/acceptances"] = "API: accept af arbejdsaftale",
        ["api/v1/work-list"] = "API: arbejdslisten",
        ["api/v1/me/measurements"] = "API: målinger til besvarelse",
        ["api/v1/me/measurements/{id:guid}"] = "API: besvarelse af måling",
        ["api/v1/audit"] = "API: adgangsloggen",
        ["api/v1/grants/statement"] = "API: tilskudsopgørelsen",
        ["api/v1/grants/statement.csv"] = "API: eksport af tilskudsopgørelsen (CSV)",
        ["api/v1/grants/statement.xlsx"] = "API: eksport af tilskudsopgørelsen (regneark)",
        ["api/v1/grants/scenario"] = "API: opgørelsens grundlag",
        ["api/v1/grants/citizens/{id:guid}"] = "API: borgerens del af tilskudsopgørelsen",
        ["api/v1/payments"] = "API: udbetalinger",
        ["api/v1/payments/entitlement"] = "API: hvad jobcentret kan anmode om",
    };

    /// <summary>The Danish text for a stored source; a source that is not a route (an import, the system) is shown as it is.</summary>
    public static string Danish(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var space = source.IndexOf(' ', StringComparison.Ordinal);
        var template = (space < 0 ? source : source[(space + 1)..]).TrimStart('/');
        return Texts.TryGetValue(template, out var text) ? text : source;
    }

    /// <summary>Whether a route has its own text (for the test that every auditing route has one).</summary>
    public static bool Knows(string template) => Texts.ContainsKey(template.TrimStart('/'));
}
