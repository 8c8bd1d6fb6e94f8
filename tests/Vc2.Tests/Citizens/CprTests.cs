using Vc2.Platform.Security;

namespace Vc2.Tests.Citizens;

public sealed class CprTests
{
    [Theory]
    [InlineData(0, 37, 1900)]
    [InlineData(3, 99, 1900)]
    [InlineData(4, 0, 2000)]
    [InlineData(4, 36, 2000)]
    [InlineData(4, 37, 1900)]
    [InlineData(5, 57, 2000)]
    [InlineData(5, 58, 1800)]
    [InlineData(8, 0, 2000)]
    [InlineData(8, 99, 1800)]
    [InlineData(9, 36, 2000)]
    [InlineData(9, 37, 1900)]
    public void Century_follows_the_seventh_digit_and_the_year(int seventhDigit, int yy, int century) =>
        Assert.Equal(century, Cpr.CenturyFor(seventhDigit, yy));

    [Theory]
    [InlineData("0102701232", 1970, 2, 1)]
    [InlineData("010203-4009", 2003, 2, 1)]
    [InlineData("010258-5001", 1858, 2, 1)]
    [InlineData("290200-4003", 2000, 2, 29)]
    [InlineData(" 311299 9999 ", 1999, 12, 31)]
    public void Birth_date_is_read_with_the_century_rule(string input, int year, int month, int day)
    {
        Assert.True(Cpr.TryParse(input, out var cpr, out var error), error);
        Assert.Equal(new DateOnly(year, month, day), cpr!.BirthDate);
    }

    [Theory]
    [InlineData("3102701232")]
    [InlineData("0013701232")]
    [InlineData("290201-4003")] // 2001 is no leap year
    [InlineData("290200-1003")] // 1900 is no leap year
    [InlineData("0002701232")]
    public void Impossible_dates_are_refused(string input)
    {
        Assert.False(Cpr.TryParse(input, out _, out var error));
        Assert.Equal("CPR-nummerets første seks cifre er ikke en gyldig dato.", error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("01027012321")]
    [InlineData("01027O1232")]
    public void Wrong_length_or_letters_are_refused(string input)
    {
        Assert.False(Cpr.TryParse(input, out _, out var error));
        Assert.Equal("CPR-nummeret skal have 10 cifre, fx 010203-1234.", error);
    }

    [Fact]
    public void A_failed_modulus_check_is_a_warning_not_a_refusal()
    {
        Assert.True(Cpr.TryParse("1503851238", out var cpr, out _));
        Assert.False(cpr!.HasValidChecksum);
        Assert.True(Cpr.Parse("0102701232").HasValidChecksum);
    }

    [Fact]
    public void The_number_is_masked_unless_revealed_on_purpose()
    {
        var cpr = Cpr.Parse("0102701232");
        Assert.Equal("010270-XXXX", cpr.Masked);
        Assert.Equal("010270-XXXX", cpr.ToString());
        Assert.Equal("010270-XXXX", $"{cpr}");
        Assert.Equal("010270-1232", cpr.Reveal());
        Assert.Equal("010270-XXXX", Cpr.MaskFor(cpr.BirthDate));
    }

    [Fact]
    public void Errors_never_repeat_the_number()
    {
        var ex = Assert.Throws<FormatException>(() => Cpr.Parse("3102701232"));
        Assert.DoesNotContain("3102701232", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("1232", ex.Message, StringComparison.Ordinal);
    }
}
