using System.Globalization;

namespace Vc2.Platform.Security;

/// <summary>
/// A Danish CPR number. <see cref="ToString"/> is masked on purpose, so that a CPR number that slips into a log
/// line, an exception or a page shows only the birth date; the full number comes only from <see cref="Reveal"/>.
/// </summary>
public sealed class Cpr : IEquatable<Cpr>
{
    private static readonly int[] Weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
    private readonly string _digits;

    private Cpr(string digits, DateOnly birthDate)
    {
        _digits = digits;
        BirthDate = birthDate;
    }

    public DateOnly BirthDate { get; }

    /// <summary>False when the modulus-11 check fails. That is a warning only: numbers issued since
    /// 1 October 2007 need not satisfy it.</summary>
    public bool HasValidChecksum
    {
        get
        {
            var sum = 0;
            for (var i = 0; i < 10; i++)
            {
                sum += (_digits[i] - '0') * Weights[i];
            }

            return sum % 11 == 0;
        }
    }

    /// <summary>Male when the last digit is odd, as the CPR office assigns them.</summary>
    public bool IsOddLastDigit => (_digits[9] - '0') % 2 == 1;

    public string Masked => $"{_digits[..6]}-XXXX";

    /// <summary>The masked form from the birth date alone, so that lists need not decrypt anything.</summary>
    public static string MaskFor(DateOnly birthDate) => birthDate.ToString("ddMMyy", CultureInfo.InvariantCulture) + "-XXXX";

    /// <summary>The full number, "DDMMYY-SSSS". Call only where a user has asked to see it (and audit that).</summary>
    public string Reveal() => $"{_digits[..6]}-{_digits[6..]}";

    /// <summary>The ten digits without the dash, for keyed hashing and encryption.</summary>
    public string Digits => _digits;

    public override string ToString() => Masked;

    public bool Equals(Cpr? other) => other is not null && other._digits == _digits;

    public override bool Equals(object? obj) => Equals(obj as Cpr);

    public override int GetHashCode() => _digits.GetHashCode(StringComparison.Ordinal);

    /// <summary>Parses "DDMMYYSSSS" or "DDMMYY-SSSS" (spaces allowed). The error is Danish and never repeats the input.</summary>
    public static bool TryParse(string? input, out Cpr? cpr, out string? error)
    {
        cpr = null;
        error = null;
        var digits = new string((input ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit))
        {
            error = "CPR-nummeret skal have 10 cifre, fx 010203-1234.";
            return false;
        }

        var day = int.Parse(digits.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var month = int.Parse(digits.AsSpan(2, 2), CultureInfo.InvariantCulture);
        var yy = int.Parse(digits.AsSpan(4, 2), CultureInfo.InvariantCulture);
        var year = CenturyFor(digits[6] - '0', yy) + yy;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = "CPR-nummerets første seks cifre er ikke en gyldig dato.";
            return false;
        }

        cpr = new Cpr(digits, new DateOnly(year, month, day));
        return true;
    }

    public static Cpr Parse(string input) =>
        TryParse(input, out var cpr, out var error) ? cpr! : throw new FormatException(error);

    /// <summary>The CPR office's century table: the seventh digit together with the two-digit year.</summary>
    public static int CenturyFor(int seventhDigit, int yy) => seventhDigit switch
    {
        >= 0 and <= 3 => 1900,
        4 or 9 => yy <= 36 ? 2000 : 1900,
        >= 5 and <= 8 => yy <= 57 ? 2000 : 1800,
        _ => throw new ArgumentOutOfRangeException(nameof(seventhDigit)),
    };
}
