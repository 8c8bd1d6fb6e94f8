using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vc2.CaseWork.Citizens;
using Vc2.CaseWork.Companies;
using Vc2.CaseWork.Placements;
using Vc2.Platform.Data;
using Vc2.Platform.JobCentres;
using Vc2.Platform.Security;
using Vc2.Platform.Users;

namespace Vc2.E2E;

/// <summary>
/// The parties reach VC2 in Production on PostgreSQL (ADR 0027, ADR 0028): the caseworker saves a work agreement, and
/// VC2 itself e-mails the citizen, the mentor and the company's contact, through a real SMTP server; the mentor logs in
/// with MitID Erhverv and accepts for the company; the contact asks for a login link by e-mail and sees the agreement;
/// the citizen accepts through the personal link in their e-mail; the caseworker sees three acceptances made in VC2.
/// </summary>
public sealed partial class ProductionPartiesJourneyTests(OidcApp app) : IClassFixture<OidcApp>
{
    private const string CitizenEmail = "nina@borger.example";
    private const string ContactEmail = "kontakt@bageriet-aarhus.example";

    [GeneratedRegex(@"/link/([A-Za-z0-9_-]{43})")]
    private static partial Regex LinkPattern();

    /// <summary>What the job centre had registered before: the centre, the company with the mentor's CVR number and a
    /// contact, the mentor, a citizen with an e-mail address, a contract and a running placement.</summary>
    private async Task<Guid> ArrangeAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem("e2e");
        var db = scope.ServiceProvider.GetRequiredService<Vc2Db>();
        var protector = scope.ServiceProvider.GetRequiredService<CprProtector>();
        var today = Vc2.Platform.Common.Today.In(scope.ServiceProvider.GetRequiredService<TimeProvider>());
        var centre = new JobCentre { Name = "Jobcenter Aarhus", MunicipalityNumber = "751", ExpectedParticipants = 120 };
        var cpr = Cpr.Parse("0505901231");
        var citizen = new Citizen
        {
            JobCentreId = centre.Id, CprHash = protector.Hash(cpr), CprCipher = protector.Encrypt(cpr), BirthDate = cpr.BirthDate, FirstName = "Nina", LastName = "Nysen",
            TargetGroup = TargetGroup.Ressourceforloeb, EnrolmentDate = today.AddDays(-60), Email = CitizenEmail,
        };
        var company = new Company { JobCentreId = centre.Id, Cvr = OidcApp.MentorCvr, Name = "Bageriet i Aarhus ApS", ContactName = "Karin Kontakt", ContactEmail = ContactEmail };
        var mentor = new CompanyMentor { JobCentreId = centre.Id, CompanyId = company.Id, Name = OidcApp.MentorName, Email = OidcApp.MentorEmail };
        var contract = new FrameworkContract { JobCentreId = centre.Id, CompanyId = company.Id, Places = 2, From = today.AddDays(-90), To = today.AddDays(365), SignedOn = today.AddDays(-90) };
        var placement = new Placement
        {
            JobCentreId = centre.Id, CitizenId = citizen.Id, CompanyId = company.Id, ContractId = contract.Id, Start = today.AddDays(-14),
            Mentors = [new MentorAssignment { MentorId = mentor.Id, From = today.AddDays(-14) }],
        };
        db.AddRange(centre, citizen, company, mentor, contract, placement);
        await db.SaveChangesAsync();
        return placement.Id;
    }

    private async Task<IPage> PhoneAsync()
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, Locale = "da-DK", ViewportSize = new() { Width = 390, Height = 844 } });
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        BrowserApp.WatchContentSecurityPolicy(page);
        return page;
    }

    /// <summary>The personal link in the newest e-mail to the address, waiting for it at the SMTP server.</summary>
    private async Task<string> LinkMailedToAsync(string address, int count)
    {
        var mails = (await app.Smtp.WaitForAsync(count, TimeSpan.FromSeconds(90)))
            .Where(m => m.Message.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.NotEmpty(mails);
        var token = LinkPattern().Match(mails[^1].Text).Groups[1].Value;
        Assert.NotEmpty(token);
        return token;
    }

    private static async Task AcceptAsync(IPage page)
    {
        await page.GetByLabel(new Regex("Jeg har læst arbejdsaftalen")).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Acceptér arbejdsaftalen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Din accept af arbejdsaftalen er gemt");
    }

    [Fact]
    public async Task The_agreement_is_mailed_to_the_parties_who_log_in_as_themselves_and_accept_it()
    {
        if (!app.Available)
        {
            Assert.Skip("Needs PostgreSQL (VC2_TEST_POSTGRES); ./test.sh and CI set it.");
        }

        var placementId = await ArrangeAsync();

        // The caseworker saves the work agreement; VC2 mails the citizen, the mentor and the company's contact.
        var caseworker = await app.NewPageAsync();
        await app.LoginAsync(caseworker, OidcApp.CaseworkerLogin);
        await caseworker.GotoAsync($"/forloeb/{placementId}/aftale/ny");
        await caseworker.GetByLabel("1. Borgerens langsigtede jobmål").FillAsync("Fast job i et bageri.");
        await caseworker.GetByLabel("2. Det konkrete mål for forløbet").FillAsync("Tre dage om ugen i bageriet, selvstændigt ved ovnene.");
        await caseworker.GetByLabel("3. Arbejdsopgaver og arbejdstid").FillAsync("Bagning og opvask, 15 timer om ugen.");
        await caseworker.GetByLabel("4. Mentorens rolle og støtteopgaver").FillAsync("Daglig instruktion og en samtale om ugen.");
        await caseworker.GetByLabel("Delmål", new() { Exact = true }).FillAsync("Møde til tiden\nBage rugbrød selv");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Gem aftalen" }).ClickAsync();
        await Assertions.Expect(caseworker.GetByRole(AriaRole.Status).First).ToContainTextAsync("personligt link");
        var agreementId = caseworker.Url[(caseworker.Url.LastIndexOf('/') + 1)..];
        var mails = await app.Smtp.WaitForAsync(3, TimeSpan.FromSeconds(90));
        Assert.Equal(
            new[] { ContactEmail, CitizenEmail, OidcApp.MentorEmail }.Order(),
            mails.Select(m => m.Message.To.Mailboxes.Single().Address).Order());
        Assert.All(mails, m => Assert.DoesNotContain("Nysen", m.Text, StringComparison.Ordinal)); // the citizen by first name only

        // The mentor logs in with MitID Erhverv (CVR number and persistent id) and accepts for the company.
        var mentor = await PhoneAsync();
        await app.LoginAsync(mentor, OidcApp.MentorLogin);
        await mentor.GotoAsync("/mentor");
        await Assertions.Expect(mentor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mine forløb som virksomhedsmentor");
        await mentor.Locator($"a[href='/aftale/{agreementId}']").ClickAsync();
        await AcceptAsync(mentor);
        await BrowserApp.AssertAccessibleAsync(mentor);

        // The contact has no MitID Erhverv: a login link by e-mail, valid 15 minutes, signs them in as the contact.
        var contact = await PhoneAsync();
        await contact.GotoAsync("/log-ind/link");
        await contact.GetByLabel("Din e-mailadresse").FillAsync(ContactEmail);
        await contact.GetByRole(AriaRole.Button, new() { Name = "Send mig et login-link" }).ClickAsync();
        await Assertions.Expect(contact.Locator("#link-answer")).ToContainTextAsync("Linket virker i 15 minutter");
        var loginToken = await LinkMailedToAsync(ContactEmail, 4);
        await contact.GotoAsync($"/link/{loginToken}");
        await contact.GetByRole(AriaRole.Button, new() { Name = "Fortsæt" }).ClickAsync();
        await contact.GotoAsync($"/aftale/{agreementId}");
        await Assertions.Expect(contact.Locator("#accepted-by-me")).ToContainTextAsync("accepteret for virksomheden");
        await BrowserApp.AssertAccessibleAsync(contact);

        // The citizen accepts through the personal link in their e-mail.
        var citizen = await PhoneAsync();
        await citizen.GotoAsync($"/link/{await LinkMailedToAsync(CitizenEmail, 4)}");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Fortsæt" }).ClickAsync();
        await AcceptAsync(citizen);

        // The caseworker accepts for the job centre and sees three acceptances, each made in VC2.
        await caseworker.GotoAsync($"/aftaler/{agreementId}");
        await caseworker.GetByLabel("Part").SelectOptionAsync(new SelectOptionValue { Label = "Jobcentret" });
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Registrér accept" }).ClickAsync();
        var rows = caseworker.Locator("#acceptances tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        for (var i = 0; i < 3; i++)
        {
            await Assertions.Expect(rows.Nth(i)).ToContainTextAsync("i VC2");
        }

        await BrowserApp.AssertAccessibleAsync(caseworker);

        // No live link on the caseworker's pages: the outbox is not theirs, and the citizen's page shows none.
        await caseworker.GotoAsync("/borgere");
        Assert.DoesNotContain(loginToken, await caseworker.ContentAsync(), StringComparison.Ordinal);
    }
}
