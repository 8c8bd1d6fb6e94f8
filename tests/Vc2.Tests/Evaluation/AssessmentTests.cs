using System.Net;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Steering.Evaluation;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Evaluation;

/// <summary>The evaluators' findings, lessons and recommendations on a snapshot (ADR 0026, section 4): written in
/// a draft, published as versions that never change, shown in the report with the version's hash.</summary>
public sealed class AssessmentTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private static WriteAssessment.Input Finding(FindingKind kind, string text, string? centre = null, int? holdepunkt = null) =>
        new() { Kind = kind, Text = text, JobCentre = centre, Holdepunkt = holdepunkt };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Findings_are_published_as_versions_in_the_report_and_an_older_version_never_changes(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var id = Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<CreateEvaluationSnapshot, Result<Guid>>(app.Data.Agency, s => s.RunAsync(EvaluationKind.Midway))).Value;
        async Task<T> As<T>(Func<WriteAssessment, Task<T>> run) => await app.AsAsync(app.Data.Evaluator, run);

        Assert.IsType<Result<Guid>.Ok>(await As(w => w.AddAsync(id, Finding(FindingKind.Finding, "Mentorerne i Alfa er sjældent på kursus.", "101", 7))));
        Assert.IsType<Result<Guid>.Ok>(await As(w => w.AddAsync(id, Finding(FindingKind.Recommendation, "Hold netværksmøderne hvert kvartal i alle jobcentre."))));
        var draft = Assert.IsType<Result<WriteAssessment.Output>.Ok>(await As(w => w.GetAsync(id))).Value;
        Assert.Equal(1, draft.DraftNumber);
        Assert.Equal(2, draft.Draft.Count);

        // Not yet published: the report says so.
        var agency = await app.LoginAsync(app.Data.Agency);
        Assert.Contains("har ikke offentliggjort en vurdering", await agency.GetStringAsync($"/evaluering/{id}"), StringComparison.Ordinal);

        // A publish of what the evaluator saw before a change is refused; of what they saw, done.
        Assert.IsType<Result<int>.Conflict>(await As(w => w.PublishAsync(id, draft.DraftVersion - 1)));
        Assert.Equal(1, Assert.IsType<Result<int>.Ok>(await As(w => w.PublishAsync(id, draft.DraftVersion))).Value);
        var report = await agency.GetStringAsync($"/evaluering/{id}");
        Assert.Contains("Evaluators vurdering: er der behov for ændringer i indsatsen?", report, StringComparison.Ordinal);
        Assert.Contains("Version 1, offentliggjort", report, StringComparison.Ordinal);
        Assert.Contains("Mentorerne i Alfa er sjældent på kursus.", report, StringComparison.Ordinal);
        Assert.Contains("Anbefaling", report, StringComparison.Ordinal);
        // Job centre Beta's own report shows the programme's recommendation, not Alfa's finding.
        var beta = await agency.GetStringAsync($"/evaluering/{id}?jobcenter=202");
        Assert.Contains("Hold netværksmøderne", beta, StringComparison.Ordinal);
        Assert.DoesNotContain("Mentorerne i Alfa", beta, StringComparison.Ordinal);

        // Version 2 begins as a copy of version 1; removing from it leaves version 1 as it was.
        Assert.IsType<Result<Guid>.Ok>(await As(w => w.AddAsync(id, Finding(FindingKind.Lesson, "Fast kontaktperson virker.", null, 5))));
        var second = Assert.IsType<Result<WriteAssessment.Output>.Ok>(await As(w => w.GetAsync(id))).Value;
        Assert.Equal(2, second.DraftNumber);
        Assert.Equal(3, second.Draft.Count);
        var alfa = second.Draft.Single(f => f.JobCentre == "101");
        Assert.IsType<Result<Guid>.Ok>(await As(w => w.RemoveAsync(id, alfa.Id)));
        second = Assert.IsType<Result<WriteAssessment.Output>.Ok>(await As(w => w.GetAsync(id))).Value;
        Assert.IsType<Result<int>.Ok>(await As(w => w.PublishAsync(id, second.DraftVersion)));

        report = await agency.GetStringAsync($"/evaluering/{id}");
        Assert.Contains("Version 2, offentliggjort", report, StringComparison.Ordinal);
        Assert.Contains("Fast kontaktperson virker.", report, StringComparison.Ordinal);
        Assert.DoesNotContain("Mentorerne i Alfa", report, StringComparison.Ordinal);
        await using var scope = app.SystemScope(out var db);
        var versions = await db.EvaluationAssessments.Where(a => a.SnapshotId == id).OrderBy(a => a.Number).ToListAsync();
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.All(versions, v => Assert.Equal(DesignStatus.Published, v.Status));
        var first = await db.EvaluationFindings.Where(f => f.AssessmentId == versions[0].Id).OrderBy(f => f.Order)
            .Select(f => new FindingView(f.Id, f.Kind, f.JobCentre, f.Holdepunkt, f.Text)).ToListAsync();
        Assert.Equal(2, first.Count);
        Assert.Equal(versions[0].ContentHash, WriteAssessment.Hash(first));
        Assert.NotEqual(versions[0].ContentHash, versions[1].ContentHash);
    }

    [Fact]
    public async Task Bad_input_is_refused_field_by_field_and_only_evaluators_write()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        var id = Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<CreateEvaluationSnapshot, Result<Guid>>(app.Data.Agency, s => s.RunAsync(EvaluationKind.Final))).Value;

        var invalid = Assert.IsType<Result<Guid>.Invalid>(await app.AsAsync<WriteAssessment, Result<Guid>>(app.Data.Evaluator,
            w => w.AddAsync(id, new WriteAssessment.Input { Kind = (FindingKind)9, JobCentre = "999", Holdepunkt = 10, Text = new string('x', 4001) })));
        Assert.Equal(["Holdepunkt", "JobCentre", "Kind", "Text"], invalid.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.IsType<Result<int>.NotFound>(await app.AsAsync<WriteAssessment, Result<int>>(app.Data.Evaluator, w => w.PublishAsync(id, 1)));
        Assert.IsType<Result<Guid>.NotFound>(await app.AsAsync<WriteAssessment, Result<Guid>>(app.Data.ProjectLeaderA,
            w => w.AddAsync(id, Finding(FindingKind.Finding, "Ikke min opgave."))));
        // The assessment is the evaluators', independent of the agency whose programme it judges: the agency reads it.
        Assert.IsType<Result<Guid>.NotFound>(await app.AsAsync<WriteAssessment, Result<Guid>>(app.Data.Agency,
            w => w.AddAsync(id, Finding(FindingKind.Recommendation, "Styrelsen skriver selv."))));
        Assert.IsType<Result<WriteAssessment.Output>.Ok>(await app.AsAsync<WriteAssessment, Result<WriteAssessment.Output>>(app.Data.Agency, w => w.GetAsync(id)));
        Assert.IsType<Result<Guid>.NotFound>(await app.AsAsync<WriteAssessment, Result<Guid>>(app.Data.Evaluator,
            w => w.AddAsync(Guid.NewGuid(), Finding(FindingKind.Finding, "Intet øjebliksbillede."))));

        // Through the page: a missing text is told at the field; the evaluator's finding lands in the draft.
        var evaluator = await app.LoginAsync(app.Data.Evaluator);
        var url = $"/evaluering/{id}/vurdering";
        var refused = await TestApp.PostFormAsync(evaluator, url, url + "?handler=Add", new Dictionary<string, string> { ["Input.Kind"] = "Recommendation", ["Input.Text"] = "" });
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Skriv teksten.", html, StringComparison.Ordinal);
        var added = await TestApp.PostFormAsync(evaluator, url, url + "?handler=Add",
            new Dictionary<string, string> { ["Input.Kind"] = "Recommendation", ["Input.Holdepunkt"] = "9", ["Input.Text"] = "Mål progression i alle jobcentre <script>alert(1)</script>" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = await evaluator.GetStringAsync(url);
        Assert.Contains("Slutevalueringen skal give anbefalinger til en national ramme.", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        var agencyPage = await (await app.LoginAsync(app.Data.Agency)).GetStringAsync(url);
        Assert.Contains("Mål progression i alle jobcentre", agencyPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Tilføj til udkastet", agencyPage, StringComparison.Ordinal);
        var leader = await app.LoginAsync(app.Data.ProjectLeaderA);
        Assert.StartsWith("/adgang-naegtet", (await leader.GetAsync(url)).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
