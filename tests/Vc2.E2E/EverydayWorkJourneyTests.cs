using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vc2.Platform.Data;
using Vc2.Platform.Users;

namespace Vc2.E2E;

/// <summary>A coordinating caseworker's everyday pages (ADR 0025): the placement form that narrows to the chosen
/// company with and without JavaScript, a measurement form that reports every error at once, and a work list that
/// filters by what to do and drops an item when its cause is gone.</summary>
public sealed class EverydayWorkJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Centre = "Jobcenter Aarhus";

    private async Task<IPage> LoginAsync(bool javaScript = true)
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, Locale = "da-DK", JavaScriptEnabled = javaScript });
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        BrowserApp.WatchContentSecurityPolicy(page);
        await page.GotoAsync("/log-ind");
        await page.Locator("h3:text-is('Koordinerende sagsbehandler') + ul").GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"– {Centre}$") }).First.ClickAsync();
        await page.WaitForURLAsync(app.BaseUrl + "/", new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Log ud" })).ToBeVisibleAsync();
        return page;
    }

    private async Task<T> WithDbAsync<T>(Func<Vc2Db, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem("e2e");
        return await read(scope.ServiceProvider.GetRequiredService<Vc2Db>());
    }

    /// <summary>Two citizens of Aarhus without a running placement, and the Aarhus company with the most contracts that
    /// run on the demo day, with its mentors' names.</summary>
    private Task<(Guid[] Citizens, string Company, string[] Mentors)> ArrangeAsync() => WithDbAsync(async db =>
    {
        var today = Vc2.Platform.Common.Today.In(app.Services.GetRequiredService<TimeProvider>());
        var centre = await db.JobCentres.Where(j => j.Name == Centre).Select(j => j.Id).SingleAsync();
        var citizens = await db.Citizens.Where(c => c.JobCentreId == centre && !db.Placements.Any(p => p.CitizenId == c.Id && p.ActualEnd == null))
            .OrderBy(c => c.LastName).Select(c => c.Id).Take(2).ToArrayAsync();
        var company = await db.Companies.Where(c => c.JobCentreId == centre && db.Mentors.Any(m => m.CompanyId == c.Id))
            .OrderByDescending(c => db.Contracts.Count(k => k.CompanyId == c.Id && k.To >= today)).ThenBy(c => c.Name).Select(c => new { c.Id, c.Name }).FirstAsync();
        var mentors = await db.Mentors.Where(m => m.CompanyId == company.Id).OrderBy(m => m.Name).Select(m => m.Name).ToArrayAsync();
        return (citizens, company.Name, mentors);
    });

    private static async Task<string[]> OptionsAsync(IPage page, string select) =>
        (await page.Locator($"#{select} option").AllInnerTextsAsync()).Skip(1).ToArray(); // the first is the placeholder

    [Fact]
    public async Task Choosing_the_company_shows_only_its_contracts_and_mentors_with_and_without_javascript()
    {
        var (citizens, company, mentors) = await ArrangeAsync();

        // With JavaScript: the lists follow the company at once, and the two-step button is gone.
        var page = await LoginAsync();
        await page.GotoAsync($"/borgere/{citizens[0]}/forloeb/nyt");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Vis virksomhedens rammeaftaler og mentorer" })).ToBeHiddenAsync();
        Assert.Empty(await OptionsAsync(page, "Input_MentorId"));
        await page.GetByLabel("Virksomhed", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = company });
        Assert.Equal(mentors, (await OptionsAsync(page, "Input_MentorId")).Order(StringComparer.Ordinal).ToArray());
        var contracts = await OptionsAsync(page, "Input_ContractId");
        Assert.NotEmpty(contracts);
        Assert.All(contracts, c => Assert.Matches($@"^{Regex.Escape(company)}: \d\d-\d\d-\d{{4}} til \d\d-\d\d-\d{{4}}, \d+ plads(er)?, \d+ ledige? \d\d-\d\d-\d{{4}}$", c));
        await BrowserApp.AssertAccessibleAsync(page);

        // Without JavaScript: two steps; what was typed is kept, and the placement starts.
        var plain = await LoginAsync(javaScript: false);
        await plain.GotoAsync($"/borgere/{citizens[1]}/forloeb/nyt");
        await plain.GetByLabel("Virksomhed", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = company });
        await plain.GetByLabel("Timer pr. uge ved start").FillAsync("6");
        Assert.Empty(await OptionsAsync(plain, "Input_MentorId"));
        await plain.GetByRole(AriaRole.Button, new() { Name = "Vis virksomhedens rammeaftaler og mentorer" }).ClickAsync();
        await Assertions.Expect(plain.Locator("#Input_MentorId option")).ToHaveCountAsync(mentors.Length + 1);
        Assert.Equal(mentors, (await OptionsAsync(plain, "Input_MentorId")).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(contracts, await OptionsAsync(plain, "Input_ContractId"));
        await Assertions.Expect(plain.GetByLabel("Timer pr. uge ved start")).ToHaveValueAsync("6");
        await Assertions.Expect(plain.Locator(".form-error-message")).ToHaveCountAsync(0);
        await plain.Locator("#Input_MentorId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await plain.GetByRole(AriaRole.Button, new() { Name = "Start forløbet", Exact = true }).ClickAsync();
        var started = plain.GetByRole(AriaRole.Heading, new() { Name = $"Forløb hos {company}" });
        var refused = plain.Locator(".alert-error");
        await Assertions.Expect(started.Or(refused)).ToBeVisibleAsync();
        var capacity = plain.GetByLabel("Start forløbet, selv om rammeaftalens pladser er besat");
        if (await capacity.CountAsync() > 0)
        {
            await capacity.CheckAsync();
            await plain.GetByRole(AriaRole.Button, new() { Name = "Start forløbet", Exact = true }).ClickAsync();
            await Assertions.Expect(started.Or(refused)).ToBeVisibleAsync();
        }

        Assert.True(await refused.CountAsync() == 0, await refused.CountAsync() == 0 ? "" : await refused.InnerTextAsync());
        await Assertions.Expect(started).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_bad_measurement_form_reports_every_error_at_once_in_the_order_of_the_fields()
    {
        var (citizens, _, _) = await ArrangeAsync();
        var page = await LoginAsync();
        await page.GotoAsync($"/borgere/{citizens[0]}/maaling/ny");
        var questions = await page.Locator("main fieldset").CountAsync();
        await page.Locator("input[name='Input.Answers.HoursPerWeek']").FillAsync("mange");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem målingen" }).ClickAsync();

        // The unreadable hours and every unanswered question, in one round.
        var summary = page.Locator(".alert-error li");
        await Assertions.Expect(summary).ToHaveCountAsync(questions + 1);
        await Assertions.Expect(summary.First).ToContainTextAsync("Vælg et tal fra 1 til 10");
        await Assertions.Expect(summary.Last).ToContainTextAsync("»mange« kan ikke læses");
        await Assertions.Expect(page.Locator(".form-error-message")).ToHaveCountAsync(questions + 1);
        await BrowserApp.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task The_work_list_filters_by_what_to_do_and_drops_an_item_once_its_cause_is_gone()
    {
        const string group = "Udslusningsstrategi ikke drøftet med borgeren";
        var page = await LoginAsync();
        var summary = page.Locator("#worklist-summary");
        await Assertions.Expect(summary).ToContainTextAsync("borgere kræver handling");
        await BrowserApp.AssertAccessibleAsync(page);
        await summary.GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"^{group}: \\d+$") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mine borgere");
        await Assertions.Expect(page.Locator("#worklist-status")).ToContainTextAsync($"Viser: {group}");
        var kinds = await page.Locator("#worklist li[data-kind]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.kind)");
        Assert.NotEmpty(kinds);
        Assert.All(kinds, k => Assert.Equal("ExitStrategy", k));
        await BrowserApp.AssertAccessibleAsync(page);

        // Sorted by date, the longest waiting first; the strategy is discussed with the citizen today, and the citizen
        // leaves the group by rule.
        await page.GetByRole(AriaRole.Link, new() { Name = "efter dato, tidligste først" }).ClickAsync();
        var rows = page.Locator("#worklist tbody tr");
        var before = await rows.CountAsync();
        var citizen = await rows.First.Locator("td").First.InnerTextAsync();
        await rows.First.Locator("li[data-kind='ExitStrategy'] a").ClickAsync();
        if (await page.GetByLabel("Mål").InputValueAsync() == "")
        {
            await page.GetByLabel("Mål").SelectOptionAsync(new SelectOptionValue { Label = "Ordinært job" });
        }

        if (await page.GetByLabel("Trin").InputValueAsync() == "")
        {
            await page.GetByLabel("Trin").FillAsync("Flere timer på virksomheden, derefter jobsøgning.");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Gem ny udgave" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Udslusningsstrategien er gemt");
        await page.GotoAsync("/mine-borgere?hvad=ExitStrategy&sorter=dato");
        await Assertions.Expect(rows).ToHaveCountAsync(before - 1);
        await Assertions.Expect(page.Locator("#worklist tbody")).Not.ToContainTextAsync(citizen);
    }
}
