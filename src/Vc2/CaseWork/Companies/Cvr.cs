namespace Vc2.CaseWork.Companies;

/// <summary>A CVR number: 8 digits, the first not 0, passing modulus 11 with the weights 2,7,6,5,4,3,2,1.</summary>
public readonly record struct Cvr
{
    private static readonly int[] Weights = [2, 7, 6, 5, 4, 3, 2, 1];

    private Cvr(string value) => Value = value;

    public string Value { get; }

    public override string ToString() => Value;

    public static bool IsValid(string? input) => TryParse(input, out _, out _);

    public static bool TryParse(string? input, out Cvr cvr, out string? error)
    {
        cvr = default;
        var digits = new string((input ?? string.Empty).Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (digits.Length != 8 || !digits.All(char.IsAsciiDigit) || digits[0] == '0')
        {
            error = "CVR-nummeret skal have 8 cifre og må ikke begynde med 0.";
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (digits[i] - '0') * Weights[i];
        }

        if (sum % 11 != 0)
        {
            error = "CVR-nummeret er ikke gyldigt (kontrolcifferet passer ikke).";
            return false;
        }

        error = null;
        cvr = new Cvr(digits);
        return true;
    }
}
