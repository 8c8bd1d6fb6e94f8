using Vc2.Steering.Holdepunkter;

namespace Vc2.Tests.Holdepunkter;

/// <summary>Every holdepunkt row on a small job centre computed by hand (today is 15 June 2015).</summary>
public sealed class IndicatorTests
{
    private static DateOnly D(int month, int day, int year = 2015) => new(year, month, day);

    private static readonly Guid C1 = Guid.NewGuid(), C2 = Guid.NewGuid(), C3 = Guid.NewGuid(), C4 = Guid.NewGuid();
    private static readonly Guid K1 = Guid.NewGuid(), K2 = Guid.NewGuid(), K3 = Guid.NewGuid();

    private static HoldepunktFacts Facts() => new(
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
            // P2: 1 April – 31 May, on contract, five days without a mentor in May, no accepted agreement.
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
        OverdueMeasurements: [("C3", null)]);

    private static Indicator Get(string key) => HoldepunktIndicators.Compute(Facts()).SelectMany(r => r.Indicators).Single(i => i.Key == key);

    [Fact]
    public void Holdepunkt_1_contracted_places_in_use_and_course_length()
    {
        var places = Get("places"); // 4 places in contracts valid today (K2's expired); one running placement on a contract
        Assert.Equal(("1 af 4", 0.25m, IndicatorStatus.Red), (places.Value, places.Share, places.Status));
        Assert.Equal("71 dage", Get("course-length").Value); // (107 + 61 + 46) / 3 days, P4 not started
    }

    [Fact]
    public void Holdepunkt_2_a_mentor_throughout()
    {
        var mentor = Get("mentor");
        Assert.Equal(("2 af 3 (67 %)", IndicatorStatus.Red), (mentor.Value, mentor.Status));
        Assert.Equal(["P2"], mentor.Problems.Select(p => p.Label));
    }

    [Fact]
    public void Holdepunkt_3_an_accepted_agreement() =>
        Assert.Equal(("2 af 3 (67 %)", "P2"), (Get("agreement").Value, Get("agreement").Problems.Single().Label));

    [Fact]
    public void Holdepunkt_4_follow_up_caseworker_exit_strategy_and_personal_mentor()
    {
        Assert.Equal(("1 af 2 (50 %)", "P3", IndicatorStatus.Red), (Get("follow-up").Value, Get("follow-up").Problems.Single().Label, Get("follow-up").Status));
        Assert.Equal("107 dage", Get("follow-up-frequency").Value); // 214 placement days / 2 follow-ups
        Assert.Equal(("3 af 4 (75 %)", IndicatorStatus.Yellow, "C3"), (Get("caseworker").Value, Get("caseworker").Status, Get("caseworker").Problems.Single().Label));
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
    public void Holdepunkt_8_project_leader_group_plan_and_participants()
    {
        Assert.Equal(("Pia Projektleder", IndicatorStatus.Green), (Get("project-leader").Value, Get("project-leader").Status));
        Assert.Equal(("Mangler", IndicatorStatus.Red), (Get("group").Value, Get("group").Status));
        Assert.Equal("version 2", Get("plan").Value);
        Assert.Equal(("4 af 60", IndicatorStatus.Red), (Get("participants").Value, Get("participants").Status));
    }

    [Fact]
    public void Holdepunkt_9_measurements_answered()
    {
        var measurements = Get("measurements");
        Assert.Equal(("9 af 10 (90 %)", IndicatorStatus.Green, "C3"), (measurements.Value, measurements.Status, measurements.Problems.Single().Label));
    }

    [Fact]
    public void A_row_is_as_bad_as_its_worst_indicator() =>
        Assert.Equal([.. Enumerable.Repeat(IndicatorStatus.Red, 8), IndicatorStatus.Green], HoldepunktIndicators.Compute(Facts()).Select(r => r.Status));

    [Theory]
    [InlineData(30, null, true)] // one mentor from the start, still there
    [InlineData(31, null, false)] // the mentor came a day late
    public void A_mentor_throughout_covers_every_day_from_the_start(int fromDay, int? toDay, bool expected)
    {
        var placement = new PlacementFacts(Guid.NewGuid(), C1, K1, "P", null, D(4, 30), D(5, 31), true,
            [(D(4, 30).AddDays(fromDay - 30), toDay is null ? null : D(5, toDay.Value))], true, [], null);
        Assert.Equal(expected, HoldepunktIndicators.MentorThroughout(placement, D(6, 15)));
    }

    [Fact]
    public void Back_to_back_mentors_are_throughout_and_a_mentor_leaving_before_the_end_is_not()
    {
        PlacementFacts With(params (DateOnly, DateOnly?)[] mentors) => new(Guid.NewGuid(), C1, K1, "P", null, D(4, 1), D(5, 31), true, mentors, true, [], null);
        Assert.True(HoldepunktIndicators.MentorThroughout(With((D(4, 1), D(4, 30)), (D(5, 1), D(5, 31))), D(6, 15)));
        Assert.False(HoldepunktIndicators.MentorThroughout(With((D(4, 1), D(5, 30))), D(6, 15)));
    }
}
