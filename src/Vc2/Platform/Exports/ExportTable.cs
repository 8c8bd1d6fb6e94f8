namespace Vc2.Platform.Exports;

/// <summary>
/// One table of an export: a name (the XLSX sheet's), a header and rows of cells. A cell is text, a number
/// (<see cref="int"/>, <see cref="long"/>, <see cref="decimal"/>, <see cref="double"/>), a date (<see cref="DateOnly"/>), a
/// month (<see cref="ExportMonth"/>), a yes/no (<see cref="bool"/>) or empty (null). <see cref="CsvExport"/> and
/// <see cref="XlsxExport"/> write the same tables, so a CSV and an XLSX of one export always agree.
/// </summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<object?>> Rows);

/// <summary>A calendar month as a cell: "2014-02" in CSV, a date cell shown as the month in XLSX.</summary>
public readonly record struct ExportMonth(int Year, int Month)
{
    /// <summary>From "yyyy-MM", as the engine names its months.</summary>
    public static ExportMonth Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new ExportMonth(int.Parse(value.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture), int.Parse(value.AsSpan(5, 2), System.Globalization.CultureInfo.InvariantCulture));
    }

    public static ExportMonth Of(DateOnly day) => new(day.Year, day.Month);

    public DateOnly FirstDay => new(Year, Month, 1);

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
