using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vc2.CaseWork.Placements;
using Vc2.Money.Grants;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.JobCentres;
using Vc2.Steering.Overview;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Steering;

/// <summary>The national figures (ADR 0019): computed once per change and read by the agency's pages, a
/// change marks its own job centre behind in the same save, a handful is recomputed on view and more are left to the
/// worker with the page saying so, the stored statement equals the live one, and /jobcentre runs the same few SQL
/// statements however many job centres there are.</summary>
public sealed class NationalFiguresTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    // The worker runs once at start and then not within a test, so that what a test sees is what it did.
    private static readonly Dictionary<string, string?> QuietWorker = new() { ["Figures:RefreshSeconds"] = "3600" };

    private static async Task<RefreshFigures.Outcome> RefreshAsync(TestApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RefreshFigures>().RunAsync(wait: TimeSpan.FromSeconds(30));
    }

    private static async Task<List<JobCentreFigures>> StoredAsync(TestApp app)
    {
        await using var scope = app.SystemScope(out var db);
        return await db.JobCentreFigures.AsNoTracking().ToListAsync();
    }

    private static async Task AddCentresAsync(TestApp app, int count)
    {
        await using var scope = app.SystemScope(out var db);
        for (var i = 0; i < count; i++)
        {
            db.JobCentres.Add(new JobCentre { Name = $"Jobcenter Ekstra {i + 1}", MunicipalityNumber = (600 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), ExpectedParticipants = 40 });
        }

        await db.SaveChangesAsync();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_change_marks_only_its_own_centre_behind_in_the_same_save_and_the_overview_shows_it_at_once(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider, QuietWorker);
        await RefreshAsync(app);
        var before = (await StoredAsync(app)).ToDictionary(f => f.JobCentreId);
        Assert.All(before.Values, f => Assert.True(f.ComputedVersion >= f.ChangeVersion));

        await using (var scope = app.SystemScope(out var db))
        {
            db.Placements.Add(new Placement
            {
                JobCentreId = app.Data.CentreA, CitizenId = app.Data.CitizenA, CompanyId = app.Data.CompanyA, Start = new DateOnly(2014, 3, 1),
                PlannedEnd = new DateOnly(2014, 6, 30), ActualEnd = new DateOnly(2014, 6, 30), CreatedAtUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        var after = (await StoredAsync(app)).ToDictionary(f => f.JobCentreId);
        Assert.True(after[app.Data.CentreA].ChangeVersion > after[app.Data.CentreA].ComputedVersion, "the centre with the new placement is behind");
        Assert.Equal(before[app.Data.CentreB].ChangeVersion, after[app.Data.CentreB].ChangeVersion);

        // A read writes an audit event, which feeds no figure: nothing is marked.
        var caseworker = await app.LoginAsync(app.Data.CaseworkerA);
        Assert.Equal(HttpStatusCode.OK, (await caseworker.GetAsync($"/borgere/{app.Data.CitizenA}")).StatusCode);
        Assert.Equal(after[app.Data.CentreB].ChangeVersion, (await StoredAsync(app)).Single(f => f.JobCentreId == app.Data.CentreB).ChangeVersion);
        Assert.Equal(after[app.Data.CentreA].ChangeVersion, (await StoredAsync(app)).Single(f => f.JobCentreId == app.Data.CentreA).ChangeVersion);

        var overview = Assert.IsType<Result<ProgrammeOverview.Output>.Ok>(
            await app.AsAsync<ProgrammeOverview, Result<ProgrammeOverview.Output>>(app.Data.Agency, s => s.RunAsync())).Value;
        var a = overview.Rows.Single(r => r.Id == app.Data.CentreA);
        Assert.True(a.Current);
        Assert.Equal(0, overview.Behind);
        Assert.Equal(6000m, a.ActivityAndResultPayable); // 4 months × 1,500 kr. from the new course
        var page = await (await app.LoginAsync(app.Data.Agency)).GetStringAsync("/jobcentre");
        Assert.Contains("Tallene er beregnet", page, StringComparison.Ordinal);
        Assert.Contains("kl.", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task After_an_import_every_centre_is_behind_and_the_pages_show_the_older_figures_until_the_worker_has_done_them(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider, QuietWorker);
        await AddCentresAsync(app, ProgrammeOverview.RecomputeOnView);
        await RefreshAsync(app);
        await using (var scope = app.SystemScope(out var db))
        {
            var import = scope.ServiceProvider.GetRequiredService<Vc2.Money.Registers.ImportBenefits>();
            var report = await import.RunAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes($"PNR;y_1410\n{TestData.CprA};130\n")), "dream.csv");
            Assert.IsType<Result<Vc2.Money.Registers.ImportReport>.Ok>(report);
        }

        var stored = await StoredAsync(app);
        Assert.All(stored, f => Assert.True(f.ChangeVersion > f.ComputedVersion, "every centre is behind after an import"));
        var agency = await app.LoginAsync(app.Data.Agency);
        var page = await agency.GetStringAsync("/jobcentre");
        Assert.Contains("har ændringer, der ikke er regnet med endnu", page, StringComparison.Ordinal);
        Assert.Contains("genberegnes", page, StringComparison.Ordinal);
        Assert.Contains("Jobcenter Alfa", page, StringComparison.Ordinal); // the older figures stay on the page

        var outcome = await RefreshAsync(app);
        Assert.Equal(stored.Count, outcome.Refreshed);
        Assert.Equal(0, outcome.Stale);
        Assert.DoesNotContain("har ændringer, der ikke er regnet med endnu", await agency.GetStringAsync("/jobcentre"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_stored_statement_of_each_centre_equals_the_national_statement_settled_now(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider, QuietWorker);
        await using (var scope = app.SystemScope(out var db))
        {
            db.Placements.Add(new Placement
            {
                JobCentreId = app.Data.CentreA, CitizenId = app.Data.CitizenA, CompanyId = app.Data.CompanyA, Start = new DateOnly(2014, 3, 1),
                PlannedEnd = new DateOnly(2014, 6, 30), ActualEnd = new DateOnly(2014, 6, 30), CreatedAtUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        await RefreshAsync(app);
        ComputeStatement.Output live;
        await using (var scope = app.SystemScope(out _))
        {
            live = await scope.ServiceProvider.GetRequiredService<ComputeStatement>().RunAsync();
        }

        var stored = (await StoredAsync(app)).Select(f => StatementPart.FromJson(f.StatementJson)).ToDictionary(p => p.Statement.JobCentres[0].Id);
        Assert.Equal(live.Statement.JobCentres.Select(j => j.Id).Order(), stored.Keys.Order());
        foreach (var centre in live.Statement.JobCentres)
        {
            var part = stored[centre.Id].Statement.JobCentres[0];
            Assert.Equal(centre.Total, part.Total);
            Assert.Equal(centre.ActivityAndResultPayable, part.ActivityAndResultPayable);
            Assert.Equal(centre.Citizens.Select(c => (c.Id, c.ActivityGrant, c.ResultGrant)), part.Citizens.Select(c => (c.Id, c.ActivityGrant, c.ResultGrant)));
            Assert.Equal(centre.Explanation.Select(l => l.ToString()), part.Explanation.Select(l => l.ToString()));
            Assert.Equal(live.Finality[centre.Id].Missing(), stored[centre.Id].Finality.Missing());
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_national_overview_runs_the_same_few_statements_whatever_the_number_of_centres(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider, new Dictionary<string, string?>(QuietWorker) { [$"Logging:LogLevel:{SqlCapture.Category}"] = "Information" });
        var agency = await app.LoginAsync(app.Data.Agency);
        await RefreshAsync(app);

        async Task<int> StatementsPerViewAsync()
        {
            var counts = new List<int>();
            for (var i = 0; i < 3; i++)
            {
                app.Sql.Clear();
                Assert.Equal(HttpStatusCode.OK, (await agency.GetAsync("/jobcentre")).StatusCode);
                counts.Add(app.Sql.Commands.Count);
            }

            return counts.Min(); // the import worker's poll may land in one view
        }

        var two = await StatementsPerViewAsync();
        await AddCentresAsync(app, 12);
        await RefreshAsync(app);
        var fourteen = await StatementsPerViewAsync();
        Assert.InRange(two, 1, 29); // under 30 statements per view
        Assert.Equal(two, fourteen); // and not one more per job centre
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_agency_sees_the_statement_per_centre_first_opens_one_centre_and_downloads_all(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider, QuietWorker);
        await RefreshAsync(app);
        var agency = await app.LoginAsync(app.Data.Agency);
        var summary = await agency.GetStringAsync("/tilskud");
        Assert.Contains("id=\"statement-summary\"", summary, StringComparison.Ordinal);
        Assert.Contains($"/tilskud?jobcenter={app.Data.CentreA}", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"statement-101\"", summary, StringComparison.Ordinal); // no citizen list on the first view

        var one = await agency.GetStringAsync($"/tilskud?jobcenter={app.Data.CentreA}");
        Assert.Contains("id=\"statement-101\"", one, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"statement-202\"", one, StringComparison.Ordinal);
        Assert.Contains("Fra landstallene, beregnet", one, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await agency.GetAsync($"/tilskud?jobcenter={Guid.NewGuid()}")).StatusCode);
        var dated = await agency.GetStringAsync($"/tilskud?jobcenter={app.Data.CentreA}&dato=2015-01-31");
        Assert.Contains("value=\"2015-01-31\"", dated, StringComparison.Ordinal);

        var csv = await agency.GetStringAsync("/tilskud?handler=Csv");
        Assert.Contains(app.Data.CitizenA.ToString(), csv, StringComparison.Ordinal);
        Assert.Contains(app.Data.CitizenB.ToString(), csv, StringComparison.Ordinal);

        // A job centre's own staff still see their own statement settled now, with names.
        var leader = await app.LoginAsync(app.Data.ProjectLeaderA);
        var own = await leader.GetStringAsync("/tilskud");
        Assert.Contains("id=\"statement-101\"", own, StringComparison.Ordinal);
        Assert.DoesNotContain("statement-summary", own, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_agency_sees_every_centre_against_the_nine_holdepunkter_and_a_project_leader_their_own(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider, QuietWorker);
        var agency = await app.LoginAsync(app.Data.Agency);
        var matrix = await agency.GetStringAsync("/holdepunkter");
        Assert.Contains("id=\"holdepunkter-matrix\"", matrix, StringComparison.Ordinal);
        Assert.Contains("Jobcenter Alfa", matrix, StringComparison.Ordinal);
        Assert.Contains("Jobcenter Beta", matrix, StringComparison.Ordinal);
        Assert.Contains($"/holdepunkter?jobcenter={app.Data.CentreB}", matrix, StringComparison.Ordinal);
        Assert.Contains("Ikke opfyldt", matrix, StringComparison.Ordinal);

        var leader = await app.LoginAsync(app.Data.ProjectLeaderA);
        var own = await leader.GetStringAsync("/holdepunkter");
        Assert.DoesNotContain("holdepunkter-matrix", own, StringComparison.Ordinal);
        Assert.Contains("id=\"holdepunkter\"", own, StringComparison.Ordinal);
    }
}
