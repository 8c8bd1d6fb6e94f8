using System.Globalization;
using CsvHelper;

namespace Vc2.Platform.Exports;

/// <summary>
/// The one CSV writer of VC2 (CsvHelper), as Danish Excel reads it: UTF-8 with a byte order mark, semicolons, decimal
/// comma, RFC 4180 quoting, CRLF line ends. A text cell that a spreadsheet would take for a formula (beginning with =, +,
/// -, @, tab or carriage return) gets a leading apostrophe, so an exported name never runs as a formula; numbers and
/// dates are not text and are never touched (a negative balance stays a number). Several tables in one file are
/// separated by an empty line.
/// </summary>
public static class CsvExport
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static void Write(Stream output, IEnumerable<ExportTable> tables, string? comment = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(tables);
        var first = true;
        foreach (var table in tables)
        {
            if (!first)
            {
                output.Write("\r\n"u8);
            }

            // One writer per table: each table checks its own field count.
            using var csv = CsvWriter.Create(output, new CsvWriterOptions
            {
                Separator = ';', Injection = CsvInjection.Escape, FormatProvider = Danish, CommentPrefix = '#', WriteByteOrderMark = first,
            }, leaveOpen: true);
            if (first && comment is not null)
            {
                csv.WriteComment(" " + comment);
            }

            first = false;
            foreach (var name in table.Header)
            {
                csv.WriteField(name);
            }

            csv.EndRecord();
            foreach (var row in table.Rows)
            {
                foreach (var cell in row)
                {
                    WriteCell(csv, cell);
                }

                csv.EndRecord();
            }
        }
    }

    public static byte[] ToBytes(IEnumerable<ExportTable> tables, string? comment = null)
    {
        using var output = new MemoryStream();
        Write(output, tables, comment);
        return output.ToArray();
    }

    private static void WriteCell(CsvWriter csv, object? cell)
    {
        switch (cell)
        {
            case null:
                csv.WriteField((string?)null);
                break;
            case string s:
                csv.WriteField(s);
                break;
            case decimal d:
                csv.WriteField(d, "0.00##");
                break;
            case double d:
                csv.WriteField(d, "0.00##");
                break;
            case int i:
                csv.WriteField(i, default);
                break;
            case long l:
                csv.WriteField(l, default);
                break;
            case bool b:
                csv.WriteField(b ? "ja" : "nej");
                break;
            case DateOnly d:
                csv.WriteField(d, "dd-MM-yyyy");
                break;
            case ExportMonth m:
                csv.WriteField(m.ToString());
                break;
            default:
                csv.WriteField(Convert.ToString(cell, CultureInfo.InvariantCulture));
                break;
        }
    }
}
