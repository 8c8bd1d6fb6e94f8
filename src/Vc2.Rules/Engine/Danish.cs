
namespace Vc2.Rules.Engine;

/// <summary>Danish formats for the explanation lines, fixed here (not from the machine's culture) so that a statement
/// reads the same wherever it is made. Written by hand rather than with custom format strings: a national statement
/// formats millions of amounts and dates, and this is several times faster.</summary>
public static class Danish
{
    private static readonly string[] MonthNames =
    [
        "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december",
    ];

    /// <summary>"1.500,00 kr."</summary>
    public static string Kroner(decimal amount) => Decimal2(amount) + " kr.";

    /// <summary>"9,00"</summary>
    public static string Hours(decimal hours) => Decimal2(hours);

    /// <summary>"3. marts 2014": a date in a sentence, as DKFDS writes it.</summary>
    public static string Date(DateOnly date) => $"{date.Day}. {MonthNames[date.Month - 1]} {date.Year}";

    /// <summary>"uge 7, 2015": a register week in a sentence (the ISO form "2015-W07" is for files and programs).</summary>
    public static string Week(IsoWeek week) => $"uge {week.Week}, {week.Year}";

    /// <summary>As <see cref="Week(IsoWeek)"/>; "ukendt uge" when there is none.</summary>
    public static string Week(IsoWeek? week) => week is { } w ? Week(w) : "ukendt uge";

    public static string Month(int year, int month) => $"{MonthNames[month - 1]} {year}";

    /// <summary>Two decimals, "." between thousands and "," before the decimals, rounded half away from zero.</summary>
    private static string Decimal2(decimal value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        var negative = rounded < 0;
        var cents = (ulong)(Math.Abs(rounded) * 100);
        var whole = cents / 100;
        var fraction = (int)(cents % 100);
        Span<char> buffer = stackalloc char[40];
        var pos = buffer.Length;
        buffer[--pos] = (char)('0' + (fraction % 10));
        buffer[--pos] = (char)('0' + (fraction / 10));
        buffer[--pos] = ',';
        var digits = 0;
        do
        {
            if (digits > 0 && digits % 3 == 0)
            {
                buffer[--pos] = '.';
            }

            buffer[--pos] = (char)('0' + (int)(whole % 10));
            whole /= 10;
            digits++;
        }
        while (whole > 0);

        if (negative)
        {
            buffer[--pos] = '-';
        }

        return new string(buffer[pos..]);
    }

    private static void Two(Span<char> span, int value)
    {
        span[0] = (char)('0' + (value / 10));
        span[1] = (char)('0' + (value % 10));
    }
}
