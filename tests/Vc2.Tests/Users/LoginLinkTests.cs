using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vc2.CaseWork.Parties;
using Vc2.Platform.Data;
using Vc2.Platform.Links;
using Vc2.Platform.Outbox;
using Vc2.Platform.Users;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Users;

/// <summary>A login link by e-mail for mentors and contact persons without MitID Erhverv (ADR 0028), through the page:
/// a known address gets a sealed one-time link valid for 15 minutes that signs in with the party's role only; an unknown
/// address gets the same answer and nothing is written; an address gets at most three links per 15 minutes; hostile input
/// is refused with one Danish message and writes nothing.</summary>
public sealed partial class LoginLinkTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private const string Answer = "Hvis adressen er registreret hos et jobcenter, har vi sendt et link til den. Linket virker i 15 minutter og kun én gang.";

    private static async Task<HttpResponseMessage> AskAsync(HttpClient client, string email) =>
        await TestApp.PostFormAsync(client, "/log-ind/link", "/log-ind/link", new Dictionary<string, string> { ["Input.Email"] = email });

    private sealed record Rows(int Links, int Messages, int Users, int Events);

    private static async Task<Rows> CountAsync(TestApp app)
    {
        await using var scope = app.SystemScope(out var db);
        return new Rows(await db.PartyLinks.CountAsync(), await db.Outbox.CountAsync(), await db.Users.CountAsync(), await db.AuditEvents.CountAsync());
    }

    /// <summary>The live link of the newest login-link message to the address, opened from the sealed text.</summary>
    private static async Task<(OutboxMessage Message, string Text, PartyLink Link)> SentToAsync(TestApp app, string to)
    {
        await using var scope = app.SystemScope(out var db);
        var message = await db.Outbox.Where(m => m.To == to && m.Purpose.StartsWith("Login-link")).OrderByDescending(m => m.CreatedAtUtc).FirstAsync();
        var text = scope.ServiceProvider.GetRequiredService<OutboxSeal>().Open(message.SealedBody!);
        var hash = LinkToken.Hash(LinkPattern().Match(text).Groups[1].Value);
        return (message, text, await db.PartyLinks.SingleAsync(l => l.TokenHash == hash));
    }

    /// <summary>Opens a link as a browser does: the page, then its "Fortsæt" button; answers the signed-in browser.</summary>
    private static async Task<HttpClient> OpenAsync(TestApp app, string text, string expectedTarget)
    {
        var token = LinkPattern().Match(text).Groups[1].Value;
        var browser = app.Anonymous();
        var page = await browser.GetStringAsync($"/link/{token}");
        var opened = await browser.PostAsync($"/link/{token}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = TestApp.AntiforgeryToken(page) }));
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal(expectedTarget, opened.Headers.Location!.OriginalString);
        return browser;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_known_mentor_gets_a_sealed_one_time_link_for_15_minutes_that_signs_in_with_the_mentor_role_only(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var login = await app.Anonymous().GetStringAsync("/log-ind");
        Assert.Contains("Virksomhedsmentor eller kontaktperson uden MitID Erhverv? Få et login-link på e-mail", login, StringComparison.Ordinal);

        var client = app.Anonymous();
        var asked = await AskAsync(client, " Mette@Alfa.Example ");
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Equal("/log-ind/link?sendt=1", asked.Headers.Location!.OriginalString); // no address in it
        Assert.Contains(Answer, await client.GetStringAsync(asked.Headers.Location), StringComparison.Ordinal);

        var (message, text, link) = await SentToAsync(app, "mette@alfa.example");
        Assert.Equal((OutboxChannel.Email, app.Data.CentreA, (Guid?)null), (message.Channel, message.JobCentreId, message.CitizenId));
        Assert.Contains(PartyLinks.Masked, message.Body, StringComparison.Ordinal); // staff see it masked
        Assert.DoesNotMatch(LinkPattern(), message.Body!);
        Assert.StartsWith("Hej Mette\n\nHer er dit link til at logge ind i VC2 som virksomhedsmentor. Du er registreret hos Jobcenter Alfa.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mette Mentor", text, StringComparison.Ordinal); // the first name only
        Assert.Equal((PartyKind.Mentor, app.Data.MentorOfCompanyA, "/mentor", TimeSpan.FromMinutes(15)),
            (link.Party, link.SubjectId, link.Target, link.ExpiresAtUtc - link.CreatedAtUtc));

        var browser = await OpenAsync(app, text, "/mentor");
        Assert.Contains("Mine forløb som virksomhedsmentor", await browser.GetStringAsync("/mentor"), StringComparison.Ordinal);
        foreach (var page in new[] { "/borgere", "/virksomhed", "/mit-forloeb", "/program" })
        {
            Assert.NotEqual(HttpStatusCode.OK, (await browser.GetAsync(page)).StatusCode);
        }

        await using (var scope = app.SystemScope(out var db))
        {
            var user = await db.Users.Include(u => u.Memberships).SingleAsync(u => u.UserName == $"link:mentor:{app.Data.MentorOfCompanyA}");
            var membership = Assert.Single(user.Memberships);
            Assert.Equal((Role.CompanyMentor, app.Data.CentreA), (membership.Role, membership.JobCentreId!.Value));
            Assert.Equal((app.Data.MentorOfCompanyA, (Guid?)null, (Guid?)null), (user.CompanyMentorId!.Value, user.CompanyId, user.CitizenId));
        }

        // Once only.
        var token = LinkPattern().Match(text).Groups[1].Value;
        Assert.Contains("allerede brugt", await app.Anonymous().GetStringAsync($"/link/{token}"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_known_company_contact_gets_a_link_to_the_company_page_with_the_contact_role_only(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await using (var scope = app.SystemScope(out var db))
        {
            var company = await db.Companies.SingleAsync(c => c.Id == app.Data.CompanyB);
            (company.ContactName, company.ContactEmail) = ("Bo Beta", "bo@beta.example");
            await db.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.Redirect, (await AskAsync(app.Anonymous(), "BO@beta.example")).StatusCode);
        var (message, text, link) = await SentToAsync(app, "bo@beta.example");
        Assert.Equal((app.Data.CentreB, PartyKind.Company, app.Data.CompanyB, "/virksomhed"), (message.JobCentreId, link.Party, link.SubjectId, link.Target));
        Assert.Equal(SendLoginLink.ContactPurpose, message.Purpose);
        Assert.StartsWith("Hej Bo\n\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Beta\n", text.Replace("Jobcenter Beta", "", StringComparison.Ordinal), StringComparison.Ordinal);

        var browser = await OpenAsync(app, text, "/virksomhed");
        Assert.Contains("Beta Smedje ApS i Virksomhedscenter generation 2", await browser.GetStringAsync("/virksomhed"), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, (await browser.GetAsync("/mentor")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await browser.GetAsync("/borgere")).StatusCode);
        await using (var scope = app.SystemScope(out var db))
        {
            var user = await db.Users.Include(u => u.Memberships).SingleAsync(u => u.UserName == $"link:company:{app.Data.CompanyB}");
            Assert.Equal((Role.CompanyContact, app.Data.CentreB), (Assert.Single(user.Memberships).Role, user.Memberships[0].JobCentreId!.Value));
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_unknown_address_gets_the_same_answer_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var before = await CountAsync(app);
        var unknown = await AskAsync(app.Anonymous(), "ingen@nowhere.example");
        Assert.Equal(before, await CountAsync(app));

        var known = await AskAsync(app.Anonymous(), "mette@alfa.example");
        Assert.Equal((known.StatusCode, known.Headers.Location), (unknown.StatusCode, unknown.Headers.Location));
        Assert.Equal(before with { Links = before.Links + 1, Messages = before.Messages + 1 }, await CountAsync(app));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_address_gets_at_most_three_links_in_15_minutes_and_the_fourth_ask_gets_the_same_answer(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = app.Anonymous();
        for (var i = 0; i < SendLoginLink.MaxPerAddress; i++)
        {
            Assert.Equal("/log-ind/link?sendt=1", (await AskAsync(client, "mette@alfa.example")).Headers.Location!.OriginalString);
        }

        var before = await CountAsync(app);
        Assert.Equal("/log-ind/link?sendt=1", (await AskAsync(client, "METTE@alfa.example")).Headers.Location!.OriginalString);
        Assert.Equal(before, await CountAsync(app));
        Assert.Equal(SendLoginLink.MaxPerAddress, before.Links);

        // Links older than the window no longer count.
        await using (var scope = app.SystemScope(out var db))
        {
            await db.PartyLinks.ExecuteUpdateAsync(u => u.SetProperty(l => l.CreatedAtUtc, l => l.CreatedAtUtc.AddMinutes(-16)));
        }

        await AskAsync(client, "mette@alfa.example");
        Assert.Equal(before.Links + 1, (await CountAsync(app)).Links);
    }

    private static readonly string[] HostileAddresses =
    [
        "", "   ", "mette", "@alfa.example", "mette@", "mette@alfa", "mette@@alfa.example", "mette@alfa..example", new string('a', 190) + "@alfa.example",
        "mette@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 4)) + ".dk",
        new string('x', 100_000), "\u0000", "mette@alfa.example\u0000", "mette@alfa.example\r\nBcc: alle@andre.example", "mette@alfa.example\n",
        "\"Mette\" <mette@alfa.example>", "<script>alert(1)</script>@alfa.example", "' OR 1=1 --", "mette@alfa.example; drop table users", "😀@alfa.example",
    ];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Hostile_input_gets_the_one_danish_message_and_writes_nothing(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var before = await CountAsync(app);
        var client = app.Anonymous();
        foreach (var email in HostileAddresses)
        {
            var response = await AskAsync(client, email);
            var what = email.Length > 40 ? $"{email.Length} characters" : Uri.EscapeDataString(email);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{what}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            var page = await response.Content.ReadAsStringAsync();
            Assert.True(page.Contains(SendLoginLink.InvalidText, StringComparison.Ordinal) && page.Contains("<label", StringComparison.Ordinal)
                        && !page.Contains(Answer, StringComparison.Ordinal), what);
            Assert.Equal(before, await CountAsync(app));
        }
    }

    [Fact]
    public async Task The_form_needs_its_antiforgery_token_and_each_client_may_ask_only_a_few_times()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["RateLimits:LoginLinksPer15Minutes"] = "2" });
        var forged = await app.Anonymous().PostAsync("/log-ind/link", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "mette@alfa.example" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        // The forged post above was the first of the client's two (the test server gives every request one address).
        var client = app.Anonymous();
        Assert.Equal(HttpStatusCode.Redirect, (await AskAsync(client, "mette@alfa.example")).StatusCode);
        var refused = await AskAsync(client, "mette@alfa.example");
        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/log-ind/link")).StatusCode); // the form itself is still shown
        await using var scope = app.SystemScope(out var db);
        Assert.Equal(1, await db.PartyLinks.CountAsync());
    }

    [GeneratedRegex(@"/link/([A-Za-z0-9_\-]{43})")]
    private static partial Regex LinkPattern();
}
