namespace Vc2.Rules.Tests;

public sealed class IsoWeekTests
{
    [Theory]
    [InlineData("2016-01-01", "2015-W53")]
    [InlineData("2016-01-04", "2016-W01")]
    [InlineData("2014-12-29", "2015-W01")]
    [InlineData("2014-06-30", "2014-W27")]
    public void A_date_belongs_to_its_iso_week(string date, string week) =>
        Assert.Equal(week, IsoWeek.Of(Build.D(date)).ToString());

    [Theory]
    [InlineData("2015-W53", true)]
    [InlineData("2014-W53", false)]
    [InlineData("2015-W00", false)]
    [InlineData("2015-10", false)]
    [InlineData("15-W10", false)]
    public void Only_real_weeks_parse(string text, bool valid) => Assert.Equal(valid, IsoWeek.TryParse(text, out _));

    [Fact]
    public void Weeks_count_across_years_with_53_weeks()
    {
        Assert.Equal("2016-W01", Build.W("2015-W53").Next().ToString());
        Assert.Equal("2016-W12", Build.W("2015-W53").AddWeeks(12).ToString());
        Assert.Equal(new DateOnly(2015, 12, 28), Build.W("2015-W53").Monday);
    }
}
