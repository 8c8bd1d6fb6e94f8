using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vc2.Platform.Data;
using Vc2.Platform.Users;

namespace Vc2.E2E;

/// <summary>
/// The people outside the job centre's desk, on a phone (ADR 0023): on the demo data, the caseworker writes a new
/// version of a work agreement; the mentor reads and accepts it, answers a network meeting invitation and sees the
/// contact person; the citizen accepts the same agreement and comments on the exit strategy; the company contact sees
/// the places in use; the caseworker sees three acceptances made by the parties themselves, with the version; a newer
/// version asks for acceptance again. Every page of the three parties is checked with axe-core and for horizontal
/// overflow at 390 px.
/// </summary>
public sealed partial class PartiesJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Centre = "Jobcenter Aarhus";

    /// <summary>The demo's shared course: the demo citizen's running placement, mentored by the first demo mentor of
    /// Aarhus, at the demo company contact's company.</summary>
    private async Task<(Guid PlacementId, Guid CitizenId)> SharedCourseAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem("e2e");
        var db = scope.ServiceProvider.GetRequiredService<Vc2Db>();
        var citizenId = await db.Users.Where(u => u.UserName == "demo-borger").Select(u => u.CitizenId!.Value).SingleAsync();
        var companyId = await db.Users.Where(u => u.UserName == "demo-virksomhed").Select(u => u.CompanyId!.Value).SingleAsync();
        var placementId = await db.Placements.Where(p => p.CitizenId == citizenId && p.CompanyId == companyId && p.ActualEnd == null).Select(p => p.Id).SingleAsync();
        return (placementId, citizenId);
    }

    /// <summary>The one-time link the company's contact person was sent for the agreement, opened with the gateway's key.</summary>
    private async Task<string> CompanyLinkAsync(string agreementId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem("e2e");
        var db = scope.ServiceProvider.GetRequiredService<Vc2Db>();
        var target = $"/aftale/{agreementId}";
        var hash = await db.PartyLinks.Where(l => l.Target == target && l.Party == Vc2.Platform.Links.PartyKind.Company).Select(l => l.TokenHash).SingleAsync();
        var seal = scope.ServiceProvider.GetRequiredService<Vc2.Platform.Outbox.OutboxSeal>();
        var bodies = await db.Outbox.Where(m => m.SealedBody != null && m.Purpose.StartsWith("Ny arbejdsaftale")).Select(m => m.SealedBody!).ToListAsync();
        return bodies.Select(b => LinkPattern().Match(seal.Open(b)).Groups[1].Value).Single(t => t.Length > 0 && Vc2.Platform.Links.LinkToken.Hash(t) == hash);
    }

    private async Task<IPage> LoginAsync(string roleHeading, int width)
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, Locale = "da-DK", ViewportSize = new() { Width = width, Height = 844 } });
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        BrowserApp.WatchContentSecurityPolicy(page);
        await page.GotoAsync("/log-ind");
        await page.Locator($"h3:text-is('{roleHeading}') + ul").GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"– {Centre}$") }).First.ClickAsync();
        await page.WaitForURLAsync(app.BaseUrl + "/", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        return page;
    }

    /// <summary>axe-core clean, and nothing wider than the screen.</summary>
    private static async Task CheckPhonePageAsync(IPage page)
    {
        await BrowserApp.AssertAccessibleAsync(page);
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scroll, client) = (widths[0], widths[1]);
        var wide = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1
                     && !e.closest('.table--responsive-scroll')).slice(0, 5).map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').trim().slice(0, 40))
            """);
        Assert.True(scroll <= client, $"{page.Url} is {scroll} px wide on a {client} px screen: {string.Join("; ", wide)}");
    }

    /// <summary>Through the phone menu: the "Menu" button, then the link.</summary>
    private static async Task MenuAsync(IPage page, string link)
    {
        await page.Locator("summary", new() { HasText = "Menu" }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmenu" }).GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync();
    }

    private static async Task AcceptAgreementAsync(IPage page)
    {
        await page.GetByLabel(new Regex("Jeg har læst arbejdsaftalen")).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Acceptér arbejdsaftalen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Din accept af arbejdsaftalen er gemt");
        await Assertions.Expect(page.Locator("#accepted-by-me")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Mentor_citizen_and_company_accept_the_agreement_themselves_on_a_phone_and_the_caseworker_sees_it()
    {
        var (placementId, citizenId) = await SharedCourseAsync();

        // The caseworker writes a new version of the agreement and the exit strategy, discussed with the citizen today.
        var caseworker = await LoginAsync("Koordinerende sagsbehandler", 1280);
        await caseworker.GotoAsync($"/forloeb/{placementId}/aftale/ny");
        await caseworker.GetByLabel("2. Det konkrete mål for forløbet").FillAsync("Fire dage om ugen og selvstændige opgaver i køkkenet.");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Gem aftalen" }).ClickAsync();
        await Assertions.Expect(caseworker.GetByRole(AriaRole.Status).First).ToContainTextAsync("personligt link");
        var agreementUrl = caseworker.Url;
        var agreementId = agreementUrl[(agreementUrl.LastIndexOf('/') + 1)..];
        await caseworker.GotoAsync($"/borgere/{citizenId}/udslusning");
        await caseworker.GetByLabel("Mål").SelectOptionAsync(new SelectOptionValue { Label = "Ordinært job" });
        await caseworker.GetByLabel("Trin").FillAsync("Flere timer i køkkenet, derefter jobsøgning med mentoren som reference.");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Gem ny udgave" }).ClickAsync();
        await Assertions.Expect(caseworker.GetByRole(AriaRole.Status).First).ToContainTextAsync("Udslusningsstrategien er gemt");

        // The mentor, on a phone: the course, the new version to accept, the meeting invitation, the contact person.
        var mentor = await LoginAsync("Virksomhedsmentor", 390);
        await CheckPhonePageAsync(mentor); // the front page
        await MenuAsync(mentor, "Mine forløb");
        await Assertions.Expect(mentor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mine forløb som virksomhedsmentor");
        await CheckPhonePageAsync(mentor);
        var agreementLink = mentor.Locator($"a[href='/aftale/{agreementId}']");
        await Assertions.Expect(agreementLink.Locator("xpath=..")).ToContainTextAsync("venter på virksomhedens accept");
        await agreementLink.ClickAsync();
        await Assertions.Expect(mentor.Locator("article")).ToContainTextAsync("Fire dage om ugen og selvstændige opgaver i køkkenet.");
        await CheckPhonePageAsync(mentor);
        await AcceptAgreementAsync(mentor);
        await CheckPhonePageAsync(mentor);
        await mentor.GotoAsync("/mentor");
        var meeting = mentor.Locator("#events li", new() { HasText = "Netværksmøde" }).First;
        await meeting.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Jeg kommer") }).ClickAsync();
        await Assertions.Expect(mentor.GetByRole(AriaRole.Status).First).ToContainTextAsync("du kommer");
        await Assertions.Expect(mentor.Locator("#events li", new() { HasText = "Netværksmøde" }).First).ToContainTextAsync("Du har svaret: Jeg kommer.");
        await Assertions.Expect(mentor.Locator("#fixed-contact")).ToContainTextAsync("Navn");
        await CheckPhonePageAsync(mentor);
        await mentor.GotoAsync("/mine-maalinger");
        await CheckPhonePageAsync(mentor);
        await mentor.Locator("#requests li a").First.ClickAsync(); // an answer form: the 1–10 scales as a list
        await Assertions.Expect(mentor.Locator("fieldset").First).ToBeVisibleAsync();
        await CheckPhonePageAsync(mentor);

        // The citizen, on a phone: accepts the same version, reads the exit strategy and comments on it.
        var citizen = await LoginAsync("Borger", 390);
        await CheckPhonePageAsync(citizen);
        await MenuAsync(citizen, "Mit forløb");
        await Assertions.Expect(citizen.Locator("#udslusning + p")).ToContainTextAsync("Ordinært job");
        await CheckPhonePageAsync(citizen);
        await citizen.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Læs arbejdsaftalen") }).ClickAsync();
        await CheckPhonePageAsync(citizen);
        await AcceptAgreementAsync(citizen);
        await citizen.GotoAsync("/mit-forloeb");
        await Assertions.Expect(citizen.Locator("#agreement")).ToContainTextAsync("du har accepteret den");
        await Assertions.Expect(citizen.GetByText(new Regex("Sidst drøftet med dig"))).ToBeVisibleAsync();
        await citizen.GetByLabel("Min kommentar til udslusningsstrategien").FillAsync("Jeg vil gerne have flere timer om morgenen.");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Gem kommentar" }).ClickAsync();
        await Assertions.Expect(citizen.Locator("#my-comments")).ToContainTextAsync("Jeg vil gerne have flere timer om morgenen.");
        await CheckPhonePageAsync(citizen);
        await MenuAsync(citizen, "Mine oplysninger");
        await CheckPhonePageAsync(citizen);
        await citizen.GotoAsync("/mine-maalinger");
        await CheckPhonePageAsync(citizen);

        // The company's contact person, on a phone: places in use and the people placed now.
        var company = await LoginAsync("Virksomhedens kontaktperson", 390);
        await CheckPhonePageAsync(company);
        await MenuAsync(company, "Vores virksomhed");
        await Assertions.Expect(company.Locator("#places")).ToContainTextAsync(new Regex(@"\d+ af \d+ pladser er i brug i dag"));
        await Assertions.Expect(company.Locator("#placed li").First).ToBeVisibleAsync();
        await CheckPhonePageAsync(company);

        // The company's one-time link, opened on a phone without a login: it asks to continue, then shows the agreement,
        // already accepted for the company by the mentor.
        var token = await CompanyLinkAsync(agreementId);
        var linkContext = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, Locale = "da-DK", ViewportSize = new() { Width = 390, Height = 844 } });
        var byLink = await linkContext.NewPageAsync();
        BrowserApp.WatchContentSecurityPolicy(byLink);
        await byLink.GotoAsync($"/link/{token}");
        await CheckPhonePageAsync(byLink);
        await byLink.GetByRole(AriaRole.Button, new() { Name = "Fortsæt" }).ClickAsync();
        await Assertions.Expect(byLink.Locator("#accepted-by-me")).ToContainTextAsync("accepteret for virksomheden");
        await CheckPhonePageAsync(byLink);

        // The caseworker accepts for the job centre and sees three acceptances made in VC2, each of version 2 or later.
        await caseworker.GotoAsync($"/aftaler/{agreementId}");
        await caseworker.GetByLabel("Part").SelectOptionAsync(new SelectOptionValue { Label = "Jobcentret" });
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Registrér accept" }).ClickAsync();
        var rows = caseworker.Locator("#acceptances tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        var number = Regex.Match(await caseworker.Locator("h1 + p").InnerTextAsync(), @"version (\d+)").Groups[1].Value;
        for (var i = 0; i < 3; i++)
        {
            await Assertions.Expect(rows.Nth(i)).ToContainTextAsync("i VC2");
            await Assertions.Expect(rows.Nth(i)).ToContainTextAsync($"version {number}");
        }

        await BrowserApp.AssertAccessibleAsync(caseworker);

        // A changed agreement asks the company for its acceptance again.
        await caseworker.GotoAsync($"/forloeb/{placementId}/aftale/ny");
        await caseworker.GetByLabel("3. Arbejdsopgaver og arbejdstid").FillAsync("Køkken og opvask, 20 timer om ugen.");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Gem aftalen" }).ClickAsync();
        var newer = caseworker.Url[(caseworker.Url.LastIndexOf('/') + 1)..];
        await mentor.GotoAsync("/mentor");
        await Assertions.Expect(mentor.Locator($"a[href='/aftale/{newer}']").Locator("xpath=..")).ToContainTextAsync("venter på virksomhedens accept");

        // The project leader sees the mentor's answer to the invitation.
        var leader = await LoginAsync("Projektleder", 1280);
        await leader.GotoAsync("/mentornetvaerk");
        await Assertions.Expect(leader.Locator("#meetings")).ToContainTextAsync("1 kommer");
        await BrowserApp.AssertAccessibleAsync(leader);
    }

    [GeneratedRegex("/link/([A-Za-z0-9_-]{43})")]
    private static partial Regex LinkPattern();
}
