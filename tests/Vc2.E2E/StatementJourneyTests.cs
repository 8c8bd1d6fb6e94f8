using Microsoft.Playwright;

namespace Vc2.E2E;

/// <summary>The grant statement on the demo data, whose register files were loaded through the real imports.</summary>
public sealed class StatementJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_project_leader_opens_the_statement_drills_into_a_citizen_and_sees_the_explanation()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/log-ind");
        await page.Locator("h3:text-is('Projektleder') + ul").GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("– Jobcenter Aarhus$") }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmenu" }).GetByRole(AriaRole.Link, new() { Name = "Tilskud" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tilskudsopgørelse", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Jobcenter Aarhus", Level = 2 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".vc2-amounts").First).ToContainTextAsync("825.000,00 kr.");
        await BrowserApp.AssertAccessibleAsync(page);

        var first = page.Locator("table[id^='statement-'] tbody tr").First;
        var name = await first.GetByRole(AriaRole.Link).InnerTextAsync();
        await first.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Tilskud for {name}", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#explanation li").First).ToContainTextAsync("(regel R1)");
        await Assertions.Expect(page.Locator("#explanation")).ToContainTextAsync("(regel R3)");
        await BrowserApp.AssertAccessibleAsync(page);
        if (Environment.GetEnvironmentVariable("VC2_SCREENSHOTS") is { } folder)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "citizen-statement.png"), FullPage = true });
            await page.GoBackAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "statement.png"), FullPage = false });
        }
    }
}
