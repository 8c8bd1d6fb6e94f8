using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Steering.Evaluation;
using Vc2.CaseWork.Outcomes;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Evaluation;

/// <summary>Evaluation reports come from frozen snapshots: the same snapshot gives the same report, later changes to the
/// data do not move it, and only the agency makes snapshots.</summary>
public sealed partial class EvaluationTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private static string Article(string html) => ArticlePattern().Match(html).Value;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_report_regenerated_from_the_same_snapshot_is_identical_and_later_data_does_not_change_it(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await Progress.ProgressTestData.StartPlacementAAsync(app, daysAgo: 40);
        var id = Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<CreateEvaluationSnapshot, Result<Guid>>(app.Data.Agency, s => s.RunAsync(EvaluationKind.Final))).Value;

        var agency = await app.LoginAsync(app.Data.Agency);
        var first = Article(await agency.GetStringAsync($"/evaluering/{id}"));
        var xlsx1 = await agency.GetByteArrayAsync($"/evaluering/{id}?handler=Xlsx");
        Assert.Contains("Slutevaluering af Virksomhedscenter generation 2 – hele programmet", first, StringComparison.Ordinal);
        Assert.Contains("Resultater efter 13 uger", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Alfasen", first, StringComparison.Ordinal);
        // The analyses read the sex from the CPR numbers: each job centre's access log says so.
        await using (var scope = app.SystemScope(out var db))
        {
            Assert.True(await db.AuditEvents.AnyAsync(e => e.JobCentreId == app.Data.CentreA && e.Detail!.StartsWith("Evaluering: ")));
        }

        // The data changes after the snapshot: a new participant and an outcome.
        await using (var scope = app.SystemScope(out var db))
        {
            db.Outcomes.Add(new Outcome { JobCentreId = app.Data.CentreA, CitizenId = app.Data.CitizenA, Kind = OutcomeKind.OrdinaryJob, Organisation = "Alfa Bageri ApS", Start = new DateOnly(2026, 11, 1), CreatedBy = "test" });
            var citizen = await db.Citizens.SingleAsync(c => c.Id == app.Data.CitizenA2);
            citizen.TargetGroup = Vc2.CaseWork.Citizens.TargetGroup.KontanthjaelpTwoYears;
            await db.SaveChangesAsync();
        }

        var evaluator = await app.LoginAsync(app.Data.Evaluator);
        Assert.Equal(first, Article(await evaluator.GetStringAsync($"/evaluering/{id}")));
        Assert.Equal(xlsx1, await agency.GetByteArrayAsync($"/evaluering/{id}?handler=Xlsx"));

        // A new snapshot sees the change; the old one keeps its figures and hash.
        var second = Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<CreateEvaluationSnapshot, Result<Guid>>(app.Data.Agency, s => s.RunAsync(EvaluationKind.Final))).Value;
        Assert.NotEqual(first, Article(await agency.GetStringAsync($"/evaluering/{second}")).Replace(second.ToString(), id.ToString(), StringComparison.Ordinal));
        await using var check = app.SystemScope(out var after);
        var snapshots = await after.EvaluationSnapshots.OrderBy(s => s.CreatedAtUtc).ToListAsync();
        Assert.NotEqual(snapshots[0].DataHash, snapshots[1].DataHash);
        Assert.DoesNotContain("Alfasen", snapshots[0].DataJson, StringComparison.Ordinal);
        Assert.DoesNotContain(TestData.CprA, snapshots[0].DataJson, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_midway_report_has_a_job_centre_view_and_only_the_agency_makes_snapshots(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        Assert.IsType<Result<Guid>.NotFound>(await app.AsAsync<CreateEvaluationSnapshot, Result<Guid>>(app.Data.Evaluator, s => s.RunAsync(EvaluationKind.Midway)));
        Assert.IsType<Result<Guid>.NotFound>(await app.AsAsync<CreateEvaluationSnapshot, Result<Guid>>(app.Data.ProjectLeaderA, s => s.RunAsync(EvaluationKind.Midway)));

        var agency = await app.LoginAsync(app.Data.Agency);
        var created = await TestApp.PostFormAsync(agency, "/evaluering", "/evaluering", new Dictionary<string, string> { ["Kind"] = "Midway" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;
        var report = await agency.GetStringAsync(url + "?jobcenter=101");
        Assert.Contains("Midtvejsevaluering af Virksomhedscenter generation 2 – Jobcenter Alfa", report, StringComparison.Ordinal);
        Assert.Contains("Implementering pr. holdepunkt", report, StringComparison.Ordinal);
        Assert.DoesNotContain("Jobcenter Beta</td>", report, StringComparison.Ordinal);
        Assert.DoesNotContain("Resultater efter 13 uger", report, StringComparison.Ordinal);
        // Progression against results on the centre's own citizens; the comparisons across centres stay in the programme's report.
        Assert.Contains("Progression og resultater i jobcentret", report, StringComparison.Ordinal);
        Assert.DoesNotContain("Jobcentrene sammenlignet på lige vilkår", report, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await agency.GetAsync(url + "?jobcenter=999")).StatusCode);

        var leader = await app.LoginAsync(app.Data.ProjectLeaderA);
        Assert.Equal(HttpStatusCode.Redirect, (await leader.GetAsync(url)).StatusCode); // to access denied
    }

    [GeneratedRegex("<article class=\"vc2-report\">.*</article>", RegexOptions.Singleline)]
    private static partial Regex ArticlePattern();
}
