using Vc2.Rules.Model;
using static Vc2.Rules.Tests.Build;

namespace Vc2.Rules.Tests;

/// <summary>R6–R12 on both sides of every boundary.</summary>
public sealed class ResultRuleTests
{
    private static readonly Placement Early = P("2014-02-03", "2014-03-14");

    [Theory]
    [InlineData(91, ResultStatus.Verified)]  // 7.00 hours on average
    [InlineData(90, ResultStatus.None)]      // 6.92 hours on average
    public void R7_the_average_over_13_weeks_must_be_at_least_seven_hours(int totalHours, ResultStatus status)
    {
        var hours = Enumerable.Repeat(7m, 12).Append(totalHours - 84m).ToArray();
        var result = Settle(Citizen([Early], Weeks("2014-W20", BenefitCategory.None, hours))).Result;
        Assert.Equal(status, result.Status);
    }

    [Fact]
    public void R7_a_week_without_work_breaks_the_window_and_the_count_restarts()
    {
        var weeks = Weeks("2014-W20", BenefitCategory.None, 10, 10, 10, 10, 10, 10, 0, 10, 10, 10, 10, 10, 10)
            .Concat(Weeks("2014-W33", BenefitCategory.None, 10, 10, 10, 10, 10, 10, 10));
        var result = Settle(Citizen([Early], weeks)).Result;
        Assert.Equal(W("2014-W27"), result.FirstWeek);
    }

    [Theory]
    [InlineData(BenefitCategory.Loentilskud, 30, ResultStatus.None)]
    [InlineData(BenefitCategory.Kontanthjaelp, 10, ResultStatus.Verified)] // partial self-support counts
    [InlineData(BenefitCategory.Fleksjob, 9, ResultStatus.Verified)]
    [InlineData(BenefitCategory.Sygedagpenge, 0, ResultStatus.None)]
    public void R7_which_weeks_are_work_weeks(BenefitCategory benefit, int hours, ResultStatus status)
    {
        var result = Settle(Citizen([Early], Weeks("2014-W20", benefit, Enumerable.Repeat((decimal)hours, 13).ToArray()))).Result;
        Assert.Equal(status, result.Status);
    }

    [Fact]
    public void R6_a_window_starting_in_week_53_of_2015_counts_with_its_2016_weeks_but_not_one_from_2016_w01()
    {
        var asOf = D("2016-12-31");
        var inPeriod = Settle(Citizen([P("2015-06-01", "2015-07-31")], Weeks("2015-W53", BenefitCategory.None, Enumerable.Repeat(10m, 13).ToArray())), asOf);
        Assert.Equal(ResultStatus.Verified, inPeriod.Result.Status);
        Assert.Equal(W("2015-W53"), inPeriod.Result.FirstWeek);

        var after = Settle(Citizen([P("2015-06-01", "2015-07-31")], Weeks("2016-W01", BenefitCategory.None, Enumerable.Repeat(10m, 13).ToArray())), asOf);
        Assert.Equal(ResultStatus.None, after.Result.Status);
    }

    [Fact]
    public void R6_the_window_may_not_start_before_the_first_placement_week()
    {
        var weeks = Weeks("2014-W01", BenefitCategory.None, Enumerable.Repeat(20m, 15).ToArray());
        var result = Settle(Citizen([P("2014-01-15", "2014-01-20")], weeks)).Result;
        Assert.Equal(W("2014-W03"), result.FirstWeek);
    }

    [Fact]
    public void R8_education_starts_in_a_registered_start_week_and_allows_none_weeks()
    {
        var weeks = Weeks("2014-W35", BenefitCategory.None, new decimal[13]);
        var withStart = Settle(Citizen([Early], weeks, [D("2014-08-25")])).Result;
        Assert.Equal(ResultStatus.Verified, withStart.Status);
        Assert.Equal(OutcomeType.Education, withStart.Type);
        Assert.Equal(W("2014-W35"), withStart.FirstWeek);

        // Without a registered start and without SU, thirteen quiet weeks are no outcome.
        Assert.Equal(ResultStatus.None, Settle(Citizen([Early], weeks)).Result.Status);
    }

    [Fact]
    public void R8_other_public_support_than_su_breaks_the_education_window()
    {
        var weeks = Weeks("2014-W35", BenefitCategory.Su, new decimal[6])
            .Append(new RegisterWeek(W("2014-W41"), BenefitCategory.Kontanthjaelp, 0))
            .Concat(Weeks("2014-W42", BenefitCategory.Su, new decimal[6]))
            .Concat(Weeks("2014-W48", BenefitCategory.Kontanthjaelp, new decimal[20]));
        Assert.Equal(ResultStatus.None, Settle(Citizen([Early], weeks)).Result.Status);
    }

    [Fact]
    public void R9_a_job_window_comes_before_an_education_window_in_the_same_week()
    {
        // No public support and 10 hours a week after a registered education start: both readings hold.
        var weeks = Weeks("2014-W35", BenefitCategory.None, Enumerable.Repeat(10m, 13).ToArray());
        var result = Settle(Citizen([Early], weeks, [D("2014-08-25")])).Result;
        Assert.Equal(OutcomeType.Job, result.Type);
    }

    [Fact]
    public void R9_a_window_that_needs_weeks_beyond_the_coverage_is_pending_and_not_paid()
    {
        var weeks = Weeks("2014-W20", BenefitCategory.None, Enumerable.Repeat(10m, 10).ToArray());
        var statement = Settle(Citizen([Early], weeks), asOf: D("2014-08-03"), coverage: W("2014-W29"));
        Assert.Equal(ResultStatus.Pending, statement.Result.Status);
        Assert.Equal(W("2014-W20"), statement.Result.FirstWeek);
        Assert.Equal(0m, statement.ResultGrant);
    }

    [Fact]
    public void R9_weeks_without_a_register_row_count_as_none_with_no_hours()
    {
        var weeks = Weeks("2014-W20", BenefitCategory.None, Enumerable.Repeat(10m, 13).ToArray()).Where(w => w.Week != W("2014-W25"));
        Assert.NotEqual(W("2014-W20"), Settle(Citizen([Early], weeks)).Result.FirstWeek);
    }

    [Fact]
    public void R9_the_result_grant_is_paid_once_for_the_earliest_window()
    {
        var weeks = Weeks("2014-W20", BenefitCategory.None, Enumerable.Repeat(10m, 60).ToArray());
        var statement = Settle(Citizen([Early], weeks));
        Assert.Equal(12000m, statement.ResultGrant);
        Assert.Equal(W("2014-W20"), statement.Result.FirstWeek);
        Assert.Equal(10m, statement.Result.AverageHours);
    }

    [Fact]
    public void R10_a_flexjob_result_is_marked_no_flexjob_bonus_and_paid_the_same()
    {
        var statement = Settle(Citizen([Early], Weeks("2014-W20", BenefitCategory.Fleksjob, Enumerable.Repeat(9m, 13).ToArray())));
        Assert.Equal(OutcomeType.Flexjob, statement.Result.Type);
        Assert.True(statement.Result.NoFlexjobBonus);
        Assert.Equal(12000m, statement.ResultGrant);
    }

    [Theory]
    [InlineData(1, 13500, 10800, 2700)]
    [InlineData(2, 13500, 13500, 0)]       // the frame is not cut when the grants are below it
    public void R11_the_frame_caps_activity_and_result(int expected, decimal earned, decimal payable, decimal reduction)
    {
        // 13,500 kr.: a qualifying course of nine whole months.
        var statement = SettleCentre(expected, 0, Citizen([P("2014-01-01", "2014-09-30")]));
        Assert.Equal(earned, statement.ActivityGrant);
        Assert.Equal(payable, statement.ActivityAndResultPayable);
        Assert.Equal(reduction, statement.FrameReduction);
    }

    [Fact]
    public void R11_an_amount_exactly_at_the_frame_is_paid_in_full()
    {
        // Seven whole months and 6 of September's 30 days: 10,500 + 300 = 10,800 kr., the frame of one participant.
        var atFrame = SettleCentre(1, 0, Citizen([P("2014-02-01", "2014-09-06")]));
        Assert.Equal(10800m, atFrame.ActivityGrant);
        Assert.Equal(10800m, atFrame.ActivityAndResultPayable);
        Assert.Equal(0m, atFrame.FrameReduction);
    }

    [Fact]
    public void R12_a_conto_above_the_total_gives_a_negative_balance_to_pay_back()
    {
        var statement = SettleCentre(10, 900000m);
        Assert.Equal(825000m, statement.Total);
        Assert.Equal(-75000m, statement.Balance);
        Assert.Contains(statement.Explanation.Select(l => l.ToString()), l => l.Contains("skal tilbagebetale 75.000,00 kr.", StringComparison.Ordinal));
    }
}
