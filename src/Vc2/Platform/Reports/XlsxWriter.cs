using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace Vc2.Platform.Reports;

/// <summary>
/// Writes a plain XLSX workbook (Office Open XML spreadsheet) with one or more sheets of text and numbers: the few
/// parts Excel, LibreOffice and Numbers need, with inline strings. No formatting beyond a bold header row; no package
/// dependency for that.
/// </summary>
public static class XlsxWriter
{
    /// <summary>Every part carries this time instead of the clock's, so the same sheets always give the same bytes (a
    /// report regenerated from a snapshot is identical).</summary>
    private static readonly DateTimeOffset FixedTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public sealed record Sheet(string Name, IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<object?>> Rows);

    public static void Write(Stream output, IReadOnlyList<Sheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Part(zip, "[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
            """ + string.Concat(sheets.Select((_, i) => $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>")) + "</Types>");
        Part(zip, "_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
            </Relationships>
            """);
        Part(zip, "xl/workbook.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>
            """ + string.Concat(sheets.Select((s, i) => $"<sheet name=\"{Escape(s.Name[..Math.Min(31, s.Name.Length)])}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>")) + "</sheets></workbook>");
        Part(zip, "xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            """ + string.Concat(sheets.Select((_, i) => $"<Relationship Id=\"rId{i + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>"))
            + $"<Relationship Id=\"rId{sheets.Count + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>");
        Part(zip, "xl/styles.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
            <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
            <fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>
            <cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf/><xf fontId="1" applyFont="1"/></cellXfs></styleSheet>
            """);
        for (var i = 0; i < sheets.Count; i++)
        {
            var entry = zip.CreateEntry($"xl/worksheets/sheet{i + 1}.xml", CompressionLevel.Fastest);
            entry.LastWriteTime = FixedTime;
            using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
            writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            WriteRow(writer, sheets[i].Header.Cast<object?>().ToList(), bold: true);
            foreach (var row in sheets[i].Rows)
            {
                WriteRow(writer, row, bold: false);
            }

            writer.Write("</sheetData></worksheet>");
        }
    }

    private static void WriteRow(StreamWriter writer, IReadOnlyList<object?> cells, bool bold)
    {
        writer.Write("<row>");
        foreach (var cell in cells)
        {
            var style = bold ? " s=\"1\"" : string.Empty;
            switch (cell)
            {
                case null:
                    writer.Write($"<c{style}/>");
                    break;
                case int or long or decimal or double:
                    writer.Write($"<c{style}><v>{Convert.ToString(cell, CultureInfo.InvariantCulture)}</v></c>");
                    break;
                default:
                    writer.Write($"<c t=\"inlineStr\"{style}><is><t xml:space=\"preserve\">{Escape(Convert.ToString(cell, CultureInfo.InvariantCulture) ?? string.Empty)}</t></is></c>");
                    break;
            }
        }

        writer.Write("</row>");
    }

    private static void Part(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = FixedTime;
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
        writer.Write(content.Trim());
    }

    private static string Escape(string text) => SecurityElement.Escape(text) ?? string.Empty;
}
