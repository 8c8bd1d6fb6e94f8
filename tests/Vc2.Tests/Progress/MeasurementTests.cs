using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.CaseWork.Progress;
using Vc2.Tests.Infrastructure;
using Vc2.CaseWork.WorkList;
using static Vc2.Tests.Progress.ProgressTestData;

namespace Vc2.Tests.Progress;

/// <summary>Measurements answered by the caseworker in VC2, the schedule in the work list, and the job centre's figures
/// through the API.</summary>
public sealed class MeasurementTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private static DateOnly Today(TestApp app) => Vc2.Platform.Common.Today.In(TimeProvider.System);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_caseworker_answers_and_the_first_answer_is_the_baseline_kept_with_its_instrument_version(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await StartPlacementAAsync(app, daysAgo: 70);
        var today = Today(app);
        var first = await app.AsAsync<RecordMeasurement, Result<Guid>>(app.Data.CaseworkerA, s => s.RunAsync(app.Data.CitizenA,
            new RecordMeasurement.Input { AnsweredOn = today.AddDays(-65), Answers = All(Respondent.Caseworker, 4, 10m) }));
        var second = await app.AsAsync<RecordMeasurement, Result<Guid>>(app.Data.CaseworkerA, s => s.RunAsync(app.Data.CitizenA,
            new RecordMeasurement.Input { AnsweredOn = today.AddDays(-5), Answers = All(Respondent.Caseworker, 6) }));
        var typedForCitizen = await app.AsAsync<RecordMeasurement, Result<Guid>>(app.Data.CaseworkerA, s => s.RunAsync(app.Data.CitizenA,
            new RecordMeasurement.Input { AnsweredOn = today, Respondent = Respondent.Citizen, Answers = All(Respondent.Citizen, 7) }));

        await using var scope = app.SystemScope(out var db);
        var saved = await db.Measurements.Include(m => m.Scores).OrderBy(m => m.AnsweredOn).ThenBy(m => m.Respondent).ToListAsync();
        Assert.Equal(3, saved.Count);
        Assert.Equal(Assert.IsType<Result<Guid>.Ok>(first).Value, saved[0].Id);
        Assert.Equal((MeasurementKind.Baseline, "vc2-progress", 1, 9, 10m), (saved[0].Kind, saved[0].InstrumentId, saved[0].InstrumentVersion, saved[0].Scores.Count, saved[0].HoursPerWeek));
        Assert.Equal(Assert.IsType<Result<Guid>.Ok>(second).Value, saved[1].Id);
        Assert.Equal(MeasurementKind.Interval, saved[1].Kind); // 60 days after the baseline: the first eight-week measurement
        Assert.Equal((Respondent.Citizen, MeasurementKind.Baseline, AnswerChannel.Caseworker), (saved[2].Respondent, saved[2].Kind, saved[2].Channel));
        Assert.IsType<Result<Guid>.Ok>(typedForCitizen);
        Assert.All(saved, m => Assert.NotNull(m.PlacementId));
        Assert.Equal(3, await db.AuditEvents.CountAsync(a => a.CitizenId == app.Data.CitizenA && a.Action == "create" && a.Detail!.StartsWith("Progressionsmåling")));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Bad_answers_are_refused_with_every_problem_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var answers = All(Respondent.Caseworker, 5);
        answers.Scores["attendance"] = null;
        answers.Scores["tasks"] = 11;
        answers.Scores["unknown"] = 3;
        var result = await app.AsAsync<RecordMeasurement, Result<Guid>>(app.Data.CaseworkerA, s => s.RunAsync(app.Data.CitizenA,
            new RecordMeasurement.Input { AnsweredOn = Today(app).AddDays(1), Respondent = Respondent.Mentor, Answers = answers with { HoursPerWeek = 100 } }));

        var errors = Assert.IsType<Result<Guid>.Invalid>(result).Errors;
        Assert.Contains("Vælg et tal fra 1 til 10 for »Mødestabilitet«.", errors["Answers.Scores[attendance]"]);
        Assert.Contains("»Opgaveløsning« skal være et tal fra 1 til 10.", errors["Answers.Scores[tasks]"]);
        Assert.True(errors.ContainsKey("Answers.Scores[unknown]"));
        Assert.True(errors.ContainsKey("Answers.HoursPerWeek"));
        Assert.Contains("En måling kan ikke ligge i fremtiden.", errors["AnsweredOn"]);
        Assert.Contains("Borgeren havde ingen virksomhedsmentor på datoen, så der kan ikke registreres mentorsvar.", errors["Respondent"]);
        await using var scope = app.SystemScope(out var db);
        Assert.Equal(0, await db.Measurements.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_work_list_shows_the_overdue_baseline_per_respondent_until_it_is_answered(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await StartPlacementAAsync(app, daysAgo: 20);
        var before = await app.AsAsync<MyCitizens, IReadOnlyList<MyCitizens.Row>>(app.Data.CaseworkerA, s => s.RunAsync());
        var overdue = before.Single(r => r.CitizenId == app.Data.CitizenA).Actions.Where(a => a.Kind == MyCitizens.Kind.MeasurementOverdue).Select(a => a.Text).ToList();
        Assert.Equal(3, overdue.Count);
        Assert.Contains(overdue, t => t.StartsWith("Nulpunktsmåling fra mentor forfalden siden", StringComparison.Ordinal));

        await app.AsAsync<RecordMeasurement, Result<Guid>>(app.Data.CaseworkerA, s => s.RunAsync(app.Data.CitizenA,
            new RecordMeasurement.Input { AnsweredOn = Today(app), Answers = All(Respondent.Caseworker, 5) }));
        var after = await app.AsAsync<MyCitizens, IReadOnlyList<MyCitizens.Row>>(app.Data.CaseworkerA, s => s.RunAsync());
        var left = after.Single(r => r.CitizenId == app.Data.CitizenA).Actions.Where(a => a.Kind == MyCitizens.Kind.MeasurementOverdue).ToList();
        Assert.Equal(2, left.Count);
        Assert.DoesNotContain(left, a => a.Text.Contains("sagsbehandler", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_measurement_that_can_no_longer_be_collected_drops_out_of_the_work_list_by_rule(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var placement = await StartPlacementAAsync(app, daysAgo: 120);
        async Task<List<MyCitizens.Action>> MeasurementsDueAsync() =>
            (await app.AsAsync<MyCitizens, IReadOnlyList<MyCitizens.Row>>(app.Data.CaseworkerA, s => s.RunAsync())).Single(r => r.CitizenId == app.Data.CitizenA)
                .Actions.Where(a => a.Group == MyCitizens.Group.Measurement).ToList();
        Assert.NotEmpty(await MeasurementsDueAsync());

        // The course ended 60 days ago: measurements overdue since then can no longer be collected, and nothing is due.
        Assert.IsType<Result<int>.Ok>(await app.AsAsync<Vc2.CaseWork.Placements.EndPlacement, Result<int>>(app.Data.CaseworkerA,
            s => s.RunAsync(placement, new Vc2.CaseWork.Placements.EndPlacement.Input { ActualEnd = Today(app).AddDays(-60), Reason = Vc2.CaseWork.Placements.EndReason.Other, Version = 1 })));
        Assert.Empty(await MeasurementsDueAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_job_centres_figures_come_through_the_api_for_its_project_leader_and_the_agency_only(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await StartPlacementAAsync(app, daysAgo: 70);
        var today = Today(app);
        // Citizen A: the citizen answered 3 then 7 on every question; the caseworker 5 once.
        foreach (var (respondent, daysAgo, score) in new[] { (Respondent.Citizen, 65, 3), (Respondent.Citizen, 5, 7), (Respondent.Caseworker, 64, 5) })
        {
            Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<RecordMeasurement, Result<Guid>>(app.Data.CaseworkerA, s => s.RunAsync(app.Data.CitizenA,
                new RecordMeasurement.Input { AnsweredOn = today.AddDays(-daysAgo), Respondent = respondent, Answers = All(respondent, score) })));
        }

        var leader = await app.LoginAsync(app.Data.ProjectLeaderA);
        using var json = JsonDocument.Parse(await leader.GetStringAsync($"/api/v1/progress/job-centres/{app.Data.CentreA}"));
        var figures = json.RootElement.GetProperty("figures");
        Assert.Equal(1, figures.GetProperty("citizensMeasured").GetInt32());
        var change = figures.GetProperty("change").EnumerateArray()
            .Single(c => c.GetProperty("dimensionKey").GetString() == "belief" && c.GetProperty("respondent").GetString() == "Citizen");
        Assert.Equal((1, 4m), (change.GetProperty("citizens").GetInt32(), change.GetProperty("averageChange").GetDecimal()));
        var completion = figures.GetProperty("completion").EnumerateArray().ToDictionary(c => c.GetProperty("respondent").GetString()!);
        // Due by now: the baseline and the first eight-week measurement for each respondent; the mentor answered none.
        Assert.Equal((2, 2), (completion["Citizen"].GetProperty("due").GetInt32(), completion["Citizen"].GetProperty("answered").GetInt32()));
        Assert.Equal((2, 0), (completion["Mentor"].GetProperty("due").GetInt32(), completion["Mentor"].GetProperty("answered").GetInt32()));
        Assert.Equal((2, 1), (completion["Caseworker"].GetProperty("due").GetInt32(), completion["Caseworker"].GetProperty("answered").GetInt32()));

        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"/api/v1/progress/job-centres/{app.Data.CentreB}")).StatusCode);
        var agency = await app.LoginAsync(app.Data.Agency);
        Assert.Equal(HttpStatusCode.OK, (await agency.GetAsync($"/api/v1/progress/job-centres/{app.Data.CentreB}")).StatusCode);
        var agencyPage = await agency.GetStringAsync($"/progression?jobcenter={app.Data.CentreA}");
        Assert.Contains("Jobcenter Alfa", agencyPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Alfasen", agencyPage, StringComparison.Ordinal);
        var caseworker = await app.LoginAsync(app.Data.CaseworkerA);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.GetAsync($"/api/v1/progress/job-centres/{app.Data.CentreA}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_citizens_progress_page_shows_the_disagreement_and_the_api_the_same(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await StartPlacementAAsync(app, daysAgo: 20);
        var today = Today(app);
        await app.AsAsync<RecordMeasurement, Result<Guid>>(app.Data.CaseworkerA, s => s.RunAsync(app.Data.CitizenA,
            new RecordMeasurement.Input { AnsweredOn = today.AddDays(-10), Respondent = Respondent.Citizen, Answers = All(Respondent.Citizen, 8) }));
        await app.AsAsync<RecordMeasurement, Result<Guid>>(app.Data.CaseworkerA, s => s.RunAsync(app.Data.CitizenA,
            new RecordMeasurement.Input { AnsweredOn = today.AddDays(-8), Respondent = Respondent.Mentor, Answers = All(Respondent.Mentor, 4) }));

        var client = await app.LoginAsync(app.Data.CaseworkerA);
        var page = await client.GetStringAsync($"/borgere/{app.Data.CitizenA}/progression");
        Assert.Contains("Mødestabilitet: Borger 8", page, StringComparison.Ordinal);
        Assert.Contains("og mentor 4", page, StringComparison.Ordinal);
        Assert.Contains("\"disagree\":true", page, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/citizens/{app.Data.CitizenA}/progress"));
        Assert.Equal(5, json.RootElement.GetProperty("disagreements").GetArrayLength()); // the five workplace dimensions
        Assert.Equal(2, json.RootElement.GetProperty("measurements").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_answer_form_keeps_what_was_chosen_and_refuses_unreadable_hours(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.LoginAsync(app.Data.CaseworkerA);
        var url = $"/borgere/{app.Data.CitizenA}/maaling/ny";
        var fields = Form(Respondent.Caseworker, 6, "Input.Answers");
        fields["Input.AnsweredOn"] = Today(app).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        fields["Input.Respondent"] = "Caseworker";
        fields["Input.Answers.HoursPerWeek"] = "tolv";
        var response = await TestApp.PostFormAsync(client, url, url, fields);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("»tolv« kan ikke læses", html, StringComparison.Ordinal);
        Assert.Contains("value=\"6\" checked=\"checked\"", html, StringComparison.Ordinal);
        await using (var scope = app.SystemScope(out var db))
        {
            Assert.Equal(0, await db.Measurements.CountAsync());
        }

        fields["Input.Answers.HoursPerWeek"] = "12,5";
        var saved = await TestApp.PostFormAsync(client, url, url, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using (var scope = app.SystemScope(out var db))
        {
            Assert.Equal(12.5m, (await db.Measurements.SingleAsync()).HoursPerWeek);
        }
    }
}
