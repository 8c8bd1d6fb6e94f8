using Microsoft.Playwright;

namespace Vc2.E2E;

/// <summary>The agency follows the job centres side by side and finds where a holdepunkt is not kept.</summary>
public sealed class SteeringJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_agency_opens_the_national_overview_and_drills_into_a_red_holdepunkt()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/log-ind");
        await page.Locator("h3:text-is('Styrelsen') + ul").GetByRole(AriaRole.Button).First.ClickAsync();
        await page.WaitForURLAsync(app.BaseUrl + "/", new() { WaitUntil = WaitUntilState.DOMContentLoaded });

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmenu" }).GetByRole(AriaRole.Link, new() { Name = "Jobcentre" }).ClickAsync();
        await Assertions.Expect(page.Locator("#programme tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("#programme")).ToContainTextAsync("Jobcenter Aalborg");
        var drawn = await page.EvaluateAsync<bool>("() => Chart.getChart(document.getElementById('participants-chart')).data.datasets.length === 2");
        Assert.True(drawn);
        await BrowserApp.AssertAccessibleAsync(page);

        // Aalborg has no indsatsgruppe and no project plan in the demo: holdepunkt 8 is red.
        await page.Locator("#programme").GetByRole(AriaRole.Link, new() { Name = "Jobcenter Aalborg", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Holdepunkter – Jobcenter Aalborg");
        var row8 = page.Locator("#h8-project-leader");
        await Assertions.Expect(row8).ToContainTextAsync("Ikke opfyldt");
        await BrowserApp.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Projektplan godkendt af styrelsen", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#drill-heading")).ToContainTextAsync("Projektplan godkendt af styrelsen: Mangler");
        await Assertions.Expect(page.Locator("#drill")).ToContainTextAsync("Sådan måles det: Den nyeste version af projektplanen er godkendt af styrelsen.");
        await Assertions.Expect(page.Locator("#drill-list")).ToContainTextAsync("Projektplan mangler");

        // A share-based red indicator lists the records without citizens' names.
        await page.Locator("#holdepunkter a").Filter(new() { HasText = "Forløb med en arbejdsaftale" }).ClickAsync();
        await Assertions.Expect(page.Locator("#drill-list li").First).ToContainTextAsync("Forløb hos");
        await BrowserApp.AssertAccessibleAsync(page);

        await page.GotoAsync(page.Url.Split('?')[0].Replace("/holdepunkter", "/mentornetvaerk", StringComparison.Ordinal) + "?" + page.Url.Split('?')[1].Split('&')[0]);
        await Assertions.Expect(page.Locator("#quarters")).ToContainTextAsync("2014 K3: 0 møder intet møde");
        await BrowserApp.AssertAccessibleAsync(page);

        // The midway report, generated from a snapshot taken now.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmenu" }).GetByRole(AriaRole.Link, new() { Name = "Evaluering" }).ClickAsync();
        await BrowserApp.AssertAccessibleAsync(page);
        await page.GetByLabel("Rapport").SelectOptionAsync(new SelectOptionValue { Label = "Midtvejsevaluering" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Dan øjebliksbillede og rapport" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Midtvejsevaluering af Virksomhedscenter generation 2 – hele programmet");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Implementering pr. holdepunkt" })).ToBeVisibleAsync();
        // The analyses of ADR 0026: progression against results, and the job centres on equal terms.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Progression og resultater" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Andel med resultat efter nulpunkt og ændring pr. respondent" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Jobcentrene sammenlignet på lige vilkår" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Observerede og forventede resultater pr. jobcenter" })).ToContainTextAsync("Jobcenter Aarhus");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Borgernes egen udvikling: observeret og forventet pr. jobcenter" })).ToContainTextAsync("Jobcenter Odense");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Andel med resultat efter nulpunkt og ændring i hver dimension pr. respondent" })).ToContainTextAsync("Mødestabilitet");
        Assert.True(await page.EvaluateAsync<bool>("() => Chart.getChart(document.getElementById('report-chart-0')).data.labels.length === 3"));
        // The effect against the demo's register comparison group, with the balance before and after matching.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Effekt sammenlignet med lignende borgere uden for programmet" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Deltagere og matchede sammenligningspersoner efter start" }))
            .ToContainTextAsync("Uger i selvforsørgelse i de første 52 uger");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Balance før og efter matchning" })).ToContainTextAsync("uger på ydelse i de 104 uger før");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Antal i matchningen" })).ToContainTextAsync("1.500");
        await Assertions.Expect(page.Locator("article")).ToContainTextAsync("har ikke offentliggjort en vurdering");
        await BrowserApp.AssertAccessibleAsync(page);

        // The evaluator's assessment beside the numbers: the agency reads it; the evaluator writes and publishes it, and
        // it stands in the report.
        var reportUrl = page.Url;
        await page.GetByRole(AriaRole.Link, new() { Name = "Evaluators vurdering" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Vurderingen er evaluatorernes");
        await BrowserApp.AssertAccessibleAsync(page);
        var agencyPage = page;
        page = await app.NewPageAsync();
        await page.GotoAsync("/log-ind");
        await page.Locator("h3:text-is('Evaluator') + ul").GetByRole(AriaRole.Button).First.ClickAsync();
        await page.WaitForURLAsync(app.BaseUrl + "/", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.GotoAsync(agencyPage.Url);
        await BrowserApp.AssertAccessibleAsync(page);
        await page.GetByLabel("Type").SelectOptionAsync(new SelectOptionValue { Label = "Anbefaling" });
        await page.GetByLabel("Jobcenter").SelectOptionAsync(new SelectOptionValue { Label = "Jobcenter Aalborg" });
        await page.GetByLabel("Holdepunkt").SelectOptionAsync(new SelectOptionValue { Index = 8 });
        await page.GetByLabel("Tekst", new() { Exact = true }).FillAsync("Aalborg bør have en godkendt projektplan inden næste kvartal.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj til udkastet" }).ClickAsync();
        await Assertions.Expect(page.Locator("#draft-findings")).ToContainTextAsync("Aalborg bør have en godkendt projektplan");
        await BrowserApp.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Offentliggør som version 1" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Evaluators vurdering: er der behov for ændringer i indsatsen?" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Fund, læring og anbefalinger" })).ToContainTextAsync("8. ");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Fund, læring og anbefalinger" })).ToContainTextAsync("Aalborg bør have en godkendt projektplan");
        await BrowserApp.AssertAccessibleAsync(page);
        page = agencyPage;
        await page.GotoAsync(reportUrl);
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Fund, læring og anbefalinger" })).ToContainTextAsync("Aalborg bør have en godkendt projektplan");

        await page.GetByLabel("Vis for").SelectOptionAsync(new SelectOptionValue { Label = "Jobcenter Aalborg" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Jobcenter Aalborg");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Hent tabellerne som XLSX" }).ClickAsync());
        Assert.EndsWith("-851.xlsx", download.SuggestedFilename, StringComparison.Ordinal);

        await page.GotoAsync("/evaluering/eksport");
        await BrowserApp.AssertAccessibleAsync(page);
        await page.GotoAsync("/evaluering/sammenligningsgruppe");
        await Assertions.Expect(page.Locator(".vc2-facts")).ToContainTextAsync("sammenligning-demo.csv");
        await BrowserApp.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task The_project_leader_keeps_the_project_organisation_and_records_a_network_meeting()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/log-ind");
        await page.Locator("h3:text-is('Projektleder') + ul").GetByRole(AriaRole.Button).First.ClickAsync();
        await page.WaitForURLAsync(app.BaseUrl + "/", new() { WaitUntil = WaitUntilState.DOMContentLoaded });

        await page.GotoAsync("/projekt");
        await Assertions.Expect(page.Locator("#plan-version")).ToContainTextAsync("Version 2");
        await BrowserApp.AssertAccessibleAsync(page);
        await page.GetByLabel("Navn").FillAsync("Lise Leder");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj" }).ClickAsync();
        await Assertions.Expect(page.Locator(".form-error-message").First).ToContainTextAsync("Skriv afdelingen.");
        await page.GetByLabel("Afdeling").FillAsync("Jobcenterledelsen");
        await page.GetByLabel("Rolle i gruppen").FillAsync("Næstformand");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj" }).ClickAsync();
        await Assertions.Expect(page.Locator("#group")).ToContainTextAsync("Lise Leder");

        await page.GotoAsync("/mentornetvaerk/ny?type=moede");
        await BrowserApp.AssertAccessibleAsync(page);
        await page.GetByLabel("Emne").FillAsync("Sommerens forløb");
        await page.Locator("input[name='Input.MentorIds']").First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem" }).ClickAsync();
        await Assertions.Expect(page.Locator("#meetings")).ToContainTextAsync("Sommerens forløb – 1 deltog");
        await BrowserApp.AssertAccessibleAsync(page);
    }
}
