using Vc2.CaseWork.Companies;

namespace Vc2.Tests.Citizens;

public sealed class CvrTests
{
    [Theory]
    [InlineData("10000009")]
    [InlineData("20000007")]
    [InlineData("30000005")]
    [InlineData("1000 0009")]
    public void Numbers_passing_modulus_11_are_valid(string input) => Assert.True(Cvr.IsValid(input));

    [Theory]
    [InlineData("10000008", "CVR-nummeret er ikke gyldigt (kontrolcifferet passer ikke).")]
    [InlineData("20000005", "CVR-nummeret er ikke gyldigt (kontrolcifferet passer ikke).")]
    [InlineData("01000009", "CVR-nummeret skal have 8 cifre og må ikke begynde med 0.")]
    [InlineData("1000000", "CVR-nummeret skal have 8 cifre og må ikke begynde med 0.")]
    [InlineData("1000000A", "CVR-nummeret skal have 8 cifre og må ikke begynde med 0.")]
    public void Other_numbers_are_refused_with_a_danish_message(string input, string message)
    {
        Assert.False(Cvr.TryParse(input, out _, out var error));
        Assert.Equal(message, error);
    }
}
