using Vc2.CaseWork.Progress;

namespace Vc2.Tests.Progress;

public sealed class ScheduleTests
{
    private static DateOnly D(int month, int day) => new(2015, month, day);

    [Fact]
    public void Without_a_placement_nothing_is_due() =>
        Assert.Empty(MeasurementSchedule.For([], [], D(6, 15)));

    [Theory]
    [InlineData(14, false)] // the baseline is due 14 days after the start: on the day it is not yet overdue
    [InlineData(15, true)]
    public void The_baseline_is_due_within_14_days_of_the_first_start(int daysAfterStart, bool overdue)
    {
        var start = D(3, 2);
        var due = MeasurementSchedule.For([(start, null)], [], start.AddDays(daysAfterStart));
        var baseline = due[0];
        Assert.Equal((MeasurementKind.Baseline, start.AddDays(14), overdue), (baseline.Kind, baseline.DueBy, baseline.Overdue));
    }

    [Fact]
    public void Interval_measurements_follow_the_baseline_every_eight_weeks_and_answers_are_matched()
    {
        var start = D(1, 5);
        // Baseline answered on 12 January; the first interval answered on 10 March; the second is missing.
        var due = MeasurementSchedule.For([(start, null)], [D(1, 12), D(3, 10)], D(6, 1));
        Assert.Equal(D(1, 12), due[0].AnsweredOn);
        var intervals = due.Where(d => d.Kind == MeasurementKind.Interval).ToList();
        Assert.Equal([D(3, 9), D(5, 4), D(6, 29)], intervals.Select(d => d.DueBy));
        Assert.Equal([(DateOnly?)D(3, 10), null, null], intervals.Select(d => d.AnsweredOn));
        Assert.Equal([false, true, false], intervals.Select(d => d.Overdue));
    }

    [Fact]
    public void The_end_of_a_placement_is_a_measurement_and_the_interval_can_be_set()
    {
        var due = MeasurementSchedule.For([(D(1, 5), D(4, 30))], [D(1, 10), D(5, 5)], D(6, 15), intervalWeeks: 4);
        var end = Assert.Single(due, d => d.Kind == MeasurementKind.End);
        Assert.Equal((D(5, 14), (DateOnly?)D(5, 5), false), (end.DueBy, end.AnsweredOn, end.Overdue));
        Assert.All(due.Where(d => d.Kind == MeasurementKind.Interval), d => Assert.True(d.DueBy <= D(4, 30)));
        Assert.Equal(3, due.Count(d => d.Kind == MeasurementKind.Interval));
    }
}
