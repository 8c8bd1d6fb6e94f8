using System.Net;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Steering.Holdepunkter;
using Vc2.Steering.MentorNetwork;
using Vc2.Steering.Organisation;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Holdepunkter;

/// <summary>Project organisation, mentor network and the dashboard through the app: versions, validation, who may change
/// what, and that the agency sees the records behind an indicator without names.</summary>
public sealed class SteeringTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private static Dictionary<string, string> PlanForm(string leader = "Pia Projektleder") => new()
    {
        ["Input.ProjectLeader"] = leader, ["Input.Purpose"] = "Flere i job", ["Input.SuccessCriteria"] = "100 borgere", ["Input.Activities"] = "Forløb",
        ["Input.Results"] = "Job", ["Input.Timeline"] = "2014–2015", ["Input.ResponsibilityPerHoldepunkt"] = "Projektlederen", ["Input.Referral"] = "Rehabiliteringsteamet",
        ["Input.CompanyKinds"] = "Detail", ["Input.Organisation"] = "Indsatsgruppe", ["Input.LeadershipAndRehabilitationTeam"] = "Følger op",
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_project_plan_is_versioned_and_every_section_is_required(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var leader = await app.LoginAsync(app.Data.ProjectLeaderA);

        var empty = await TestApp.PostFormAsync(leader, "/projekt/plan", "/projekt/plan", new Dictionary<string, string> { ["Input.ProjectLeader"] = "Pia" });
        var html = await empty.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Skriv formålet.", html, StringComparison.Ordinal);
        Assert.Contains("Beskriv ledelsens og rehabiliteringsteamets rolle.", html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(leader, "/projekt/plan", "/projekt/plan", PlanForm())).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(leader, "/projekt/plan", "/projekt/plan", PlanForm("Per Projektleder"))).StatusCode);
        var page = await leader.GetStringAsync("/projekt");
        Assert.Contains("Version 2", page, StringComparison.Ordinal);
        Assert.Contains("Per Projektleder", page, StringComparison.Ordinal);
        Assert.Contains("Pia Projektleder", await leader.GetStringAsync($"/projekt?jobcenter={app.Data.CentreA}&version=1"), StringComparison.Ordinal);

        await using var scope = app.SystemScope(out var db);
        Assert.Equal([1, 2], await db.ProjectPlans.Where(p => p.JobCentreId == app.Data.CentreA).OrderBy(p => p.Number).Select(p => p.Number).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Only_the_job_centres_project_leader_changes_its_organisation_and_network(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var member = Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<ChangeGroup, Result<Guid>>(app.Data.ProjectLeaderA,
            s => s.RunAsync(app.Data.CentreA, new ChangeGroup.Input { Name = "Jens", Department = "Ledelsen", Role = "Formand" }))).Value;

        // Not for another job centre, not by the agency (which reads only), not with another job centre's mentor.
        Assert.IsType<Result<Guid>.NotFound>(await app.AsAsync<ChangeGroup, Result<Guid>>(app.Data.ProjectLeaderA,
            s => s.RunAsync(app.Data.CentreB, new ChangeGroup.Input { Name = "X", Department = "Y", Role = "Z" })));
        Assert.IsType<Result<bool>.NotFound>(await app.AsAsync<ChangeGroup, Result<bool>>(app.Data.Agency, s => s.RemoveAsync(member)));
        var foreign = await app.AsAsync<RecordMentorActivity, Result<Guid>>(app.Data.ProjectLeaderA, s => s.RunAsync(app.Data.CentreA, RecordMentorActivity.Kind.Course,
            new RecordMentorActivity.Input { Date = new DateOnly(2026, 3, 1), Content = "Kursus", MentorIds = [app.Data.MentorOfCompanyA, app.Data.MentorOfCompanyB] }));
        Assert.Contains("En af de valgte mentorer findes ikke i jobcentret.", Assert.IsType<Result<Guid>.Invalid>(foreign).Errors["MentorIds"]);

        var course = await app.AsAsync<RecordMentorActivity, Result<Guid>>(app.Data.ProjectLeaderA, s => s.RunAsync(app.Data.CentreA, RecordMentorActivity.Kind.Course,
            new RecordMentorActivity.Input { Date = new DateOnly(2026, 3, 1), Content = "Kursus", MentorIds = [app.Data.MentorOfCompanyA] }));
        Assert.IsType<Result<Guid>.Ok>(course);

        var agency = await app.LoginAsync(app.Data.Agency);
        var network = await agency.GetStringAsync($"/mentornetvaerk?jobcenter={app.Data.CentreA}");
        Assert.Contains("Mette Mentor", network, StringComparison.Ordinal);
        Assert.Contains("01-03-2026", network, StringComparison.Ordinal);
        Assert.Contains("Jens", await agency.GetStringAsync($"/projekt?jobcenter={app.Data.CentreA}"), StringComparison.Ordinal);
        Assert.DoesNotContain("Tilføj medlem", await agency.GetStringAsync($"/projekt?jobcenter={app.Data.CentreA}"), StringComparison.Ordinal);

        var caseworker = await app.LoginAsync(app.Data.CaseworkerA);
        Assert.Equal(HttpStatusCode.Redirect, (await caseworker.GetAsync("/holdepunkter")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await caseworker.GetAsync("/projekt")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_dashboard_shows_names_to_the_project_leader_and_none_to_the_agency(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await Progress.ProgressTestData.StartPlacementAAsync(app, daysAgo: 40); // no agreement, no follow-up: red rows

        var leader = await app.LoginAsync(app.Data.ProjectLeaderA);
        var own = await leader.GetStringAsync("/holdepunkter?indikator=agreement");
        Assert.Contains("Holdepunkter – Jobcenter Alfa", own, StringComparison.Ordinal);
        Assert.Contains("Anders Alfasen hos Alfa Bageri ApS", own, StringComparison.Ordinal);
        // Asking for another job centre is not found — never the leader's own in its place (ADR 0018).
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await leader.GetAsync($"/holdepunkter?jobcenter={app.Data.CentreB}")).StatusCode);

        var agency = await app.LoginAsync(app.Data.Agency);
        var national = await agency.GetStringAsync($"/holdepunkter?jobcenter={app.Data.CentreA}&indikator=agreement");
        Assert.Contains("Forløb hos Alfa Bageri ApS fra", national, StringComparison.Ordinal);
        Assert.DoesNotContain("Alfasen", national, StringComparison.Ordinal);
        Assert.DoesNotContain("/forloeb/", national, StringComparison.Ordinal);

        var output = Assert.IsType<Result<GetHoldepunkter.Output>.Ok>(await app.AsAsync<GetHoldepunkter, Result<GetHoldepunkter.Output>>(app.Data.ProjectLeaderA,
            s => s.RunAsync(app.Data.CentreA))).Value;
        Assert.Equal(IndicatorStatus.Red, output.Rows.Single(r => r.Number == 3).Status);
        Assert.Equal("0 af 1 (0 %)", output.Rows.Single(r => r.Number == 3).Indicators.Single().Value);
        Assert.Equal("2 af 2 (100 %)", output.Rows.Single(r => r.Number == 4).Indicators.Single(i => i.Key == "caseworker").Value);
        Assert.IsType<Result<GetHoldepunkter.Output>.NotFound>(await app.AsAsync<GetHoldepunkter, Result<GetHoldepunkter.Output>>(app.Data.ProjectLeaderA,
            s => s.RunAsync(app.Data.CentreB)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_project_leader_sets_the_follow_up_interval_that_holdepunkt_4_measures(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var leader = await app.LoginAsync(app.Data.ProjectLeaderA);
        var post = $"/projekt?jobcenter={app.Data.CentreA}&handler=Interval";
        Assert.Contains("mindst hver <strong>28</strong>. dag (standarden)", await leader.GetStringAsync("/projekt"), StringComparison.Ordinal);

        var letters = await TestApp.PostFormAsync(leader, "/projekt", post, new Dictionary<string, string> { ["IntervalInput.Days"] = "to uger" });
        Assert.Equal(HttpStatusCode.OK, letters.StatusCode);
        var tooShort = await TestApp.PostFormAsync(leader, "/projekt", post, new Dictionary<string, string> { ["IntervalInput.Days"] = "3" });
        var html = await tooShort.Content.ReadAsStringAsync();
        Assert.Contains("Skriv et antal dage mellem 7 og 91", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Skriv navnet.", html, StringComparison.Ordinal); // the group form on the same page is not validated

        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(leader, "/projekt", post, new Dictionary<string, string> { ["IntervalInput.Days"] = "14" })).StatusCode);
        Assert.Contains("mindst hver <strong>14</strong>. dag.", await leader.GetStringAsync("/projekt"), StringComparison.Ordinal);
        var rows = Assert.IsType<Result<GetHoldepunkter.Output>.Ok>(await app.AsAsync<GetHoldepunkter, Result<GetHoldepunkter.Output>>(app.Data.ProjectLeaderA,
            s => s.RunAsync(app.Data.CentreA))).Value.Rows;
        Assert.Contains("(14 dage)", rows.Single(r => r.Number == 4).Indicators.Single(i => i.Key == "follow-up").Text, StringComparison.Ordinal);

        // Only the centre's own project leader: not the agency, not for another centre; empty goes back to the default.
        Assert.IsType<Result<int?>.NotFound>(await app.AsAsync<SetFollowUpInterval, Result<int?>>(app.Data.Agency, s => s.RunAsync(app.Data.CentreA, new() { Days = 21 })));
        Assert.IsType<Result<int?>.NotFound>(await app.AsAsync<SetFollowUpInterval, Result<int?>>(app.Data.ProjectLeaderA, s => s.RunAsync(app.Data.CentreB, new() { Days = 21 })));
        Assert.IsType<Result<int?>.Ok>(await app.AsAsync<SetFollowUpInterval, Result<int?>>(app.Data.ProjectLeaderA, s => s.RunAsync(app.Data.CentreA, new() { Days = null })));
        await using var scope = app.SystemScope(out var db);
        Assert.Null(await db.JobCentres.Where(j => j.Id == app.Data.CentreA).Select(j => j.FollowUpIntervalDays).SingleAsync());
    }
}
