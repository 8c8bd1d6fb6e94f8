using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Vc2.Platform.Exports;

/// <summary>
/// The one XLSX writer of VC2 (Open XML SDK): a sheet per table, a bold header row, numbers as numbers, dates and months
/// as date cells (shown "15-06-2015" and "juni 2015"), text as inline strings; rows are streamed into each sheet. The
/// same tables always give the same bytes — fixed relationship ids and a fixed time on every part — so a report
/// regenerated from a snapshot is identical.
/// </summary>
public static class XlsxExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly DateTimeOffset FixedTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // Cell formats in styles.xml: 0 default, 1 bold header, 2 date, 3 month, 4 amount with two decimals.
    private const uint Bold = 1;
    private const uint Date = 2;
    private const uint Month = 3;
    private const uint Amount = 4;

    public static void Write(Stream output, IReadOnlyList<ExportTable> tables)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(tables);
        using var package = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            var sheets = new Sheets();
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < tables.Count; i++)
            {
                var id = $"rId{i + 1}";
                var part = workbook.AddNewPart<WorksheetPart>(id);
                WriteSheet(part, tables[i]);
                sheets.Append(new Sheet { Name = SheetName(tables[i].Name, names), SheetId = (uint)(i + 1), Id = id });
            }

            workbook.AddNewPart<WorkbookStylesPart>($"rId{tables.Count + 1}").Stylesheet = Styles();
            workbook.Workbook = new Workbook(sheets);
        }

        Normalise(package, output);
    }

    public static byte[] ToBytes(IReadOnlyList<ExportTable> tables)
    {
        using var output = new MemoryStream();
        Write(output, tables);
        return output.ToArray();
    }

    private static void WriteSheet(WorksheetPart part, ExportTable table)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetData());
        writer.WriteStartElement(new Row());
        foreach (var name in table.Header)
        {
            writer.WriteElement(Text(name, Bold));
        }

        writer.WriteEndElement();
        foreach (var row in table.Rows)
        {
            writer.WriteStartElement(new Row());
            foreach (var cell in row)
            {
                writer.WriteElement(Cell(cell));
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static Cell Cell(object? value) => value switch
    {
        null => new Cell(),
        string s => Text(s, 0),
        int i => Number(i.ToString(CultureInfo.InvariantCulture), 0),
        long l => Number(l.ToString(CultureInfo.InvariantCulture), 0),
        decimal d => Number(d.ToString(CultureInfo.InvariantCulture), Amount),
        double d => Number(d.ToString("R", CultureInfo.InvariantCulture), 0),
        bool b => Text(b ? "ja" : "nej", 0),
        DateOnly d => Number(Serial(d), Date),
        ExportMonth m => Number(Serial(m.FirstDay), Month),
        _ => Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, 0),
    };

    private static Cell Text(string text, uint style) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString, StyleIndex = style == 0 ? null : style };

    private static Cell Number(string value, uint style) =>
        new(new CellValue(value)) { StyleIndex = style == 0 ? null : style };

    /// <summary>Excel's day number (1900 date system) of a date.</summary>
    private static string Serial(DateOnly date) =>
        ((int)date.ToDateTime(TimeOnly.MinValue).ToOADate()).ToString(CultureInfo.InvariantCulture);

    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "dd-mm-yyyy" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "[$-406]mmmm yyyy" }) { Count = 2 },
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }), new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true }) { Count = 5 });

    /// <summary>Sheet names are at most 31 characters and unique within the workbook (Excel's rules).</summary>
    private static string SheetName(string name, HashSet<string> used)
    {
        var cut = name.Length > 31 ? name[..31] : name;
        for (var n = 2; !used.Add(cut); n++)
        {
            var suffix = $" {n}";
            cut = (name.Length > 31 - suffix.Length ? name[..(31 - suffix.Length)] : name) + suffix;
        }

        return cut;
    }

    /// <summary>Copies the package entry by entry with a fixed time: the packaging layer stamps each part with the clock.</summary>
    private static void Normalise(MemoryStream package, Stream output)
    {
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = FixedTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
