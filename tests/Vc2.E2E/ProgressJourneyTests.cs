using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vc2.Platform.Data;
using Vc2.CaseWork.Progress;
using Vc2.Platform.Users;
using Vc2.Platform.Links;

namespace Vc2.E2E;

/// <summary>Progress measurement in the browser on the demo data: a caseworker sends a mentor a personal link, the
/// mentor answers once, and the caseworker sees the disagreement with the citizen's answers in the chart.</summary>
public sealed partial class ProgressJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Centre = "Jobcenter Aarhus";

    /// <summary>A citizen of Aarhus in a running placement whose mentor has an e-mail address, and who has no answer from
    /// the citizen or the mentor on the demo date (so today's answers are the first of the day).</summary>
    private async Task<(Guid CitizenId, string MentorName)> CitizenWithMentorAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem("e2e");
        var db = scope.ServiceProvider.GetRequiredService<Vc2Db>();
        var today = Vc2.Platform.Common.Today.In(scope.ServiceProvider.GetRequiredService<TimeProvider>());
        var candidates = await (from p in db.Placements
                                join j in db.JobCentres on p.JobCentreId equals j.Id
                                from a in p.Mentors
                                join m in db.Mentors on a.MentorId equals m.Id
                                where j.Name == Centre && p.ActualEnd == null && p.Start <= today && m.Email != null
                                      && !db.Measurements.Any(x => x.CitizenId == p.CitizenId && x.AnsweredOn == today && x.Respondent != Respondent.Caseworker)
                                      && !db.MeasurementRequests.Any(r => r.CitizenId == p.CitizenId)
                                orderby p.Start
                                select new { p.CitizenId, m.Name }).ToListAsync();
        var pick = candidates[^1];
        return (pick.CitizenId, pick.Name);
    }

    /// <summary>The link in the outbox message sent for the citizen's request, opened with the gateway's key (as the
    /// mentor's mail client would show it; staff see it masked).</summary>
    private async Task<string> LinkSentForAsync(Guid citizenId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem("e2e");
        var db = scope.ServiceProvider.GetRequiredService<Vc2Db>();
        var hash = (await db.MeasurementRequests.SingleAsync(r => r.CitizenId == citizenId)).TokenHash;
        var seal = scope.ServiceProvider.GetRequiredService<Vc2.Platform.Outbox.OutboxSeal>();
        var sealedBodies = await db.Outbox.Where(m => m.SealedBody != null).Select(m => m.SealedBody!).ToListAsync();
        return sealedBodies.Select(b => LinkPattern().Match(seal.Open(b)).Groups[1].Value).Single(t => t.Length > 0 && LinkToken.Hash(t) == hash);
    }

    private async Task<IPage> LoginAsync(string roleHeading)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/log-ind");
        await page.Locator($"h3:text-is('{roleHeading}') + ul").GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"– {Centre}$") }).First.ClickAsync();
        await page.WaitForURLAsync(app.BaseUrl + "/", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        return page;
    }

    /// <summary>Picks the same point on every scale in the form: the radio button named by its label in each group.</summary>
    private static async Task AnswerAllAsync(IPage page, int point)
    {
        foreach (var group in await page.Locator("main").GetByRole(AriaRole.Group).AllAsync())
        {
            await group.GetByRole(AriaRole.Radio, new() { Name = point.ToString(System.Globalization.CultureInfo.InvariantCulture), Exact = true }).CheckAsync();
        }
    }

    [Fact]
    public async Task A_mentor_answers_through_a_link_once_and_the_caseworker_sees_the_disagreement_in_the_chart()
    {
        var (citizenId, mentorName) = await CitizenWithMentorAsync();
        var caseworker = await LoginAsync("Koordinerende sagsbehandler");
        await caseworker.GotoAsync($"/borgere/{citizenId}/progression");
        await caseworker.GetByLabel("Hvem skal svare").SelectOptionAsync(new SelectOptionValue { Label = "Mentor" });
        await caseworker.GetByLabel("Send linket som").SelectOptionAsync(new SelectOptionValue { Label = "E-mail" });
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Send anmodning" }).ClickAsync();
        await Assertions.Expect(caseworker.GetByRole(AriaRole.Status).First).ToContainTextAsync("Linket sendes til");
        await Assertions.Expect(caseworker.Locator("#requests")).ToContainTextAsync("Venter");

        // The mentor, not logged in, opens the link from the e-mail on a phone-sized screen.
        var token = await LinkSentForAsync(citizenId);
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, Locale = "da-DK", ViewportSize = new() { Width = 390, Height = 844 } });
        var mentor = await context.NewPageAsync();
        BrowserApp.WatchContentSecurityPolicy(mentor);
        await mentor.GotoAsync($"/svar/{token}");
        await Assertions.Expect(mentor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Hvordan går det med");
        await Assertions.Expect(mentor.Locator("fieldset")).ToHaveCountAsync(5); // the workplace dimensions
        await mentor.GetByRole(AriaRole.Button, new() { Name = "Send svarene" }).ClickAsync();
        await Assertions.Expect(mentor.Locator(".form-error-message").First).ToContainTextAsync("Vælg et tal fra 1 til 10");
        await BrowserApp.AssertAccessibleAsync(mentor);
        await AnswerAllAsync(mentor, 2);
        await mentor.GetByLabel(new Regex("timer", RegexOptions.IgnoreCase)).FillAsync("12,5");
        await mentor.GetByRole(AriaRole.Button, new() { Name = "Send svarene" }).ClickAsync();
        await Assertions.Expect(mentor.GetByRole(AriaRole.Heading, new() { Name = "Tak for dine svar" })).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(mentor);

        await mentor.GotoAsync($"/svar/{token}");
        await Assertions.Expect(mentor.Locator("#refusal")).ToHaveTextAsync(RequestRules.Used);
        await Assertions.Expect(mentor.Locator("fieldset")).ToHaveCountAsync(0);

        // The caseworker types in the citizen's own answers from a conversation the same day: far brighter than the mentor's.
        await caseworker.GotoAsync($"/borgere/{citizenId}/progression");
        await caseworker.GetByRole(AriaRole.Link, new() { Name = "Indtast borgerens svar" }).ClickAsync();
        await BrowserApp.AssertAccessibleAsync(caseworker);
        await AnswerAllAsync(caseworker, 9);
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Gem målingen" }).ClickAsync();
        await Assertions.Expect(caseworker.GetByRole(AriaRole.Status).First).ToContainTextAsync("Målingen er gemt");

        var disagreements = caseworker.Locator("#disagreements");
        await Assertions.Expect(disagreements).ToContainTextAsync($"Mødestabilitet: Borger 9");
        await Assertions.Expect(disagreements).ToContainTextAsync("og mentor 2");
        await Assertions.Expect(caseworker.Locator("#answers")).ToContainTextAsync(mentorName + " (via link)");
        var marked = await caseworker.EvaluateAsync<bool>("""
            () => {
              const chart = Chart.getChart(document.getElementById('chart-attendance'));
              return chart.data.datasets.some(d => Array.isArray(d.pointStyle) && d.pointStyle.includes('triangle'));
            }
            """);
        Assert.True(marked, "The attendance chart marks the disagreement with a triangle.");
        await BrowserApp.AssertAccessibleAsync(caseworker);
    }

    [Fact]
    public async Task The_project_leader_sees_the_job_centres_progression_and_the_outbox()
    {
        var leader = await LoginAsync("Projektleder");
        await leader.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmenu" }).GetByRole(AriaRole.Link, new() { Name = "Progression" }).ClickAsync();
        await Assertions.Expect(leader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Progression – {Centre}");
        await Assertions.Expect(leader.Locator("#completion tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(leader.Locator("#change-chart")).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(leader);

        await leader.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmenu" }).GetByRole(AriaRole.Link, new() { Name = "Udbakke" }).ClickAsync();
        await Assertions.Expect(leader.Locator("#outbox tbody tr").First).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(leader);
    }

    [Fact]
    public async Task A_logged_in_mentor_answers_a_request_from_their_own_list()
    {
        var mentor = await LoginAsync("Virksomhedsmentor");
        await mentor.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmenu" }).GetByRole(AriaRole.Link, new() { Name = "Mine målinger" }).ClickAsync();
        await BrowserApp.AssertAccessibleAsync(mentor);
        var requests = mentor.Locator("#requests li");
        var before = await requests.CountAsync();
        Assert.True(before > 0, "The demo mentor has requests to answer.");
        await requests.First.GetByRole(AriaRole.Link).ClickAsync();
        await AnswerAllAsync(mentor, 6);
        await mentor.GetByRole(AriaRole.Button, new() { Name = "Send svarene" }).ClickAsync();
        await Assertions.Expect(mentor.GetByRole(AriaRole.Status).First).ToContainTextAsync("Tak for dine svar");
        await Assertions.Expect(requests).ToHaveCountAsync(before - 1);
    }

    [GeneratedRegex("/svar/([A-Za-z0-9_-]{43})")]
    private static partial Regex LinkPattern();
}
