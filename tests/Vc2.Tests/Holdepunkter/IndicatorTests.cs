using Vc2.CaseWork.Progress;
using Vc2.Steering.Holdepunkter;
using Vc2.Steering.Organisation;

namespace Vc2.Tests.Holdepunkter;

/// <summary>Every holdepunkt row on a small job centre computed by hand (today is 15 June 2015).</summary>
public sealed class IndicatorTests
{
    private static DateOnly D(int month, int day, int year = 2015) => new(year, month, day);

    private static readonly Guid C1 = Guid.NewGuid(), C2 = Guid.NewGuid(), C3 = Guid.NewGuid(), C4 = Guid.NewGuid();
    private static readonly Guid K1 = Guid.NewGuid(), K2 = Guid.NewGuid(), K3 = Guid.NewGuid();

    private static HoldepunktFacts Facts(PlanReview? plan = PlanReview.Awaiting) => new(
        Today: D(6, 15),
        FollowUpIntervalDays: 28,
        ExpectedParticipantsByNow: 60,
        MinimumParticipants: 100,
        Citizens:
        [
            new(C1, "C1", "/borgere/1", HasCoordinatingCaseworker: true, HasPersonalMentor: true, HasExitStrategy: true),
            new(C2, "C2", "/borgere/2", true, false, false),
            new(C3, "C3", "/borgere/3", false, false, true),
            new(C4, "C4", "/borgere/4", true, false, true),
        ],
        Placements:
        [
            // P1: running since 1 March, on contract, a mentor from day one, accepted agreement, followed up 20 May (next due 17 June).
            new(Guid.NewGuid(), C1, K1, "P1", null, D(3, 1), null, true, [(D(3, 1), null)], true, [D(5, 20)], null),
            // P2: 1 April – 31 May, on contract, no mentor 1–4 May, then a second mentor; no accepted agreement.
            new(Guid.NewGuid(), C2, K1, "P2", null, D(4, 1), D(5, 31), true, [(D(4, 1), D(4, 30)), (D(5, 5), null)], false, [D(4, 20)], null),
            // P3: running since 1 May, no contract, mentor throughout, accepted, never followed up (due 29 May: overdue).
            new(Guid.NewGuid(), C4, K2, "P3", null, D(5, 1), null, false, [(D(5, 1), null)], true, [], null),
            // P4: starts in July — not counted yet.
            new(Guid.NewGuid(), C3, K2, "P4", null, D(7, 1), null, false, [], false, [], null),
        ],
        Contracts: [new(K1, 4, D(1, 1), D(12, 31)), new(K2, 2, D(1, 1, 2014), D(12, 31, 2014))],
        Companies: [new(K1, "K1", null, true, true), new(K2, "K2", null, false, true), new(K3, "K3", null, false, false)],
        Mentors: [new(Guid.NewGuid(), "M1", true, true), new(Guid.NewGuid(), "M2", false, true), new(Guid.NewGuid(), "M3", false, false)],
        Quarters: [new("2014 K4", true, 0), new("2015 K1", true, 1), new("2015 K2", false, 0)],
        ProjectLeader: "Pia Projektleder",
        GroupMembers: 0,
        PlanVersions: 2,
        MeasurementsDue: 10,
        MeasurementsAnswered: 9,
        OverdueMeasurements: [("C3", null)],
        ByRespondent: [new(Respondent.Citizen, 4, 4), new(Respondent.Mentor, 3, 2), new(Respondent.Caseworker, 3, 3)],
        PlanState: plan);

    private static Indicator Get(string key) => HoldepunktIndicators.Compute(Facts()).SelectMany(r => r.Indicators).Single(i => i.Key == key);

    [Fact]
    public void Holdepunkt_1_contracted_places_in_use_and_course_length()
    {
        var places = Get("places"); // 4 places in contracts valid today (K2's expired); one running placement on a contract
        Assert.Equal(("1 af 4", 0.25m, IndicatorStatus.Red), (places.Value, places.Share, places.Status));
        Assert.Equal("71 dage", Get("course-length").Value); // (107 + 61 + 46) / 3 days, P4 not started
    }

    [Fact]
    public void Holdepunkt_2_placement_days_with_a_mentor_mentor_changes_and_trained_mentors()
    {
        // 214 placement days (107 + 61 + 46); P2 had no mentor 1–4 May: 210 days with one. A form that requires a mentor at
        // the start can no longer make this 100 %.
        var days = Get("mentor-days");
        Assert.Equal(("210 af 214 dage (98 %)", IndicatorStatus.Green), (days.Value, days.Status));
        Assert.Equal(("P2", "4 dage uden mentor"), (days.Problems.Single().Label, days.Problems.Single().Why));

        var changes = Get("mentor-changes"); // P2 changed mentor once: 1 change in 3 placements
        Assert.Equal(("0,33 (1 skift i 3 forløb)", IndicatorStatus.Yellow, "P2"), (changes.Value, changes.Status, changes.Problems.Single().Label));

        var trained = Get("mentor-trained"); // M1 and M2 have placements; M2 has not been on a course; "alle": red
        Assert.Equal(("1 af 2 (50 %)", IndicatorStatus.Red, "M2"), (trained.Value, trained.Status, trained.Problems.Single().Label));
    }

    [Fact]
    public void Holdepunkt_3_an_accepted_agreement() =>
        Assert.Equal(("2 af 3 (67 %)", "P2"), (Get("agreement").Value, Get("agreement").Problems.Single().Label));

    [Fact]
    public void Holdepunkt_4_follow_up_caseworker_exit_strategy_and_personal_mentor()
    {
        Assert.Equal(("1 af 2 (50 %)", "P3", IndicatorStatus.Red), (Get("follow-up").Value, Get("follow-up").Problems.Single().Label, Get("follow-up").Status));
        Assert.Contains("(28 dage)", Get("follow-up").Text, StringComparison.Ordinal);
        Assert.Equal("107 dage", Get("follow-up-frequency").Value); // 214 placement days / 2 follow-ups
        // "alle borgere": 75 % is red, not partly met.
        Assert.Equal(("3 af 4 (75 %)", IndicatorStatus.Red, "C3"), (Get("caseworker").Value, Get("caseworker").Status, Get("caseworker").Problems.Single().Label));
        Assert.Equal(("3 af 4 (75 %)", "C2"), (Get("exit").Value, Get("exit").Problems.Single().Label));
        Assert.Equal(("1 af 4 (25 %)", IndicatorStatus.Info), (Get("personal-mentor").Value, Get("personal-mentor").Status));
    }

    [Fact]
    public void Holdepunkt_5_a_fixed_contact_at_companies_with_placements() =>
        Assert.Equal(("1 af 2 (50 %)", "K2"), (Get("fixed-contact").Value, Get("fixed-contact").Problems.Single().Label));

    [Fact]
    public void Holdepunkt_6_placements_on_a_framework_contract() =>
        Assert.Equal(("2 af 3 (67 %)", "P3"), (Get("contract").Value, Get("contract").Problems.Single().Label));

    [Fact]
    public void Holdepunkt_7_trained_mentors_and_a_meeting_every_ended_quarter()
    {
        Assert.Equal(("1 af 2 (50 %)", "M2"), (Get("trained").Value, Get("trained").Problems.Single().Label));
        Assert.Equal(("1 af 2 (50 %)", "2014 K4"), (Get("meetings").Value, Get("meetings").Problems.Single().Label)); // 2015 K2 has not ended
    }

    [Fact]
    public void Holdepunkt_4_measurement_completeness_per_respondent()
    {
        Assert.Equal(("4 af 4 (100 %)", IndicatorStatus.Green), (Get("completeness-citizen").Value, Get("completeness-citizen").Status));
        Assert.Equal(("2 af 3 (67 %)", IndicatorStatus.Red), (Get("completeness-mentor").Value, Get("completeness-mentor").Status));
        Assert.Equal(("3 af 3 (100 %)", IndicatorStatus.Green), (Get("completeness-caseworker").Value, Get("completeness-caseworker").Status));
    }

    [Fact]
    public void Holdepunkt_4_measures_follow_ups_at_the_job_centres_own_interval()
    {
        // P1 was followed up 20 May: due 17 June at 28 days, 3 June at 14 — then overdue too.
        var followUp = HoldepunktIndicators.Compute(Facts() with { FollowUpIntervalDays = 14 }).SelectMany(r => r.Indicators).Single(i => i.Key == "follow-up");
        Assert.Equal("0 af 2 (0 %)", followUp.Value);
        Assert.Equal(["P1", "P3"], followUp.Problems.Select(p => p.Label));
        Assert.Contains("(14 dage)", followUp.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_citizen_without_a_coordinating_caseworker_is_red_with_the_drill_down()
    {
        var lonely = Guid.NewGuid();
        var citizens = Enumerable.Range(0, 99).Select(i => new CitizenFacts(Guid.NewGuid(), $"B{i}", null, true, false, true))
            .Append(new CitizenFacts(lonely, "Borgeren uden sagsbehandler", "/borgere/x", false, false, true)).ToList();
        var caseworker = HoldepunktIndicators.Compute(Facts() with { Citizens = citizens }).SelectMany(r => r.Indicators).Single(i => i.Key == "caseworker");
        Assert.Equal(("99 af 100 (99 %)", IndicatorStatus.Red), (caseworker.Value, caseworker.Status));
        Assert.Equal([("Borgeren uden sagsbehandler", "/borgere/x")], caseworker.Problems.Select(p => (p.Label, p.Link)));
        var all = HoldepunktIndicators.Compute(Facts() with { Citizens = citizens.Take(99).ToList() }).SelectMany(r => r.Indicators).Single(i => i.Key == "caseworker");
        Assert.Equal(IndicatorStatus.Green, all.Status);
    }

    [Fact]
    public void Holdepunkt_8_project_leader_group_and_a_plan_the_agency_approved()
    {
        Assert.Equal(("Pia Projektleder", IndicatorStatus.Green), (Get("project-leader").Value, Get("project-leader").Status));
        Assert.Equal(("Mangler", IndicatorStatus.Red), (Get("group").Value, Get("group").Status));
        Assert.Equal(("version 2, venter på styrelsen", IndicatorStatus.Yellow), (Get("plan").Value, Get("plan").Status));
        var changes = HoldepunktIndicators.Compute(Facts(PlanReview.ChangesRequested)).SelectMany(r => r.Indicators).Single(i => i.Key == "plan");
        Assert.Equal(("version 2, styrelsen beder om ændringer", IndicatorStatus.Yellow), (changes.Value, changes.Status));
        Assert.Equal("Styrelsen har bedt om ændringer i version 2", Assert.Single(changes.Problems).Label);
        var approved = HoldepunktIndicators.Compute(Facts(PlanReview.Approved)).SelectMany(r => r.Indicators).Single(i => i.Key == "plan");
        Assert.Equal(("version 2, godkendt", IndicatorStatus.Green), (approved.Value, approved.Status));
        var none = HoldepunktIndicators.Compute(Facts(plan: null) with { PlanVersions = 0 }).SelectMany(r => r.Indicators).Single(i => i.Key == "plan");
        Assert.Equal(IndicatorStatus.Red, none.Status);
    }

    [Fact]
    public void Holdepunkt_9_counts_citizens_who_started_a_placement_against_the_commitment()
    {
        // Four enrolled, but only C1, C2 and C4 have started a placement (C3's starts in July).
        var participants = Get("participants");
        Assert.Equal(("3 af 60", IndicatorStatus.Red), (participants.Value, participants.Status));
        Assert.Contains("tilsagn: 100 i alt", participants.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_committed_number_is_the_target_pro_rata_not_the_minimum()
    {
        // Aarhus committed to 120 for 2014–2015: halfway (1 January 2015) 60 are expected, not 50 of the minimum 100.
        var programme = new ProgrammeOptions { Start = new DateOnly(2014, 1, 1), End = new DateOnly(2015, 12, 31) };
        Assert.Equal((120, 61), (programme.Target(120), programme.ExpectedBy(new DateOnly(2015, 1, 1), 120)));
        Assert.Equal((100, 51), (programme.Target(0), programme.ExpectedBy(new DateOnly(2015, 1, 1), 0)));
        var facts = Facts() with { MinimumParticipants = programme.Target(120), ExpectedParticipantsByNow = programme.ExpectedBy(new DateOnly(2015, 1, 1), 120) };
        var participants = HoldepunktIndicators.Compute(facts).SelectMany(r => r.Indicators).Single(i => i.Key == "participants");
        Assert.Equal("3 af 61", participants.Value);
        Assert.Contains("tilsagn: 120 i alt", participants.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_indicator_says_how_it_is_measured() =>
        Assert.All(HoldepunktIndicators.Compute(Facts()).SelectMany(r => r.Indicators), i => Assert.False(string.IsNullOrWhiteSpace(i.Definition), i.Key));

    [Fact]
    public void A_row_is_as_bad_as_its_worst_indicator() =>
        Assert.Equal(Enumerable.Repeat(IndicatorStatus.Red, 9), HoldepunktIndicators.Compute(Facts()).Select(r => r.Status));

    [Theory]
    [InlineData(30, null, 32)] // one mentor from the start, still there: 30 April – 31 May
    [InlineData(31, null, 31)] // the mentor came a day late
    [InlineData(20, 15, 16)] // a mentor from before the start counts from the start, until 15 May
    public void Days_with_a_mentor_count_from_the_start_to_the_end(int fromDay, int? toDay, int expected)
    {
        var placement = new PlacementFacts(Guid.NewGuid(), C1, K1, "P", null, D(4, 30), D(5, 31), true,
            [(D(4, 30).AddDays(fromDay - 30), toDay is null ? null : D(5, toDay.Value))], true, [], null);
        Assert.Equal(expected, HoldepunktIndicators.DaysWithMentor(placement, D(6, 15)));
    }

    [Fact]
    public void Overlapping_and_back_to_back_mentors_count_each_day_once()
    {
        PlacementFacts With(params (DateOnly, DateOnly?)[] mentors) => new(Guid.NewGuid(), C1, K1, "P", null, D(4, 1), D(5, 31), true, mentors, true, [], null);
        Assert.Equal(61, HoldepunktIndicators.DaysWithMentor(With((D(4, 1), D(4, 30)), (D(5, 1), D(5, 31))), D(6, 15)));
        Assert.Equal(61, HoldepunktIndicators.DaysWithMentor(With((D(4, 1), D(5, 10)), (D(4, 20), null)), D(6, 15)));
        Assert.Equal(60, HoldepunktIndicators.DaysWithMentor(With((D(4, 1), D(5, 30))), D(6, 15)));
        Assert.Equal(0, HoldepunktIndicators.DaysWithMentor(With(), D(6, 15)));
    }
}
