using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Vc2.E2E;

/// <summary>Money on the demo data: the project leader sees what the job centre may ask for, asks with the amount filled
/// in and registers the auditor's approval; the agency decides with requested, entitled and paid side by side.</summary>
public sealed partial class PaymentJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_project_leader_asks_for_the_entitled_a_conto_and_the_agency_decides_it_seeing_the_entitlement()
    {
        var leader = await app.NewPageAsync();
        await leader.GotoAsync("/log-ind");
        await leader.Locator("h3:text-is('Projektleder') + ul").GetByRole(AriaRole.Button, new() { NameRegex = AarhusButton() }).ClickAsync();
        await leader.GotoAsync("/udbetalinger");
        await Assertions.Expect(leader.Locator("#entitlement")).ToContainTextAsync("Det faste tilskud er 825.000,00 kr. i alt");
        await BrowserApp.AssertAccessibleAsync(leader);

        // The link fills the form in with the kind and the amount the job centre is entitled to.
        var entitled = await leader.Locator("#entitlement tr", new() { HasText = "A conto" }).Locator("td").First.InnerTextAsync();
        await leader.GetByRole(AriaRole.Link, new() { Name = "Anmod om a conto" }).ClickAsync();
        await Assertions.Expect(leader.GetByLabel("Udbetaling")).ToHaveValueAsync("Aconto");
        var amount = await leader.GetByLabel("Beløb i kr.").InputValueAsync();
        var danish = System.Globalization.CultureInfo.GetCultureInfo("da-DK");
        Assert.Equal(decimal.Parse(entitled.Replace(" kr.", "", StringComparison.Ordinal), danish), decimal.Parse(amount, danish));
        Assert.True(decimal.Parse(amount, danish) > 0, "the demo's job centre has earned something to ask for a conto");

        // One krone more is refused with the amounts; the entitled amount goes through.
        await leader.GetByLabel("Beløb i kr.").FillAsync("99999999");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Send anmodningen" }).ClickAsync();
        await Assertions.Expect(leader.Locator(".alert-error")).ToContainTextAsync("er mere end jobcenteret kan anmode om som a conto");
        await BrowserApp.AssertAccessibleAsync(leader);
        await leader.GetByLabel("Beløb i kr.").FillAsync(amount);
        await leader.GetByRole(AriaRole.Button, new() { Name = "Send anmodningen" }).ClickAsync();
        await Assertions.Expect(leader.Locator(".alert-success, [role=status]").First).ToContainTextAsync("Anmodningen er sendt til styrelsen.");

        await leader.GotoAsync("/udbetalinger/revisor");
        await BrowserApp.AssertAccessibleAsync(leader);
        var pdf = Path.Combine(Path.GetTempPath(), $"revisor-{Guid.NewGuid():N}.pdf");
        await File.WriteAllTextAsync(pdf, "%PDF-1.4\n% revisorerklæring\n");
        try
        {
            await leader.GetByLabel("Revisor eller revisionsfirma").FillAsync("Revisionsfirmaet Tal & Tro");
            await leader.GetByLabel("Dato for godkendelsen").FillAsync("2015-06-01");
            await leader.GetByLabel("Revisorerklæringen (PDF, højst 10 MB)").SetInputFilesAsync(pdf);
            await leader.GetByRole(AriaRole.Button, new() { Name = "Registrér godkendelsen" }).ClickAsync();
            await Assertions.Expect(leader.Locator("#approvals")).ToContainTextAsync("Revisionsfirmaet Tal & Tro");
            await BrowserApp.AssertAccessibleAsync(leader);
        }
        finally
        {
            File.Delete(pdf);
        }

        var agency = await app.NewPageAsync();
        await agency.GotoAsync("/log-ind");
        await agency.Locator("h3:text-is('Styrelsen') + ul").GetByRole(AriaRole.Button).First.ClickAsync();
        await agency.GotoAsync("/udbetalinger");
        await agency.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Behandl a conto for Jobcenter Aarhus") }).First.ClickAsync();
        await Assertions.Expect(agency.Locator("#decision-amounts")).ToContainTextAsync("Berettiget nu");
        await Assertions.Expect(agency.Locator("#entitled-why")).ToContainTextAsync("Aktivitets- og resultattilskud til udbetaling");
        await BrowserApp.AssertAccessibleAsync(agency);
        await agency.GetByRole(AriaRole.Button, new() { Name = "Gem afgørelsen" }).ClickAsync();
        await Assertions.Expect(agency.Locator("#payments")).ToContainTextAsync("Godkendt");
        await agency.GotoAsync("/jobcentre");
        await Assertions.Expect(agency.Locator("#programme thead")).ToContainTextAsync("Aktivitet og resultat");
        await BrowserApp.AssertAccessibleAsync(agency);
        await agency.GotoAsync("/holdepunkter");
        await Assertions.Expect(agency.Locator("#holdepunkter-matrix")).ToContainTextAsync("Jobcenter Aalborg");
        await BrowserApp.AssertAccessibleAsync(agency);
        // The agency's statement: every centre's totals first, then one centre's citizens (ADR 0019).
        await agency.GotoAsync("/tilskud");
        await Assertions.Expect(agency.Locator("#statement-summary")).ToContainTextAsync("Jobcenter Aarhus");
        await BrowserApp.AssertAccessibleAsync(agency);
        await agency.Locator("#statement-summary").GetByRole(AriaRole.Link, new() { Name = "Jobcenter Aarhus" }).ClickAsync();
        await Assertions.Expect(agency.Locator("#freshness")).ToContainTextAsync("Fra landstallene, beregnet");
        await agency.GetByLabel("Kun borgere med fleksjobresultat (ingen fleksjobbonus)").CheckAsync();
        await agency.Locator("form.vc2-search").GetByRole(AriaRole.Button, new() { Name = "Opgør" }).ClickAsync();
        await Assertions.Expect(agency.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Borgere med fleksjobresultat") }).First).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(agency);
    }

    [GeneratedRegex("– Jobcenter Aarhus$")]
    private static partial Regex AarhusButton();
}
