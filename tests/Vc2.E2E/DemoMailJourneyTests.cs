using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vc2.Platform.Data;
using Vc2.Platform.Users;

namespace Vc2.E2E;

/// <summary>The demo with a mail server set delivers a measurement request by e-mail within 90 s (VC2's own sender,
/// ADR 0027); the link in the mail opens the answer form, and the outbox page shows the message as sent without the
/// link.</summary>
public sealed partial class DemoMailJourneyTests(MailingDemoApp app) : IClassFixture<MailingDemoApp>
{
    private const string Centre = "Jobcenter Aarhus";

    [GeneratedRegex("/svar/([A-Za-z0-9_-]{43})")]
    private static partial Regex LinkPattern();

    private async Task<(Guid CitizenId, string MentorEmail)> CitizenWithMentorAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem("e2e");
        var db = scope.ServiceProvider.GetRequiredService<Vc2Db>();
        var today = Vc2.Platform.Common.Today.In(scope.ServiceProvider.GetRequiredService<TimeProvider>());
        var pick = await (from p in db.Placements
                          join j in db.JobCentres on p.JobCentreId equals j.Id
                          from a in p.Mentors
                          join m in db.Mentors on a.MentorId equals m.Id
                          where j.Name == Centre && p.ActualEnd == null && p.Start <= today && a.To == null && m.Email != null
                                && !db.MeasurementRequests.Any(r => r.CitizenId == p.CitizenId)
                          orderby p.Start
                          select new { p.CitizenId, m.Email }).FirstAsync();
        return (pick.CitizenId, pick.Email!);
    }

    private async Task<IPage> LoginAsync(string roleHeading)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/log-ind");
        await page.Locator($"h3:text-is('{roleHeading}') + ul").GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"– {Centre}$") }).First.ClickAsync();
        await page.WaitForURLAsync(app.BaseUrl + "/", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        return page;
    }

    [Fact]
    public async Task A_measurement_request_reaches_the_mail_server_and_its_link_opens_the_answer_form()
    {
        var (citizenId, mentorEmail) = await CitizenWithMentorAsync();
        var before = app.Smtp.Messages.Count;
        var caseworker = await LoginAsync("Koordinerende sagsbehandler");
        await caseworker.GotoAsync($"/borgere/{citizenId}/progression");
        await caseworker.GetByLabel("Hvem skal svare").SelectOptionAsync(new SelectOptionValue { Label = "Mentor" });
        await caseworker.GetByLabel("Send linket som").SelectOptionAsync(new SelectOptionValue { Label = "E-mail" });
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Send anmodning" }).ClickAsync();
        await Assertions.Expect(caseworker.GetByRole(AriaRole.Status).First).ToContainTextAsync("Linket sendes til");

        var received = (await app.Smtp.WaitForAsync(before + 1, TimeSpan.FromSeconds(90))).Skip(before).ToList();
        var mail = Assert.Single(received);
        Assert.Equal(mentorEmail, mail.Message.To.Mailboxes.Single().Address, ignoreCase: true);
        var token = LinkPattern().Match(mail.Text).Groups[1].Value;
        Assert.NotEmpty(token);

        var mentor = await (await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, Locale = "da-DK" })).NewPageAsync();
        await mentor.GotoAsync($"/svar/{token}");
        await Assertions.Expect(mentor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Hvordan går det med");
        await Assertions.Expect(mentor.GetByRole(AriaRole.Button, new() { Name = "Send svarene" })).ToBeVisibleAsync();

        var leader = await LoginAsync("Projektleder");
        await leader.GotoAsync("/udbakke");
        await Assertions.Expect(leader.Locator("#outbox-channels")).ToContainTextAsync("E-mail: sendes af VC2.");
        await Assertions.Expect(leader.Locator("#outbox tbody tr").First).ToContainTextAsync("Sendt");
        Assert.DoesNotContain(token, await leader.ContentAsync(), StringComparison.Ordinal);
        await BrowserApp.AssertAccessibleAsync(leader);
    }
}
