using Microsoft.Playwright;

namespace Vc2.E2E;

/// <summary>Going live: on an empty PostgreSQL in Production, the first administrator logs in through a real OpenID
/// provider and sets up a job centre (and takes a first evaluation snapshot); its caseworker logs in and registers a citizen; logging out ends the provider's
/// session; a login naming an unknown municipality gets a Danish page, and so does a MitID Erhverv login no job centre has
/// registered.</summary>
public sealed class ProductionLoginJourneyTests(OidcApp app) : IClassFixture<OidcApp>
{
    [Fact]
    public async Task The_first_administrator_sets_up_a_job_centre_and_its_caseworker_logs_in_and_registers_a_citizen()
    {
        if (!app.Available)
        {
            Assert.Skip("Needs PostgreSQL (VC2_TEST_POSTGRES); ./test.sh and CI set it.");
        }

        var page = await app.NewPageAsync();
        await page.GotoAsync("/log-ind");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Demo-login" })).ToHaveCountAsync(0); // no demo in production
        await BrowserApp.AssertAccessibleAsync(page);

        await app.LoginAsync(page, OidcApp.AdminLogin);
        await Assertions.Expect(page.Locator(".vc2-user")).ToContainTextAsync("Ada Administrator, Styrelsen"); // name from userinfo, role from Bootstrap
        await page.GotoAsync("/program");
        await Assertions.Expect(page.Locator("#no-centres")).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Opret jobcenter" }).ClickAsync();
        await page.GetByLabel("Navn", new() { Exact = true }).First.FillAsync("Jobcenter Aarhus");
        await page.GetByLabel("Kommunenummer").FillAsync("751");
        await page.GetByLabel("Forventede deltagere").FillAsync("120");
        await page.GetByLabel("Tilsagn givet").FillAsync("2013-11-01");
        await page.GetByLabel("Tilsagnsbrevets journalnummer").FillAsync("2013-751-VC2");
        await BrowserApp.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret jobcentret" }).ClickAsync();
        await Assertions.Expect(page.Locator("#centre-status")).ToContainTextAsync("1.296.000,00 kr.");
        await BrowserApp.AssertAccessibleAsync(page);

        // The evaluation on day one: no comparison extract, no participants — the report says why there is no effect.
        await page.GotoAsync("/evaluering/sammenligningsgruppe");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Der er ikke indlæst et sammenligningsudtræk endnu");
        await BrowserApp.AssertAccessibleAsync(page);
        await page.GotoAsync("/evaluering");
        await page.GetByLabel("Rapport").SelectOptionAsync(new SelectOptionValue { Label = "Midtvejsevaluering" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Dan øjebliksbillede og rapport" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Effekt sammenlignet med lignende borgere uden for programmet" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("article")).ToContainTextAsync("Der er ingen deltagere endnu.");
        await BrowserApp.AssertAccessibleAsync(page);
        await app.LogoutAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Log ind", Exact = true }).First).ToBeVisibleAsync();

        // The provider's session ended with VC2's: the caseworker at the same browser is asked for credentials.
        await app.LoginAsync(page, OidcApp.CaseworkerLogin);
        await Assertions.Expect(page.Locator(".vc2-user")).ToContainTextAsync("Søren Sagsbehandler, Koordinerende sagsbehandler");
        await page.GotoAsync("/borgere/ny");
        await page.GetByLabel("CPR-nummer").FillAsync("0505901231");
        await page.GetByLabel("Fornavn").FillAsync("Nina");
        await page.GetByLabel("Efternavn").FillAsync("Nysen");
        await page.GetByLabel("Målgruppe").SelectOptionAsync(new SelectOptionValue { Label = "Ressourceforløb" });
        await page.GetByLabel("Koordinerende sagsbehandler").SelectOptionAsync(new SelectOptionValue { Label = "Søren Sagsbehandler" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Indskriv borgeren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nina Nysen", Level = 1 })).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(page);
        await app.LogoutAsync(page);

        // A login whose role names a municipality VC2 does not know ends on a Danish page that names it.
        await app.LoginAsync(page, OidcApp.UnknownMunicipalityLogin);
        await Assertions.Expect(page.Locator("#refusal")).ToContainTextAsync("kommune 999");
        await BrowserApp.AssertAccessibleAsync(page);

        // A MitID Erhverv login (CVR number and persistent id from userinfo, no roles) that no job centre has registered
        // is told so, with its CVR number and the address it logged in with — which is not in the page's address.
        // (A browser of its own: the refused login above left its session at the provider.)
        var company = await app.NewPageAsync();
        await app.LoginAsync(company, OidcApp.MentorLogin);
        await Assertions.Expect(company.Locator("#refusal")).ToContainTextAsync($"MitID Erhverv for CVR {OidcApp.MentorCvr}");
        await Assertions.Expect(company.Locator("#refusal")).ToContainTextAsync(OidcApp.MentorEmail);
        Assert.DoesNotContain("maja", company.Url, StringComparison.OrdinalIgnoreCase);
        await BrowserApp.AssertAccessibleAsync(company);

        // Without MitID Erhverv: a login link by e-mail, asked for from the login page; the answer names no address.
        await company.GotoAsync("/log-ind");
        await company.GetByRole(AriaRole.Link, new() { Name = "Virksomhedsmentor eller kontaktperson uden MitID Erhverv? Få et login-link på e-mail" }).ClickAsync();
        await company.GetByLabel("Din e-mailadresse").FillAsync("maja@");
        await company.GetByRole(AriaRole.Button, new() { Name = "Send mig et login-link" }).ClickAsync();
        await Assertions.Expect(company.Locator(".form-error-message")).ToContainTextAsync("Skriv din e-mailadresse");
        await BrowserApp.AssertAccessibleAsync(company);
        await company.GetByLabel("Din e-mailadresse").FillAsync(OidcApp.MentorEmail);
        await company.GetByRole(AriaRole.Button, new() { Name = "Send mig et login-link" }).ClickAsync();
        await Assertions.Expect(company.Locator("#link-answer")).ToContainTextAsync("Linket virker i 15 minutter og kun én gang.");
        await BrowserApp.AssertAccessibleAsync(company);
    }
}
