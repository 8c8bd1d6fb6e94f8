using Microsoft.Playwright;

namespace Vc2.E2E;

/// <summary>The agency uploads a register extract and follows the import to the log.</summary>
public sealed class RegisterJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_agency_uploads_an_extract_sees_the_progress_and_the_import_log()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/log-ind");
        await page.Locator("h3:text-is('Styrelsen') + ul").GetByRole(AriaRole.Button).First.ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmenu" }).GetByRole(AriaRole.Link, new() { Name = "Registre" }).ClickAsync();
        await Assertions.Expect(page.Locator("#import-log")).ToContainTextAsync("dream-demo.csv");
        await BrowserApp.AssertAccessibleAsync(page);

        var file = Path.Combine(Path.GetTempPath(), $"udtraek-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "PNR;y_1524;y_1525\n0101011234;130;130\nnoget forkert\n");
        try
        {
            await page.GetByLabel("Register").SelectOptionAsync(new SelectOptionValue { Label = "Ydelsesregistret (DREAM-udtræk)" });
            await page.GetByLabel("Fil").SetInputFilesAsync(file);
            await page.GetByRole(AriaRole.Button, new() { Name = "Indlæs" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Indlæsning", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("progress")).ToBeVisibleAsync();

            // While the import runs the page reloads itself every two seconds; axe checks the page once it has settled.
            await Assertions.Expect(page.Locator("#import-status")).ToContainTextAsync("Indlæst", new() { Timeout = 20000 });
            await Assertions.Expect(page.Locator("#import-problems")).ToContainTextAsync("Linje 3: har 1 felter, men overskriften har 3.");
            await BrowserApp.AssertAccessibleAsync(page);

            await page.GetByRole(AriaRole.Link, new() { Name = "Tilbage til registre" }).ClickAsync();
            await Assertions.Expect(page.Locator("#import-log tbody tr").First).ToContainTextAsync(Path.GetFileName(file));
            await page.GetByRole(AriaRole.Link, new() { Name = "Ydelseskoder" }).ClickAsync();
            await Assertions.Expect(page.Locator("#codes")).ToContainTextAsync("990Anden ydelseAnden offentlig forsørgelse");
            await BrowserApp.AssertAccessibleAsync(page);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
