using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vc2.CaseWork.Agreements;
using Vc2.CaseWork.Progress;
using Vc2.Platform.Data;
using Vc2.Platform.Users;
using Vc2.Steering.Organisation;

namespace Vc2.E2E;

/// <summary>The agency as the designer of the programme (ADR 0024): it publishes the work agreement's template and the
/// progress instrument, and reviews the job centres' project plans; the job centres work by what it published.</summary>
public sealed partial class ProgrammeDesignJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Centre = "Jobcenter Aarhus";
    private const string ExtraSection = "Transport til og fra arbejdspladsen";
    private const string NewWording = "Jeg kommer på arbejde de dage og tider, som står i min arbejdsaftale.";

    private async Task<IPage> LoginAsync(string roleHeading, string? centre)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/log-ind");
        var buttons = page.Locator($"h3:text-is('{roleHeading}') + ul").GetByRole(AriaRole.Button);
        await (centre is null ? buttons.First : buttons.Filter(new() { HasTextRegex = new Regex($"– {Regex.Escape(centre)}$") }).First).ClickAsync();
        // Waiting for the front page's "load" event once hung past 90 s on a loaded CI machine although the page had
        // arrived; the log-out button shows the login took.
        await page.WaitForURLAsync(app.BaseUrl + "/", new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Log ud" })).ToBeVisibleAsync(new() { Timeout = 60_000 });
        return page;
    }

    private async Task<T> WithDbAsync<T>(Func<Vc2Db, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem("e2e");
        return await read(scope.ServiceProvider.GetRequiredService<Vc2Db>());
    }

    /// <summary>Every stored row of the agreements, the answers and the earlier design versions, column by column, keyed
    /// by table and id — read with plain SQL, so nothing of EF's mapping hides a change.</summary>
    private Task<Dictionary<string, string>> StoredRowsAsync() => WithDbAsync(async db =>
    {
        var rows = new Dictionary<string, string>();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        foreach (var type in new[] { typeof(WorkAgreement), typeof(SubGoal), typeof(AgreementSection), typeof(Measurement), typeof(MeasurementScore),
                     typeof(AgreementTemplate), typeof(AgreementTemplateSection), typeof(InstrumentVersion) })
        {
            var table = db.Model.FindEntityType(type)!.GetTableName()!;
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var columns = Enumerable.Range(0, reader.FieldCount)
                    .Select(i => $"{reader.GetName(i)}={(reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))}");
                rows[$"{table}:{reader["Id"]}"] = string.Join(" | ", columns);
            }
        }

        return rows;
    });

    /// <summary>A running placement of Aarhus with an agreement, whose citizen has answers on instrument version 1 but
    /// none from today (so the caseworker's answers are the first of the day).</summary>
    private Task<(Guid PlacementId, Guid CitizenId)> CourseAsync() => WithDbAsync(async db =>
    {
        var today = Vc2.Platform.Common.Today.In(app.Services.GetRequiredService<TimeProvider>());
        var pick = await (from p in db.Placements
                          join j in db.JobCentres on p.JobCentreId equals j.Id
                          where j.Name == Centre && p.ActualEnd == null && p.Start <= today && db.Agreements.Any(a => a.PlacementId == p.Id)
                                && db.Measurements.Any(x => x.CitizenId == p.CitizenId)
                                && !db.Measurements.Any(x => x.CitizenId == p.CitizenId && x.AnsweredOn == today)
                          orderby p.Start
                          select new { p.Id, p.CitizenId }).FirstAsync();
        return (pick.Id, pick.CitizenId);
    });

    [Fact]
    public async Task The_agency_publishes_a_template_and_an_instrument_and_the_caseworkers_next_agreement_and_measurement_use_them()
    {
        var before = await StoredRowsAsync();
        var (placementId, citizenId) = await CourseAsync();

        // The agency adds a section to the agreement's template and publishes it as version 2.
        var agency = await LoginAsync("Styrelsen", null);
        await agency.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmenu" }).GetByRole(AriaRole.Link, new() { Name = "Program" }).ClickAsync();
        await agency.GetByRole(AriaRole.Link, new() { Name = "Skabelon for arbejdsaftalen" }).ClickAsync();
        await Assertions.Expect(agency.Locator("#template-versions")).ToContainTextAsync("1 (i brug)");
        await BrowserApp.AssertAccessibleAsync(agency);
        var first = agency.GetByRole(AriaRole.Group, new() { Name = "Ekstra afsnit 1" });
        await first.GetByLabel("Overskrift").FillAsync(ExtraSection);
        await first.GetByLabel("Vejledning").FillAsync("Hvordan borgeren kommer frem, og hvem der hjælper, hvis det går galt.");
        await first.GetByLabel("Skal udfyldes").CheckAsync();
        await agency.GetByLabel($"Vejledning til {AgreementParts.MentorRole}").FillAsync("Skriv, hvem mentoren er, og hvad mentoren hjælper med den første uge.");
        await agency.GetByRole(AriaRole.Button, new() { Name = "Gem kladde" }).ClickAsync();
        await Assertions.Expect(agency.Locator("#draft-heading")).ToHaveTextAsync("Kladde til version 2");
        await agency.GetByRole(AriaRole.Button, new() { Name = "Offentliggør version 2" }).ClickAsync();
        await Assertions.Expect(agency.Locator("#template-versions")).ToContainTextAsync("2 (i brug)");
        await Assertions.Expect(agency.Locator("#template-versions")).ToContainTextAsync(ExtraSection);
        await BrowserApp.AssertAccessibleAsync(agency);

        // The agency rewords the citizen's question on attendance and publishes instrument version 2; the key stays.
        await agency.GotoAsync("/program/maaleinstrument");
        await BrowserApp.AssertAccessibleAsync(agency);
        var attendance = agency.Locator("#dimension-0");
        await Assertions.Expect(attendance).ToContainTextAsync("attendance");
        await attendance.GetByLabel("Spørgsmål til borgeren").FillAsync(NewWording);
        await agency.GetByLabel("Hvad er ændret").FillAsync("Borgerens spørgsmål om mødestabilitet henviser til arbejdsaftalen.");
        await agency.GetByRole(AriaRole.Button, new() { Name = "Gem kladde" }).ClickAsync();
        await Assertions.Expect(agency.Locator("#draft-heading")).ToHaveTextAsync("Kladde til version 2");
        await agency.GetByRole(AriaRole.Button, new() { Name = "Offentliggør version 2" }).ClickAsync();
        await Assertions.Expect(agency.Locator("#instrument-versions tbody tr").Filter(new() { HasText = "I brug" })).ToContainTextAsync("henviser til arbejdsaftalen");
        await BrowserApp.AssertAccessibleAsync(agency);

        // The caseworker's next agreement is written on template version 2: its guidance, and the required extra section.
        var caseworker = await LoginAsync("Koordinerende sagsbehandler", Centre);
        await caseworker.GotoAsync($"/forloeb/{placementId}/aftale/ny");
        await Assertions.Expect(caseworker.Locator("#template-version")).ToContainTextAsync("version 2");
        await Assertions.Expect(caseworker.Locator("main")).ToContainTextAsync("hvad mentoren hjælper med den første uge");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Gem aftalen" }).ClickAsync();
        await Assertions.Expect(caseworker.Locator(".form-error-message").First).ToContainTextAsync($"Udfyld afsnittet »{ExtraSection}«.");
        await BrowserApp.AssertAccessibleAsync(caseworker);
        await caseworker.GetByLabel(ExtraSection).FillAsync("Bus 3A til døren; mentoren ringer, hvis borgeren ikke er mødt kl. 8.15.");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Gem aftalen" }).ClickAsync();
        await Assertions.Expect(caseworker.GetByRole(AriaRole.Heading, new() { Name = ExtraSection })).ToBeVisibleAsync();
        await Assertions.Expect(caseworker.Locator("main")).ToContainTextAsync("Bus 3A til døren");
        await BrowserApp.AssertAccessibleAsync(caseworker);

        // The caseworker types in the citizen's answers: the form asks the new wording.
        await caseworker.GotoAsync($"/borgere/{citizenId}/maaling/ny?respondent=Citizen");
        await Assertions.Expect(caseworker.Locator("main")).ToContainTextAsync(NewWording);
        foreach (var group in await caseworker.Locator("main").GetByRole(AriaRole.Group).AllAsync())
        {
            await group.GetByRole(AriaRole.Radio, new() { Name = "6", Exact = true }).CheckAsync();
        }

        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Gem målingen" }).ClickAsync();
        await Assertions.Expect(caseworker.GetByRole(AriaRole.Status).First).ToContainTextAsync("Målingen er gemt");
        await Assertions.Expect(caseworker.Locator("#instrument-versions")).ToContainTextAsync("version 1 og 2");
        await BrowserApp.AssertAccessibleAsync(caseworker);

        // Stored: the new agreement on template 2 with its section, the new answers on instrument 2, and every row that
        // was there before exactly as it was.
        var after = await StoredRowsAsync();
        foreach (var (key, row) in before)
        {
            Assert.True(after.TryGetValue(key, out var now), $"{key} is gone");
            Assert.Equal(row, now);
        }

        var added = after.Keys.Except(before.Keys).Select(k => k.Split(':')[0]).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        var (agreement, measurement) = await WithDbAsync(async db =>
        (
            await db.Agreements.Include(a => a.Sections).Where(a => a.PlacementId == placementId).OrderByDescending(a => a.Number).FirstAsync(),
            await db.Measurements.Include(m => m.Scores).Where(m => m.CitizenId == citizenId).OrderByDescending(m => m.CreatedAtUtc).FirstAsync()
        ));
        Assert.Equal(2, agreement.TemplateNumber);
        Assert.Equal(ExtraSection, Assert.Single(agreement.Sections).Title);
        Assert.Equal(2, measurement.InstrumentVersion);
        Assert.Equal(Respondent.Citizen, measurement.Respondent);
        Assert.Contains(measurement.Scores, s => s.DimensionKey == "attendance" && s.Score == 6);
        var tableOf = (Type t) => WithDbAsync(db => Task.FromResult(db.Model.FindEntityType(t)!.GetTableName()!));
        Assert.Equal(1, added[await tableOf(typeof(WorkAgreement))]);
        Assert.Equal(1, added[await tableOf(typeof(AgreementSection))]);
        Assert.Equal(1, added[await tableOf(typeof(Measurement))]);
        Assert.Equal(1, added[await tableOf(typeof(AgreementTemplate))]);
        Assert.Equal(1, added[await tableOf(typeof(InstrumentVersion))]);
    }

    /// <summary>The status cell of holdepunkt 8's plan indicator, after its symbol.</summary>
    private static Task PlanStatusIsAsync(IPage page, string status) =>
        Assertions.Expect(page.Locator("#h8-plan td").Last).ToHaveTextAsync(new Regex($"^\\W*{status}$"));

    [Fact]
    public async Task The_agency_comments_the_project_leader_answers_and_holdepunkt_8_turns_green_only_on_approval()
    {
        // The demo centre whose newest plan waits for the agency.
        var (centreId, centreName) = await WithDbAsync(async db =>
        {
            var waiting = await (from p in db.ProjectPlans
                                 join j in db.JobCentres on p.JobCentreId equals j.Id
                                 where p.Review == PlanReview.Awaiting && !db.ProjectPlans.Any(n => n.JobCentreId == p.JobCentreId && n.Number > p.Number)
                                 select new { j.Id, j.Name }).FirstAsync();
            return (waiting.Id, waiting.Name);
        });
        var planRow = $"/holdepunkter?jobcenter={centreId}";

        var agency = await LoginAsync("Styrelsen", null);
        await agency.GotoAsync(planRow);
        await Assertions.Expect(agency.Locator("#h8-plan")).ToContainTextAsync("venter på styrelsen");
        await PlanStatusIsAsync(agency, "Delvist opfyldt");
        await agency.GotoAsync($"/projekt/gennemgang?jobcenter={centreId}");
        await Assertions.Expect(agency.Locator("#plan-review-status")).ToContainTextAsync("Venter på styrelsen");
        await BrowserApp.AssertAccessibleAsync(agency);
        await agency.GetByLabel("Afsnit").SelectOptionAsync(new SelectOptionValue { Value = "timeline" });
        await agency.GetByLabel("Kommentar").FillAsync("Tilføj en milepæl for midtvejsevalueringen.");
        await agency.GetByRole(AriaRole.Button, new() { Name = "Gem kommentar" }).ClickAsync();
        await Assertions.Expect(agency.GetByRole(AriaRole.List, new() { Name = "Kommentarer til Tidsplan" })).ToContainTextAsync("milepæl for midtvejsevalueringen");
        await agency.GetByRole(AriaRole.Button, new() { Name = "Bed om ændringer" }).ClickAsync();
        await Assertions.Expect(agency.Locator("#plan-review-status")).ToContainTextAsync("Styrelsen beder om ændringer");
        await agency.GotoAsync(planRow);
        await Assertions.Expect(agency.Locator("#h8-plan")).ToContainTextAsync("styrelsen beder om ændringer");
        await PlanStatusIsAsync(agency, "Delvist opfyldt");

        // The project leader reads the comment beside the section and answers with a new version.
        var leader = await LoginAsync("Projektleder", centreName);
        await leader.GotoAsync("/projekt/plan");
        await Assertions.Expect(leader.Locator("main")).ToContainTextAsync("milepæl for midtvejsevalueringen");
        await BrowserApp.AssertAccessibleAsync(leader);
        var timeline = leader.GetByLabel("Tidsplan");
        await timeline.FillAsync(await timeline.InputValueAsync() + " Juni 2015: midtvejsevaluering.");
        await leader.GetByLabel("Svar til styrelsen").FillAsync("Milepælen for midtvejsevalueringen står nu i tidsplanen.");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Gem ny version" }).ClickAsync();
        await Assertions.Expect(leader.GetByRole(AriaRole.Status).First).ToBeVisibleAsync();
        await leader.GotoAsync("/holdepunkter");
        await Assertions.Expect(leader.Locator("#h8-plan")).ToContainTextAsync("venter på styrelsen");
        await PlanStatusIsAsync(leader, "Delvist opfyldt");

        // The agency approves the new version: only now is the plan indicator green.
        await agency.GotoAsync($"/projekt/gennemgang?jobcenter={centreId}");
        await Assertions.Expect(agency.Locator("#plan-answer")).ToContainTextAsync("Milepælen for midtvejsevalueringen");
        await agency.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Godkend version") }).ClickAsync();
        await Assertions.Expect(agency.Locator("#plan-review-status")).ToContainTextAsync("Godkendt af styrelsen");
        await BrowserApp.AssertAccessibleAsync(agency);
        await agency.GotoAsync(planRow);
        await Assertions.Expect(agency.Locator("#h8-plan")).ToContainTextAsync("godkendt");
        await PlanStatusIsAsync(agency, "Opfyldt");
    }
}
