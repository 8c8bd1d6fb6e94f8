using System.Net;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Steering.Holdepunkter;
using Vc2.Steering.Organisation;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Holdepunkter;

/// <summary>The project plan "i samspil med Arbejdsmarkedsstyrelsen" (ADR 0024): the agency comments on a section, the
/// project leader answers with a new version, the agency approves it — and only then is holdepunkt 8's plan green.</summary>
public sealed class PlanDialogueTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private static Dictionary<string, string> PlanForm(string results, string? answer = null)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.ProjectLeader"] = "Pia Projektleder", ["Input.Purpose"] = "Flere i job", ["Input.SuccessCriteria"] = "100 borgere", ["Input.Activities"] = "Forløb",
            ["Input.Results"] = results, ["Input.Timeline"] = "2014–2015", ["Input.ResponsibilityPerHoldepunkt"] = "Projektlederen",
            ["Input.Referral"] = "Rehabiliteringsteamet", ["Input.CompanyKinds"] = "Detail", ["Input.Organisation"] = "Indsatsgruppe",
            ["Input.LeadershipAndRehabilitationTeam"] = "Følger op",
        };
        if (answer is not null)
        {
            form["Input.AnswerToAgency"] = answer;
        }

        return form;
    }

    private static async Task<Indicator> PlanIndicatorAsync(TestApp app)
    {
        var output = Assert.IsType<Result<GetHoldepunkter.Output>.Ok>(await app.AsAsync<GetHoldepunkter, Result<GetHoldepunkter.Output>>(app.Data.Agency,
            s => s.RunAsync(app.Data.CentreA))).Value;
        return output.Rows.Single(r => r.Number == 8).Indicators.Single(i => i.Key == "plan");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_agency_comments_the_project_leader_answers_the_agency_approves_and_only_then_is_holdepunkt_8_green(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var leader = await app.LoginAsync(app.Data.ProjectLeaderA);
        var agency = await app.LoginAsync(app.Data.Agency);
        var review = $"/projekt/gennemgang?jobcenter={app.Data.CentreA}";
        Assert.Equal(IndicatorStatus.Red, (await PlanIndicatorAsync(app)).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(leader, "/projekt/plan", "/projekt/plan", PlanForm("Job"))).StatusCode);
        var saved = await PlanIndicatorAsync(app);
        Assert.Equal(("version 1, venter på styrelsen", IndicatorStatus.Yellow), (saved.Value, saved.Status));

        // Asking for changes without saying what is refused; the agency then comments on "Resultater" and asks.
        var bare = await TestApp.PostFormAsync(agency, review, review + "&handler=Decide", new Dictionary<string, string> { ["decision"] = "ChangesRequested" });
        Assert.Contains("Skriv mindst én kommentar til et afsnit", await bare.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(agency, review, review + "&handler=Comment", new Dictionary<string, string>
        {
            ["Input.Section"] = "results", ["Input.Text"] = "Opgør resultaterne pr. år.",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(agency, review, review + "&handler=Decide",
            new Dictionary<string, string> { ["decision"] = "ChangesRequested" })).StatusCode);
        var sentBack = await PlanIndicatorAsync(app);
        Assert.Equal(("version 1, styrelsen beder om ændringer", IndicatorStatus.Yellow), (sentBack.Value, sentBack.Status));

        // The project leader sees the comment beside the plan and answers it with a new version.
        var form = await leader.GetStringAsync("/projekt/plan");
        Assert.Contains("Opgør resultaterne pr. år.", form, StringComparison.Ordinal);
        Assert.Contains("Styrelsen beder om ændringer", form, StringComparison.Ordinal);
        Assert.Contains("Styrelsen beder om ændringer", await leader.GetStringAsync("/projekt"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(leader, "/projekt/plan", "/projekt/plan",
            PlanForm("2014: 58 job. 2015: 62 job.", "Resultaterne står nu pr. år."))).StatusCode);
        Assert.Equal(("version 2, venter på styrelsen", IndicatorStatus.Yellow), ((await PlanIndicatorAsync(app)).Value, (await PlanIndicatorAsync(app)).Status));

        // Version 1 can no longer be decided; version 2 is approved, and the plan indicator turns green.
        var old = await TestApp.PostFormAsync(agency, review + "&version=1", review + "&version=1&handler=Decide", new Dictionary<string, string> { ["decision"] = "Approved" });
        Assert.Contains("Kun den nyeste version kan godkendes", await old.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var page = await agency.GetStringAsync(review);
        Assert.Contains("Resultaterne står nu pr. år.", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(agency, review, review + "&handler=Decide",
            new Dictionary<string, string> { ["decision"] = "Approved" })).StatusCode);
        var approved = await PlanIndicatorAsync(app);
        Assert.Equal(("version 2, godkendt", IndicatorStatus.Green), (approved.Value, approved.Status));
        Assert.Contains("Godkendt af styrelsen", await leader.GetStringAsync("/projekt"), StringComparison.Ordinal);

        await using var scope = app.SystemScope(out var db);
        var plans = await db.ProjectPlans.Where(p => p.JobCentreId == app.Data.CentreA).OrderBy(p => p.Number).Select(p => new { p.Number, p.Review, p.Results }).ToListAsync();
        Assert.Equal([(1, PlanReview.ChangesRequested, "Job"), (2, PlanReview.Approved, "2014: 58 job. 2015: 62 job.")], plans.Select(p => (p.Number, p.Review, p.Results)));
        var comment = await db.PlanComments.Where(c => c.JobCentreId == app.Data.CentreA).SingleAsync();
        Assert.Equal(("results", true), (comment.Section, comment.ByAgency));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Only_the_agency_decides_and_only_the_agency_and_the_centres_project_leader_comment(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var plan = Assert.IsType<Result<int>.Ok>(await app.AsAsync<SaveProjectPlan, Result<int>>(app.Data.ProjectLeaderA, s => s.RunAsync(app.Data.CentreA,
            new SaveProjectPlan.Input
            {
                ProjectLeader = "Pia", Purpose = "a", SuccessCriteria = "b", Activities = "c", Results = "d", Timeline = "e", ResponsibilityPerHoldepunkt = "f",
                Referral = "g", CompanyKinds = "h", Organisation = "i", LeadershipAndRehabilitationTeam = "j",
            })));
        Guid planId;
        await using (var scope = app.SystemScope(out var db))
        {
            planId = await db.ProjectPlans.Where(p => p.JobCentreId == app.Data.CentreA && p.Number == plan.Value).Select(p => p.Id).SingleAsync();
        }

        var comment = new ReviewProjectPlan.CommentInput { Section = "purpose", Text = "Uddyb formålet." };
        Assert.IsType<Result<PlanReview>.NotFound>(await app.AsAsync<ReviewProjectPlan, Result<PlanReview>>(app.Data.ProjectLeaderA, s => s.DecideAsync(planId, PlanReview.Approved)));
        Assert.IsType<Result<PlanReview>.NotFound>(await app.AsAsync<ReviewProjectPlan, Result<PlanReview>>(app.Data.Evaluator, s => s.DecideAsync(planId, PlanReview.Approved)));
        Assert.IsType<Result<Guid>.NotFound>(await app.AsAsync<ReviewProjectPlan, Result<Guid>>(app.Data.CaseworkerA, s => s.CommentAsync(planId, comment)));
        Assert.IsType<Result<Guid>.NotFound>(await app.AsAsync<ReviewProjectPlan, Result<Guid>>(app.Data.CaseworkerB, s => s.CommentAsync(planId, comment)));
        Assert.IsType<Result<Guid>.NotFound>(await app.AsAsync<ReviewProjectPlan, Result<Guid>>(app.Data.Evaluator, s => s.CommentAsync(planId, comment)));
        Assert.IsType<Result<Guid>.NotFound>(await app.AsAsync<ReviewProjectPlan, Result<Guid>>(app.Data.Agency, s => s.CommentAsync(Guid.NewGuid(), comment)));

        // Hostile input: an unknown section, an empty text, an undefined decision.
        var unknown = await app.AsAsync<ReviewProjectPlan, Result<Guid>>(app.Data.Agency, s => s.CommentAsync(planId, comment with { Section = "<script>" }));
        Assert.Contains("Vælg et af planens afsnit.", Assert.IsType<Result<Guid>.Invalid>(unknown).Errors["Section"]);
        Assert.IsType<Result<Guid>.Invalid>(await app.AsAsync<ReviewProjectPlan, Result<Guid>>(app.Data.Agency, s => s.CommentAsync(planId, comment with { Text = " " })));
        Assert.IsType<Result<PlanReview>.Invalid>(await app.AsAsync<ReviewProjectPlan, Result<PlanReview>>(app.Data.Agency, s => s.DecideAsync(planId, (PlanReview)77)));
        Assert.IsType<Result<PlanReview>.Invalid>(await app.AsAsync<ReviewProjectPlan, Result<PlanReview>>(app.Data.Agency, s => s.DecideAsync(planId, PlanReview.Awaiting)));

        // The project leader answers on the section; the agency's comment and the answer are told apart.
        Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<ReviewProjectPlan, Result<Guid>>(app.Data.Agency, s => s.CommentAsync(planId, comment)));
        Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<ReviewProjectPlan, Result<Guid>>(app.Data.ProjectLeaderA,
            s => s.CommentAsync(planId, comment with { Text = "Det gør vi i næste version." })));
        var leader = await app.LoginAsync(app.Data.ProjectLeaderA);
        var page = await leader.GetStringAsync($"/projekt/gennemgang?jobcenter={app.Data.CentreA}");
        Assert.Contains("<strong>Styrelsen</strong>", page, StringComparison.Ordinal);
        Assert.Contains("<strong>Jobcentret</strong>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Godkend version", page, StringComparison.Ordinal);
        await using var check = app.SystemScope(out var db2);
        Assert.Equal(PlanReview.Awaiting, await db2.ProjectPlans.Where(p => p.Id == planId).Select(p => p.Review).SingleAsync());
    }
}
