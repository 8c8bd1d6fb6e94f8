using Vc2.Rules.Model;
using Vc2.Rules.Rules;
using static Vc2.Rules.Tests.Build;

namespace Vc2.Rules.Tests;

/// <summary>R1–R5 on both sides of every boundary.</summary>
public sealed class ActivityRuleTests
{
    [Theory]
    [InlineData("2014-02-01", 89)]
    [InlineData("2014-03-15", 92)]
    [InlineData("2014-01-31", 89)] // 31 January + three months is 30 April
    [InlineData("2013-11-30", 90)] // 28 February 2014 ends it
    [InlineData("2015-11-30", 91)] // leap year 2016: 29 February
    [InlineData("2014-12-31", 90)]
    public void R3_required_days_are_the_three_calendar_months_from_the_first_day(string first, int days) =>
        Assert.Equal(days, R3_ThreeMonths.RequiredDays(D(first), 3));

    [Theory]
    [InlineData("2014-02-01", "2014-04-29", 88, CourseStatus.NotQualified)]
    [InlineData("2014-02-01", "2014-04-30", 89, CourseStatus.Qualified)]
    [InlineData("2014-01-31", "2014-04-28", 88, CourseStatus.NotQualified)]
    [InlineData("2014-01-31", "2014-04-29", 89, CourseStatus.Qualified)]
    [InlineData("2014-03-15", "2014-06-14", 92, CourseStatus.Qualified)]
    [InlineData("2014-03-15", "2014-06-13", 91, CourseStatus.NotQualified)]
    public void R3_a_course_qualifies_from_the_day_it_has_three_months(string start, string end, int days, CourseStatus status)
    {
        var course = Assert.Single(Settle(Citizen([P(start, end)])).Courses);
        Assert.Equal(days, course.PlacementDays);
        Assert.Equal(status, course.Status);
    }

    [Theory]
    [InlineData("2014-05-12", 28, 1)]
    [InlineData("2014-05-13", 29, 2)]
    [InlineData("2014-04-15", 1, 1)]
    public void R2_an_interruption_of_at_most_28_days_keeps_the_course(string resume, int gap, int courses)
    {
        var statement = Settle(Citizen([P("2014-03-03", "2014-04-13"), P(resume, "2014-06-30")]));
        Assert.Equal(courses, statement.Courses.Count);
        Assert.Contains(statement.Explanation.Select(l => l.ToString()), l => l.StartsWith($"R2: Afbrydelse på {gap} dage", StringComparison.Ordinal));
    }

    [Fact]
    public void R2_the_company_may_change_and_interruption_days_do_not_count()
    {
        // 42 + 50 placement days with 28 days between: 92 days, exactly three months from 3 March.
        var course = Assert.Single(Settle(Citizen([P("2014-03-03", "2014-04-13"), P("2014-05-12", "2014-06-30")])).Courses);
        Assert.Equal(92, course.PlacementDays);
        Assert.Equal(D("2014-06-30"), course.Last);
    }

    [Fact]
    public void R1_overlapping_placements_count_each_day_once()
    {
        var statement = Settle(Citizen([P("2014-02-01", "2014-03-31"), P("2014-03-01", "2014-04-30"), P("2014-04-30", "2014-04-30")]));
        var course = Assert.Single(statement.Courses);
        Assert.Equal(89, course.PlacementDays);
        Assert.Equal(4500m, statement.ActivityGrant);
        Assert.Contains(statement.Explanation.Select(l => l.ToString()), l => l.Contains("tælles én gang", StringComparison.Ordinal));
    }

    [Fact]
    public void R1_an_open_placement_runs_through_the_as_of_date_and_later_days_never_count()
    {
        var statement = Settle(Citizen([P("2014-03-03", null), P("2014-06-01", "2014-08-01")]), asOf: D("2014-05-02"));
        var course = Assert.Single(statement.Courses);
        Assert.Equal(D("2014-05-02"), course.Last);
        Assert.Equal(61, course.PlacementDays);
        Assert.Equal(CourseStatus.Pending, course.Status);
        Assert.Equal(D("2014-06-02"), course.ReachesThreeMonthsOn);
        Assert.Empty(statement.Months);
    }

    [Theory]
    [InlineData("2014-05-28", CourseStatus.Pending)]      // last day 28 days before the as-of date
    [InlineData("2014-05-27", CourseStatus.NotQualified)] // 29 days before
    public void R5_a_short_course_is_pending_while_it_may_still_resume(string end, CourseStatus status)
    {
        var course = Assert.Single(Settle(Citizen([P("2014-05-01", end)]), asOf: D("2014-06-25")).Courses);
        Assert.Equal(status, course.Status);
    }

    [Theory]
    [InlineData("2014-03-01", "2014-03-10", "2014-03", 10, 483.87)]
    [InlineData("2014-02-03", "2014-02-28", "2014-02", 26, 1392.86)]
    [InlineData("2014-05-12", "2014-05-31", "2014-05", 20, 967.74)]
    [InlineData("2014-03-03", "2014-03-31", "2014-03", 29, 1403.23)]
    public void R4_a_part_month_is_paid_pro_rata_per_day_rounded_to_oere(string from, string to, string month, int days, decimal amount)
    {
        // An earlier placement up to the month's start makes the course qualify; the month asked about has only its days.
        var monthStart = new DateOnly(D(from).Year, D(from).Month, 1);
        var statement = Settle(Citizen([new Placement(D("2013-09-01"), monthStart.AddDays(-1)), P(from, to)]));
        var row = Assert.Single(statement.Months, m => m.Month == month);
        Assert.Equal(days, row.Days);
        Assert.Equal(amount, row.Amount);
        Assert.Contains(statement.Explanation.Select(l => l.ToString()), l => l.StartsWith("R4: ", StringComparison.Ordinal) && l.Contains($"{days} af ", StringComparison.Ordinal));
    }

    [Fact]
    public void R4_days_outside_the_project_period_count_for_three_months_but_are_not_paid()
    {
        var statement = Settle(Citizen([P("2015-11-01", "2016-02-29")]));
        Assert.Equal(["2015-11", "2015-12"], statement.Months.Select(m => m.Month));
        Assert.Equal(3000m, statement.ActivityGrant);
        Assert.Contains(statement.Explanation.Select(l => l.ToString()), l => l.StartsWith("R4: 60 forløbsdage ligger uden for projektperioden", StringComparison.Ordinal));
    }

    [Fact]
    public void R4_the_explanation_reads_like_the_rule()
    {
        var statement = Settle(Citizen([P("2014-02-01", "2014-06-15")]));
        Assert.Contains("R4: februar 2014: 28 af 28 dage × 1.500,00 kr. = 1.500,00 kr.", statement.Explanation.Select(l => l.ToString()));
        Assert.Contains("R4: juni 2014: 15 af 30 dage × 1.500,00 kr. = 750,00 kr.", statement.Explanation.Select(l => l.ToString()));
    }
}
