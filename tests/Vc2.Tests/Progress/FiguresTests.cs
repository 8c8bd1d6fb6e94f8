using Vc2.CaseWork.Progress;

namespace Vc2.Tests.Progress;

/// <summary>The job centre's progress figures and the disagreements, on a small set computed by hand.</summary>
public sealed class FiguresTests
{
    private static readonly Guid C1 = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid C2 = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid C3 = Guid.Parse("00000000-0000-0000-0000-000000000003");

    private static DateOnly D(int month, int day) => new(2015, month, day);

    private static MeasurementPoint P(Guid citizen, Respondent respondent, DateOnly on, params (string Key, int Score)[] scores) =>
        new(citizen, respondent, on, scores.ToDictionary(s => s.Key, s => s.Score));

    private static readonly MeasurementPoint[] Points =
    [
        P(C1, Respondent.Citizen, D(1, 5), ("attendance", 4), ("belief", 2)),
        P(C1, Respondent.Citizen, D(4, 27), ("attendance", 8), ("belief", 4)), // given out of order on purpose
        P(C1, Respondent.Citizen, D(3, 2), ("attendance", 7), ("belief", 5)),
        P(C2, Respondent.Citizen, D(1, 12), ("attendance", 6), ("belief", 3)),
        P(C2, Respondent.Citizen, D(3, 9), ("attendance", 5), ("belief", 6)),
        P(C3, Respondent.Citizen, D(2, 2), ("attendance", 4), ("belief", 8)),
        P(C1, Respondent.Mentor, D(1, 6), ("attendance", 3)),
        P(C1, Respondent.Mentor, D(3, 3), ("attendance", 6)),
        P(C2, Respondent.Caseworker, D(1, 12), ("attendance", 5), ("belief", 2)),
    ];

    private static ProgressFigures.Figures Compute()
    {
        var schedule = new List<(Respondent, DueMeasurement)>
        {
            (Respondent.Citizen, new DueMeasurement(MeasurementKind.Baseline, D(1, 15), D(1, 5), false)),
            (Respondent.Citizen, new DueMeasurement(MeasurementKind.Interval, D(3, 10), null, true)),
            (Respondent.Mentor, new DueMeasurement(MeasurementKind.Interval, D(6, 1), null, false)), // not due yet: not counted
            (Respondent.Mentor, new DueMeasurement(MeasurementKind.Interval, D(7, 1), D(5, 1), false)), // answered early: counted
        };
        return ProgressFigures.Compute(InstrumentLoader.Shipped()[^1], Points, schedule, D(5, 15));
    }

    [Fact]
    public void The_baseline_is_each_respondents_first_answer_per_citizen()
    {
        var figures = Compute();
        Assert.Equal(3, figures.CitizensMeasured);
        var attendance = figures.Baseline.Single(b => b.DimensionKey == "attendance" && b.Respondent == Respondent.Citizen);
        Assert.Equal(3, attendance.Count); // 4, 6, 4
        Assert.Equal(4.67m, attendance.Mean); // 14 / 3
        Assert.Equal([0, 0, 0, 2, 0, 1, 0, 0, 0, 0], attendance.Distribution);
        Assert.Equal(4.33m, figures.Baseline.Single(b => b.DimensionKey == "belief" && b.Respondent == Respondent.Citizen).Mean); // (2 + 3 + 8) / 3
        Assert.Equal(3m, figures.Baseline.Single(b => b.DimensionKey == "attendance" && b.Respondent == Respondent.Mentor).Mean);

        // The mentor does not answer the dimensions outside the workplace, so there is no row for them.
        Assert.DoesNotContain(figures.Baseline, b => b.DimensionKey == "belief" && b.Respondent == Respondent.Mentor);
        var empty = figures.Baseline.Single(b => b.DimensionKey == "tasks" && b.Respondent == Respondent.Citizen);
        Assert.Equal((0, (decimal?)null), (empty.Count, empty.Mean));
    }

    [Fact]
    public void The_change_is_latest_minus_baseline_averaged_over_citizens_with_two_answers()
    {
        var change = Compute().Change;
        Assert.Equal((2, (decimal?)1.5m), Of(change, "attendance", Respondent.Citizen)); // C1: 8 − 4 = 4, C2: 5 − 6 = −1
        Assert.Equal((2, (decimal?)2.5m), Of(change, "belief", Respondent.Citizen)); // C1: 4 − 2 = 2, C2: 6 − 3 = 3
        Assert.Equal((1, (decimal?)3m), Of(change, "attendance", Respondent.Mentor)); // C1: 6 − 3
        Assert.Equal((0, (decimal?)null), Of(change, "attendance", Respondent.Caseworker)); // one answer only

        static (int, decimal?) Of(IReadOnlyList<ProgressFigures.ChangeRow> rows, string key, Respondent r) =>
            rows.Single(c => c.DimensionKey == key && c.Respondent == r) is var row ? (row.Citizens, row.AverageChange) : default;
    }

    [Fact]
    public void Completion_counts_what_was_due_by_today_or_answered_early()
    {
        var completion = Compute().Completion.ToDictionary(c => c.Respondent);
        Assert.Equal((2, 1, (decimal?)0.5m), (completion[Respondent.Citizen].Due, completion[Respondent.Citizen].Answered, completion[Respondent.Citizen].Rate));
        Assert.Equal((1, 1, (decimal?)1m), (completion[Respondent.Mentor].Due, completion[Respondent.Mentor].Answered, completion[Respondent.Mentor].Rate));
        Assert.Equal((0, 0, (decimal?)null), (completion[Respondent.Caseworker].Due, completion[Respondent.Caseworker].Answered, completion[Respondent.Caseworker].Rate));
    }

    [Fact]
    public void Respondents_three_points_apart_within_fourteen_days_disagree()
    {
        var points = new[]
        {
            P(C1, Respondent.Citizen, D(1, 5), ("attendance", 8), ("tasks", 6)),
            P(C1, Respondent.Mentor, D(1, 10), ("attendance", 5), ("tasks", 4)), // attendance 3 apart: disagreement; tasks 2 apart: not
            P(C1, Respondent.Caseworker, D(1, 30), ("attendance", 1)), // 20 days from the mentor, 25 from the citizen: not compared
            P(C1, Respondent.Citizen, D(3, 2), ("attendance", 2)),
            P(C1, Respondent.Caseworker, D(3, 16), ("attendance", 9)), // exactly 14 days: compared, 7 apart
        };
        var found = Disagreements.Find(points);
        Assert.Equal(2, found.Count);
        Assert.Equal(new Disagreement("attendance", Respondent.Citizen, D(1, 5), 8, Respondent.Mentor, D(1, 10), 5), found[0]);
        Assert.Equal(new Disagreement("attendance", Respondent.Citizen, D(3, 2), 2, Respondent.Caseworker, D(3, 16), 9), found[1]);
        Assert.Equal(7, found[1].Difference);
        Assert.Empty(Disagreements.Find(points, threshold: 8));
    }
}
