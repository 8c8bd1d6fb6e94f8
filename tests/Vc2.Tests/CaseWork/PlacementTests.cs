using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Overviews;
using Vc2.CaseWork.Agreements;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.CaseWork.FollowUps;
using Vc2.CaseWork.Outcomes;
using Vc2.CaseWork.Placements;
using Vc2.Tests.Infrastructure;
using Vc2.CaseWork.WorkList;

namespace Vc2.Tests.CaseWork;

/// <summary>A course from start to outcome: placement on a contracted place with a mentor, agreement, follow-up,
/// interruption and resumption at another company, and the work list along the way.</summary>
public sealed class PlacementTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private static readonly DateOnly Today = Vc2.Platform.Common.Today.In(TimeProvider.System);

    private static StartPlacement.Input Start(TestData d, DateOnly start, bool confirm = false) => new()
    {
        CompanyId = d.CompanyA, ContractId = d.ContractA, MentorId = d.MentorOfCompanyA, Start = start, PlannedEnd = start.AddMonths(6),
        WeeklyHoursNow = 8, WeeklyHoursTarget = 20, FlexAttendance = "Må melde afbud om morgenen", ConfirmOverCapacity = confirm,
    };

    private static Task<Result<Guid>> StartAsync(TestApp app, Guid citizen, StartPlacement.Input input) =>
        app.AsAsync<StartPlacement, Result<Guid>>(app.Data.CaseworkerA, s => s.RunAsync(citizen, input));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_placement_needs_a_mentor_of_its_company_and_a_start_in_the_contract_period(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var wrongMentor = await StartAsync(app, app.Data.CitizenA, Start(app.Data, Today) with { MentorId = app.Data.MentorOfCompanyB });
        Assert.Contains("Vælg en mentor fra den valgte virksomhed.", Assert.IsType<Result<Guid>.Invalid>(wrongMentor).Errors["MentorId"]);

        var otherCompany = await StartAsync(app, app.Data.CitizenA, Start(app.Data, Today) with { CompanyId = app.Data.CompanyB, ContractId = null });
        Assert.Contains("Vælg en virksomhed, som borgerens jobcenter samarbejder med.", Assert.IsType<Result<Guid>.Invalid>(otherCompany).Errors["CompanyId"]);

        var early = await StartAsync(app, app.Data.CitizenA, Start(app.Data, new DateOnly(2023, 6, 1)));
        Assert.StartsWith("Startdatoen skal ligge i rammeaftalens periode", Assert.IsType<Result<Guid>.Invalid>(early).Errors["Start"][0], StringComparison.Ordinal);

        var noMentor = await StartAsync(app, app.Data.CitizenA, Start(app.Data, Today) with { MentorId = null, PlannedEnd = Today.AddDays(-1) });
        var errors = Assert.IsType<Result<Guid>.Invalid>(noMentor).Errors;
        Assert.Contains("Vælg borgerens mentor på virksomheden.", errors["MentorId"]);
        Assert.Contains("Den planlagte slutdato må ikke ligge før startdatoen.", errors["PlannedEnd"]);

        await using var scope = app.SystemScope(out var db);
        Assert.Equal(0, await db.Placements.CountAsync(p => p.CitizenId == app.Data.CitizenA));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_full_contract_warns_and_the_placement_starts_only_when_confirmed(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        Assert.IsType<Result<Guid>.Ok>(await StartAsync(app, app.Data.CitizenA, Start(app.Data, Today)));

        var full = await StartAsync(app, app.Data.CitizenA2, Start(app.Data, Today));
        Assert.Equal("Rammeaftalen har 1 pladser, og 1 er besat på startdatoen. Sæt kryds, hvis virksomheden har sagt ja til en plads mere.",
            Assert.Single(Assert.IsType<Result<Guid>.Invalid>(full).Errors["ConfirmOverCapacity"]));

        Assert.IsType<Result<Guid>.Ok>(await StartAsync(app, app.Data.CitizenA2, Start(app.Data, Today, confirm: true)));
        var company = await app.AsAsync<Vc2.CaseWork.Overviews.GetCompany, Result<Vc2.CaseWork.Overviews.GetCompany.Output>>(app.Data.CaseworkerA, s => s.RunAsync(app.Data.CompanyA));
        var contract = Assert.Single(Assert.IsType<Result<Vc2.CaseWork.Overviews.GetCompany.Output>.Ok>(company).Value.Contracts);
        Assert.Equal(2, contract.OccupiedToday);
        Assert.Equal(2, contract.PeakOccupied);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_interruption_and_a_resumption_at_another_company_within_four_weeks_are_one_course(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        // A second company of job centre A with its own mentor.
        var otherCompany = Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<Vc2.CaseWork.Companies.SaveCompany, Result<Guid>>(app.Data.JobConsultantA,
            s => s.RunAsync(null, new Vc2.CaseWork.Companies.SaveCompany.Input { Cvr = "30000005", Name = "Gamma Gartneri" }))).Value;
        var otherMentor = Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<Vc2.CaseWork.Companies.AddMentor, Result<Guid>>(app.Data.JobConsultantA,
            s => s.RunAsync(otherCompany, new Vc2.CaseWork.Companies.AddMentor.Input { Name = "Gustav", Phone = "12345678" }))).Value;

        var first = Assert.IsType<Result<Guid>.Ok>(await StartAsync(app, app.Data.CitizenA, Start(app.Data, Today.AddDays(-70)))).Value;
        var end = await app.AsAsync<EndPlacement, Result<int>>(app.Data.CaseworkerA,
            s => s.RunAsync(first, new EndPlacement.Input { ActualEnd = Today.AddDays(-20), Reason = EndReason.Illness, Version = 1 }));
        Assert.IsType<Result<int>.Ok>(end);

        // Interrupted: the work list gives the last day to resume.
        var list = await app.AsAsync<MyCitizens, IReadOnlyList<MyCitizens.Row>>(app.Data.CaseworkerA, s => s.RunAsync());
        var resume = Assert.Single(list.Single(r => r.CitizenId == app.Data.CitizenA).Actions, a => a.Kind == MyCitizens.Kind.ResumeBy);
        Assert.Equal(Today.AddDays(-20 + 29), resume.Date);

        var second = await StartAsync(app, app.Data.CitizenA, new StartPlacement.Input { CompanyId = otherCompany, MentorId = otherMentor, Start = Today.AddDays(-5) });
        var secondId = Assert.IsType<Result<Guid>.Ok>(second).Value;

        var placement = await app.AsAsync<GetPlacement, Result<GetPlacement.Output>>(app.Data.CaseworkerA, s => s.RunAsync(secondId));
        var course = Assert.IsType<Result<GetPlacement.Output>.Ok>(placement).Value.Course!;
        Assert.Equal(Today.AddDays(-70), course.Course.First);
        Assert.Equal(51 + 6, course.Course.PlacementDays);
        Assert.Contains(course.Explanation.Select(l => l.ToString()), l => l.StartsWith("R2: Afbrydelse på 14 dage", StringComparison.Ordinal));

        await using var scope = app.SystemScope(out var db);
        var ended = await db.Placements.Include(p => p.Mentors).SingleAsync(p => p.Id == first);
        Assert.Equal(Today.AddDays(-20), Assert.Single(ended.Mentors).To);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Ending_before_the_start_or_in_the_future_is_refused_and_a_stale_version_is_a_conflict(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var id = Assert.IsType<Result<Guid>.Ok>(await StartAsync(app, app.Data.CitizenA, Start(app.Data, Today.AddDays(-10)))).Value;
        async Task<Result<int>> End(DateOnly day, int version) => await app.AsAsync<EndPlacement, Result<int>>(app.Data.CaseworkerA,
            s => s.RunAsync(id, new EndPlacement.Input { ActualEnd = day, Reason = EndReason.Other, Version = version }));

        Assert.Contains("Forløbets sidste dag må ikke ligge før startdatoen.", Assert.IsType<Result<int>.Invalid>(await End(Today.AddDays(-11), 1)).Errors["ActualEnd"]);
        Assert.IsType<Result<int>.Invalid>(await End(Today.AddDays(1), 1));
        Assert.IsType<Result<int>.Ok>(await End(Today, 1));
        Assert.IsType<Result<int>.Conflict>(await End(Today.AddDays(-1), 1));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_mentor_change_is_recorded_with_dates(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var id = Assert.IsType<Result<Guid>.Ok>(await StartAsync(app, app.Data.CitizenA, Start(app.Data, Today.AddDays(-20)))).Value;
        var newMentor = Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<Vc2.CaseWork.Companies.AddMentor, Result<Guid>>(app.Data.JobConsultantA,
            s => s.RunAsync(app.Data.CompanyA, new Vc2.CaseWork.Companies.AddMentor.Input { Name = "Mads", Email = "mads@example.dk" }))).Value;

        var same = await app.AsAsync<ChangeMentor, Result<Guid>>(app.Data.CaseworkerA,
            s => s.RunAsync(id, new ChangeMentor.Input { MentorId = app.Data.MentorOfCompanyA, From = Today }));
        Assert.Contains("Mentoren er allerede forløbets mentor.", Assert.IsType<Result<Guid>.Invalid>(same).Errors["MentorId"]);

        var changed = await app.AsAsync<ChangeMentor, Result<Guid>>(app.Data.CaseworkerA,
            s => s.RunAsync(id, new ChangeMentor.Input { MentorId = newMentor, From = Today.AddDays(-5) }));
        Assert.IsType<Result<Guid>.Ok>(changed);

        var placement = Assert.IsType<Result<GetPlacement.Output>.Ok>(await app.AsAsync<GetPlacement, Result<GetPlacement.Output>>(app.Data.CaseworkerA, s => s.RunAsync(id))).Value;
        Assert.Collection(placement.Mentors,
            m => Assert.Equal(("Mette Mentor", Today.AddDays(-20), (DateOnly?)Today.AddDays(-6)), (m.Name, m.From, m.To)),
            m => Assert.Equal(("Mads", Today.AddDays(-5), (DateOnly?)null), (m.Name, m.From, m.To)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_work_agreement_needs_its_four_parts_is_versioned_and_accepted_by_three_parties(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var id = Assert.IsType<Result<Guid>.Ok>(await StartAsync(app, app.Data.CitizenA, Start(app.Data, Today.AddDays(-3)))).Value;
        var missing = await app.AsAsync<SaveAgreement, Result<SaveAgreement.Output>>(app.Data.CaseworkerA,
            s => s.RunAsync(id, new SaveAgreement.Input { LongTermGoal = "Job i detail", SubGoals = "\n \n" }));
        var errors = Assert.IsType<Result<SaveAgreement.Output>.Invalid>(missing).Errors;
        Assert.Equal(["LongTermGoal"], new[] { "LongTermGoal", "PlacementGoal", "TasksAndHours", "MentorRole" }.Where(f => !errors.ContainsKey(f)));
        Assert.Contains("Skriv mindst ét delmål, som opfølgningen kan måle på (ét pr. linje).", errors["SubGoals"]);

        var input = new SaveAgreement.Input
        {
            LongTermGoal = "Job i detail", PlacementGoal = "Fast fremmøde 3 dage", TasksAndHours = "Varemodtagelse, 3 × 4 timer",
            MentorRole = "Daglig kontakt og en ugentlig snak", SubGoals = "Møder til tiden\nSiger til, når noget er svært",
        };
        var v1 = Assert.IsType<Result<SaveAgreement.Output>.Ok>(await app.AsAsync<SaveAgreement, Result<SaveAgreement.Output>>(app.Data.CaseworkerA, s => s.RunAsync(id, input))).Value;
        var v2 = Assert.IsType<Result<SaveAgreement.Output>.Ok>(await app.AsAsync<SaveAgreement, Result<SaveAgreement.Output>>(app.Data.CaseworkerA,
            s => s.RunAsync(id, input with { TasksAndHours = "Varemodtagelse, 3 × 5 timer" }))).Value;
        Assert.Equal((1, 2), (v1.Number, v2.Number));

        var noName = await app.AsAsync<AcceptAgreement, Result<int>>(app.Data.CaseworkerA,
            s => s.RunAsync(v2.Id, new AcceptAgreement.Input { Party = AgreementParty.Citizen, Version = 1 }));
        Assert.Contains("Skriv borgerens navn, som det står i underskriften.", Assert.IsType<Result<int>.Invalid>(noName).Errors["AcceptedBy"]);

        // At the desk, the citizen's and the company's acceptances are paper signatures with their date (ADR 0023).
        var version = 1;
        foreach (var (party, name) in new[] { (AgreementParty.Citizen, "Anders Alfasen"), (AgreementParty.Company, "Mette Mentor") })
        {
            var accepted = await app.AsAsync<AcceptAgreement, Result<int>>(app.Data.CaseworkerA,
                s => s.RunAsync(v2.Id, new AcceptAgreement.Input { Party = party, AcceptedBy = name, SignedOn = Today, Version = version }));
            version = Assert.IsType<Result<int>.Ok>(accepted).Value;
        }

        var stale = await app.AsAsync<AcceptAgreement, Result<int>>(app.Data.CaseworkerA,
            s => s.RunAsync(v2.Id, new AcceptAgreement.Input { Party = AgreementParty.JobCentre, Version = 1 }));
        Assert.IsType<Result<int>.Conflict>(stale);
        Assert.IsType<Result<int>.Ok>(await app.AsAsync<AcceptAgreement, Result<int>>(app.Data.CaseworkerA,
            s => s.RunAsync(v2.Id, new AcceptAgreement.Input { Party = AgreementParty.JobCentre, Version = version })));
        var twice = await app.AsAsync<AcceptAgreement, Result<int>>(app.Data.CaseworkerA,
            s => s.RunAsync(v2.Id, new AcceptAgreement.Input { Party = AgreementParty.Citizen, AcceptedBy = "x", SignedOn = Today, Version = version + 1 }));
        Assert.Contains("allerede accepteret", Assert.IsType<Result<int>.Invalid>(twice).Errors["Party"][0], StringComparison.Ordinal);

        var view = Assert.IsType<Result<GetAgreement.Output>.Ok>(await app.AsAsync<GetAgreement, Result<GetAgreement.Output>>(app.Data.CaseworkerA, s => s.RunAsync(v2.Id))).Value;
        Assert.True(view.Agreement.IsAccepted);
        Assert.Equal("Sagsbehandler A", view.Agreement.AcceptedByJobCentreBy);
        Assert.Equal("Mette Mentor", view.Agreement.AcceptedByCompanyBy);
        Assert.Equal(["Møder til tiden", "Siger til, når noget er svært"], view.Agreement.SubGoals.Select(g => g.Text));
        Assert.True(view.IsLatest);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_follow_up_measures_the_latest_agreements_sub_goals_and_clears_the_overdue_flag(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var id = Assert.IsType<Result<Guid>.Ok>(await StartAsync(app, app.Data.CitizenA, Start(app.Data, Today.AddDays(-40)))).Value;

        var list = await app.AsAsync<MyCitizens, IReadOnlyList<MyCitizens.Row>>(app.Data.CaseworkerA, s => s.RunAsync());
        var kinds = list.Single(r => r.CitizenId == app.Data.CitizenA).Actions.Select(a => a.Kind).ToList();
        Assert.Contains(MyCitizens.Kind.FollowUpOverdue, kinds);
        Assert.Contains(MyCitizens.Kind.AgreementMissing, kinds);
        Assert.DoesNotContain(MyCitizens.Kind.NoMentor, kinds);

        var agreement = Assert.IsType<Result<SaveAgreement.Output>.Ok>(await app.AsAsync<SaveAgreement, Result<SaveAgreement.Output>>(app.Data.CaseworkerA,
            s => s.RunAsync(id, new SaveAgreement.Input { LongTermGoal = "a", PlacementGoal = "b", TasksAndHours = "c", MentorRole = "d", SubGoals = "Møder til tiden" }))).Value;
        await using (var scope = app.SystemScope(out var db))
        {
            var goal = await db.Agreements.Where(a => a.Id == agreement.Id).SelectMany(a => a.SubGoals).SingleAsync();
            var wrongGoal = await app.AsAsync<RecordFollowUp, Result<Guid>>(app.Data.CaseworkerA, s => s.RunAsync(id, new RecordFollowUp.Input
            {
                Date = Today, Form = FollowUpForm.AtCompany, Participants = "Borger, mentor",
                Assessments = [new RecordFollowUp.Assessment { SubGoalId = Guid.NewGuid(), Status = SubGoalStatus.Achieved }],
            }));
            Assert.Contains("Delmålet hører ikke til forløbets nyeste arbejdsaftale.", Assert.IsType<Result<Guid>.Invalid>(wrongGoal).Errors["Assessments[0].Status"]);

            var recorded = await app.AsAsync<RecordFollowUp, Result<Guid>>(app.Data.CaseworkerA, s => s.RunAsync(id, new RecordFollowUp.Input
            {
                Date = Today, Form = FollowUpForm.AtCompany, Participants = "Borger, mentor", HoursWorked = 11.5m, NextDate = Today.AddDays(14),
                Assessments = [new RecordFollowUp.Assessment { SubGoalId = goal.Id, Status = SubGoalStatus.InProgress, Comment = "Tre af fire dage" }],
            }));
            Assert.IsType<Result<Guid>.Ok>(recorded);
        }

        var placement = Assert.IsType<Result<GetPlacement.Output>.Ok>(await app.AsAsync<GetPlacement, Result<GetPlacement.Output>>(app.Data.CaseworkerA, s => s.RunAsync(id))).Value;
        Assert.False(placement.FollowUpOverdue);
        Assert.Equal(Today.AddDays(14), placement.FollowUpDue);
        var assessment = Assert.Single(Assert.Single(placement.FollowUps).Assessments);
        Assert.Equal(("Møder til tiden", SubGoalStatus.InProgress), (assessment.SubGoal, assessment.Status));

        list = await app.AsAsync<MyCitizens, IReadOnlyList<MyCitizens.Row>>(app.Data.CaseworkerA, s => s.RunAsync());
        kinds = list.Single(r => r.CitizenId == app.Data.CitizenA).Actions.Select(a => a.Kind).ToList();
        Assert.DoesNotContain(MyCitizens.Kind.FollowUpOverdue, kinds);
        Assert.Contains(MyCitizens.Kind.AgreementNotAccepted, kinds);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_outcome_needs_weekly_hours_for_a_job_and_shows_on_the_citizens_case(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var noHours = await app.AsAsync<RegisterOutcome, Result<Guid>>(app.Data.CaseworkerA,
            s => s.RunAsync(app.Data.CitizenA, new RegisterOutcome.Input { Kind = OutcomeKind.OrdinaryJob, Organisation = "Netto", Start = Today }));
        Assert.Contains("Skriv den ugentlige arbejdstid i jobbet.", Assert.IsType<Result<Guid>.Invalid>(noHours).Errors["WeeklyHours"]);

        var education = await app.AsAsync<RegisterOutcome, Result<Guid>>(app.Data.CaseworkerA,
            s => s.RunAsync(app.Data.CitizenA, new RegisterOutcome.Input { Kind = OutcomeKind.Education, Organisation = "Social- og sundhedsskolen", Start = Today, WeeklyHours = 30 }));
        Assert.IsType<Result<Guid>.Ok>(education);

        var overview = Assert.IsType<Result<Vc2.CaseWork.Overviews.GetCitizenCase.Output>.Ok>(await app.AsAsync<Vc2.CaseWork.Overviews.GetCitizenCase, Result<Vc2.CaseWork.Overviews.GetCitizenCase.Output>>(
            app.Data.CaseworkerA, s => s.RunAsync(app.Data.CitizenA))).Value;
        var outcome = Assert.Single(overview.Outcomes);
        Assert.Null(outcome.WeeklyHours);
        Assert.Contains(overview.Timeline, t => t.Text == "Uddannelse: Social- og sundhedsskolen");
    }
}
