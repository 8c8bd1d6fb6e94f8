using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Vc2.E2E;

/// <summary>The daily case work in the browser, on the demo data (the demo date is 15 June 2015).</summary>
public sealed class CaseWorkJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Centre = "Jobcenter Aarhus";

    private async Task<IPage> LoginAsync(string roleHeading)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/log-ind");
        await page.Locator($"h3:text-is('{roleHeading}') + ul").GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex($"– {Centre}$") }).First.ClickAsync();
        await page.WaitForURLAsync(app.BaseUrl + "/", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        return page;
    }

    private static async Task SubmitAsync(IPage page, string button)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        // The parsed document is enough: the locators after it wait for what they need. Waiting for the "load" event
        // once hung past 90 s on a loaded CI machine although the page had arrived.
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    private static async Task SelectAsync(IPage page, string label, string option) =>
        await page.GetByLabel(label, new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = option });

    [Fact]
    public async Task A_job_consultant_adds_a_company_a_contract_and_a_mentor()
    {
        var page = await LoginAsync("Jobkonsulent (virksomhedskontakt)");
        await page.GotoAsync("/virksomheder");
        await page.GetByRole(AriaRole.Link, new() { Name = "Opret virksomhed" }).ClickAsync();
        await BrowserApp.AssertAccessibleAsync(page);

        await page.GetByLabel("CVR-nummer").FillAsync("12345678");
        await page.GetByLabel("Navn", new() { Exact = true }).First.FillAsync("Kaffebaren Bønne ApS");
        await SubmitAsync(page, "Gem");
        await Assertions.Expect(page.Locator(".form-error-message").First).ToContainTextAsync("CVR-nummeret er ikke gyldigt");
        await Assertions.Expect(page.GetByLabel("CVR-nummer")).ToHaveValueAsync("12345678");
        await BrowserApp.AssertAccessibleAsync(page);

        await page.GetByLabel("CVR-nummer").FillAsync("30000005");
        await page.Locator("#Input_FixedContactName").FillAsync("Jonas Jobkonsulent");
        await page.Locator("#Input_FixedContactHours").FillAsync("Hverdage kl. 8–15");
        await SubmitAsync(page, "Gem");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kaffebaren Bønne ApS", Level = 1 })).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Ny rammeaftale" }).ClickAsync();
        await page.GetByLabel("Antal pladser").FillAsync("2");
        await page.GetByLabel("Første dag").FillAsync("2015-06-01");
        await page.GetByLabel("Sidste dag").FillAsync("2015-05-01");
        await page.GetByLabel("Underskrevet").FillAsync("2015-05-20");
        await SubmitAsync(page, "Gem rammeaftalen");
        await Assertions.Expect(page.Locator(".form-error-message")).ToContainTextAsync("Aftalens sidste dag må ikke ligge før den første.");
        await BrowserApp.AssertAccessibleAsync(page);
        await page.GetByLabel("Sidste dag").FillAsync("2015-12-31");
        await SubmitAsync(page, "Gem rammeaftalen");
        await Assertions.Expect(page.Locator("#contracts tbody tr")).ToHaveCountAsync(1);

        await page.GetByRole(AriaRole.Link, new() { Name = "Ny mentor" }).ClickAsync();
        await page.GetByLabel("Navn").FillAsync("Birgitte Barista");
        await page.GetByLabel("Telefon").FillAsync("40 50 60 70");
        await SubmitAsync(page, "Gem mentoren");
        await Assertions.Expect(page.Locator("#mentors")).ToContainTextAsync("Birgitte Barista");
        await BrowserApp.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task A_caseworker_runs_a_course_from_registration_to_outcome()
    {
        var page = await LoginAsync("Koordinerende sagsbehandler");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmenu" }).GetByRole(AriaRole.Link, new() { Name = "Mine borgere" }).ClickAsync();
        await Assertions.Expect(page.Locator("#worklist tbody tr").First).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(page);

        // Register a citizen: a mistake first, then right.
        await page.GotoAsync("/borgere/ny");
        await BrowserApp.AssertAccessibleAsync(page);
        await page.GetByLabel("CPR-nummer").FillAsync("310290-1234");
        await page.GetByLabel("Fornavn").FillAsync("Sofie");
        await page.GetByLabel("Efternavn").FillAsync("Prøvesen");
        await SelectAsync(page, "Målgruppe", "Ressourceforløb");
        await page.GetByLabel("Indskrevet").FillAsync("2015-04-01");
        await page.GetByLabel("Koordinerende sagsbehandler").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await SubmitAsync(page, "Indskriv borgeren");
        await Assertions.Expect(page.Locator(".form-error-message").First).ToContainTextAsync("ikke en gyldig dato");
        await Assertions.Expect(page.GetByLabel("Fornavn")).ToHaveValueAsync("Sofie");
        await BrowserApp.AssertAccessibleAsync(page);
        await page.GetByLabel("CPR-nummer").FillAsync("010290-1231");
        await SubmitAsync(page, "Indskriv borgeren");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sofie Prøvesen", Level = 1 })).ToBeVisibleAsync();
        var citizenUrl = page.Url;
        await BrowserApp.AssertAccessibleAsync(page);

        // Start a placement on a contracted place with a mentor.
        await page.GetByRole(AriaRole.Link, new() { Name = "Start forløb" }).ClickAsync();
        await BrowserApp.AssertAccessibleAsync(page);
        var company = page.GetByLabel("Virksomhed", new() { Exact = true });
        await company.SelectOptionAsync(new SelectOptionValue { Index = 1 });
        var companyName = await company.Locator("option:checked").InnerTextAsync();
        // Choosing the company narrows the contracts and mentors to its own (ADR 0025).
        await page.Locator("#Input_ContractId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        Assert.StartsWith(companyName + ":", await page.Locator("#Input_ContractId option:checked").InnerTextAsync(), StringComparison.Ordinal);
        await page.Locator("#Input_MentorId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Startdato").FillAsync("2015-04-13");
        await page.GetByLabel("Timer pr. uge ved start").FillAsync("8");
        await SubmitAsync(page, "Start forløbet");
        var capacity = page.GetByLabel("Start forløbet, selv om rammeaftalens pladser er besat");
        if (await capacity.CountAsync() > 0)
        {
            await BrowserApp.AssertAccessibleAsync(page);
            await capacity.CheckAsync();
            await SubmitAsync(page, "Start forløbet");
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Forløb hos {companyName}" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#course-status")).ToContainTextAsync("når tre måneder");
        var placementUrl = page.Url;
        await BrowserApp.AssertAccessibleAsync(page);

        // Write the work agreement and record the three acceptances.
        await page.GetByRole(AriaRole.Link, new() { Name = "Skriv arbejdsaftale" }).ClickAsync();
        await BrowserApp.AssertAccessibleAsync(page);
        await page.GetByLabel("1. Borgerens langsigtede jobmål").FillAsync("Job i en butik");
        await page.GetByLabel("2. Det konkrete mål for forløbet").FillAsync("Fast fremmøde tre dage om ugen");
        await page.GetByLabel("3. Arbejdsopgaver og arbejdstid").FillAsync("Varer på hylder, 3 × 3 timer");
        await page.GetByLabel("4. Mentorens rolle og støtteopgaver").FillAsync("Tager imod og giver dagens opgaver");
        await page.GetByLabel("Delmål").FillAsync("Møder til tiden\nSiger til, når noget er svært");
        await SubmitAsync(page, "Gem aftalen");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Arbejdsaftale", Level = 1 })).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(page);
        // Signatures on paper for the citizen and the company, with their date; the job centre accepts as the caseworker.
        foreach (var (party, name) in new[] { ("Borgeren", "Sofie Prøvesen"), ("Virksomheden", "Mentoren"), ("Jobcentret", "") })
        {
            await SelectAsync(page, "Part", party);
            await page.GetByLabel("Navn på den, der skrev under").FillAsync(name);
            if (name.Length > 0)
            {
                var appToday = Vc2.Platform.Common.Today.In(app.Services.GetRequiredService<TimeProvider>()); // the demo's day
                await page.GetByLabel("Underskrevet på papir den").FillAsync(appToday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }

            await SubmitAsync(page, "Registrér accept");
            await Assertions.Expect(page.Locator("#acceptances")).ToContainTextAsync(name.Length > 0 ? name : party);
        }

        await Assertions.Expect(page.Locator("#acceptances")).ToContainTextAsync("på papir");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Registrér accept" })).ToHaveCountAsync(0);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Udskriv" })).ToBeHiddenAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        // A follow-up against the sub-goals.
        await page.GotoAsync(placementUrl + "/opfoelgning/ny");
        await BrowserApp.AssertAccessibleAsync(page);
        await page.GetByLabel("Dato").FillAsync("2015-05-11");
        await SelectAsync(page, "Form", "På virksomheden");
        await page.GetByLabel("Deltagere").FillAsync("Sofie, mentor og sagsbehandler");
        await page.Locator("#Input_Assessments_0__Status").SelectOptionAsync(new SelectOptionValue { Label = "Nået" });
        await page.Locator("#Input_Assessments_1__Status").SelectOptionAsync(new SelectOptionValue { Label = "I gang" });
        await page.GetByLabel("Timer arbejdet pr. uge").FillAsync("9");
        await SubmitAsync(page, "Gem opfølgningen");
        await Assertions.Expect(page.GetByText("Opfølgningen er gemt.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".vc2-followup").First).ToContainTextAsync("Møder til tiden: Nået");

        // Interrupt the placement, then resume at another company within four weeks.
        await page.GetByRole(AriaRole.Link, new() { Name = "Afslut eller afbryd forløbet" }).ClickAsync();
        await BrowserApp.AssertAccessibleAsync(page);
        await page.GetByLabel("Sidste dag på virksomheden").FillAsync("2015-05-29");
        await SelectAsync(page, "Årsag", "Sygdom");
        await SubmitAsync(page, "Gem");
        await Assertions.Expect(page.Locator("#course-status")).ToContainTextAsync("genoptag senest 27-06-2015");
        await BrowserApp.AssertAccessibleAsync(page);

        await page.GotoAsync(citizenUrl + "/forloeb/nyt");
        var others = await page.Locator("#Input_CompanyId option").AllInnerTextsAsync();
        var other = others.Skip(1).First(n => n != companyName);
        await SelectAsync(page, "Virksomhed", other);
        await page.Locator("#Input_MentorId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Startdato").FillAsync("2015-06-08");
        await SubmitAsync(page, "Start forløbet");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Forløb hos {other}" })).ToBeVisibleAsync();
        await page.GetByText("Sådan er forløbet talt").ClickAsync();
        await Assertions.Expect(page.Locator(".details-text")).ToContainTextAsync("Afbrydelse på 9 dage");

        // The outcome.
        await page.GotoAsync(citizenUrl + "/resultat/nyt");
        await BrowserApp.AssertAccessibleAsync(page);
        await SelectAsync(page, "Hvad er borgeren gået videre til", "Ordinært job");
        await page.GetByLabel("Arbejdsgiver eller uddannelsessted").FillAsync("Brugsen");
        await page.GetByLabel("Startdato").FillAsync("2015-06-15");
        await SubmitAsync(page, "Gem");
        await Assertions.Expect(page.Locator(".form-error-message")).ToContainTextAsync("Skriv den ugentlige arbejdstid i jobbet.");
        await page.GetByLabel("Timer pr. uge").FillAsync("12");
        await SubmitAsync(page, "Gem");
        await Assertions.Expect(page.Locator("#timeline")).ToContainTextAsync("Ordinært job: Brugsen");
        await Assertions.Expect(page.Locator("#timeline")).ToContainTextAsync("Forløb startet hos " + other);
        await Assertions.Expect(page.Locator("#placements tbody tr")).ToHaveCountAsync(2);
        await BrowserApp.AssertAccessibleAsync(page);
        if (Environment.GetEnvironmentVariable("VC2_SCREENSHOTS") is { } folder)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "citizen.png"), FullPage = true });
            await page.GotoAsync(placementUrl);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "placement.png"), FullPage = true });
            await page.GotoAsync("/mine-borgere");
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "worklist.png"), FullPage = true });
        }
    }
}
