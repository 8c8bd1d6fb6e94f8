using System.Globalization;

namespace Vc2.Platform.Common;

/// <summary>
/// Dates, months and weeks the way DKFDS writes them (ADR 0025): "15. juni 2015" in running text, "15-06-2015" in
/// tables, "februar 2015" for a month and "uge 24, 2015" for a register week — never the engine's "2015-02" or "2015-W24".
/// </summary>
public static class DanishDates
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    /// <summary>In running text: "15. juni 2015".</summary>
    public static string Text(DateOnly date) => Rules.Engine.Danish.Date(date);

    /// <summary>In running text, or a dash when there is no date.</summary>
    public static string Text(DateOnly? date) => date is { } d ? Text(d) : "–";

    /// <summary>A UTC time's Danish day in running text.</summary>
    public static string Text(DateTime utc) => Text(DateOnly.FromDateTime(Today.Local(utc)));

    /// <summary>In a table: "15-06-2015".</summary>
    public static string TableDate(DateOnly date) => date.ToString("dd-MM-yyyy", Danish);

    /// <summary>The engine's month key "2015-02" as "februar 2015" (the engine's own month names); anything else as it came.</summary>
    public static string Month(string yyyyMm) =>
        yyyyMm is { Length: 7 } && int.TryParse(yyyyMm[..4], out var y) && int.TryParse(yyyyMm[5..], out var m) && m is >= 1 and <= 12 && y is >= 1 and <= 9999
            ? Rules.Engine.Danish.Month(y, m)
            : yyyyMm;

    /// <summary>An ISO week "2015-W24" as "uge 24, 2015" (the engine's <see cref="Rules.Engine.Danish.Week(Rules.IsoWeek)"/>);
    /// anything else as it came.</summary>
    public static string Week(string isoWeek) => Rules.IsoWeek.TryParse(isoWeek, out var week) ? Rules.Engine.Danish.Week(week) : isoWeek;
}
