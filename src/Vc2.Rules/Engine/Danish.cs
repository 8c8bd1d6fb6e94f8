using System.Globalization;

namespace Vc2.Rules.Engine;

/// <summary>Danish formats for the explanation lines, fixed here (not from the machine's culture) so that a statement
/// reads the same wherever it is made.</summary>
public static class Danish
{
    private static readonly NumberFormatInfo Numbers = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NumberGroupSizes = [3],
    };

    private static readonly string[] MonthNames =
    [
        "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december",
    ];

    public static string Kroner(decimal amount) => amount.ToString("#,##0.00", Numbers) + " kr.";

    public static string Amount(decimal amount) => amount.ToString("#,##0.##", Numbers);

    public static string Hours(decimal hours) => hours.ToString("0.00", Numbers);

    public static string Date(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => $"{MonthNames[month - 1]} {year}";
}
