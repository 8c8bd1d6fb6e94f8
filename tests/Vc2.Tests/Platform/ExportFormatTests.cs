using System.IO.Compression;
using System.Net;
using System.Text;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Data;
using Vc2.Platform.Exports;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Platform;

/// <summary>The one CSV writer and the one XLSX writer: what Danish Excel needs, formulas never run, numbers stay
/// numbers, dates and months are date cells — and the statement's CSV is the same from the page and the API.</summary>
public sealed class ExportFormatTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    [Fact]
    public void Csv_has_a_bom_semicolons_a_decimal_comma_rfc4180_quotes_and_no_formula_runs()
    {
        var bytes = CsvExport.ToBytes(
        [
            new ExportTable("t", ["Navn", "Beløb", "Dato"],
            [
                ["=HYPERLINK(\"http://evil.example\")", -386576.5m, new DateOnly(2015, 6, 15)],
                ["+45 12345678", 1500m, null],
                ["-2+3", 0.25m, null],
                ["@SUM(A1)", 12, null],
                ["Alfa; \"Bageri\"", 3L, null],
            ]),
        ], "kommentar");
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("# kommentar", lines[0]);
        Assert.Equal("Navn;Beløb;Dato", lines[1]);
        Assert.Equal("\"'=HYPERLINK(\"\"http://evil.example\"\")\";-386576,50;15-06-2015", lines[2]);
        Assert.Equal("\"'+45 12345678\";1500,00;", lines[3]);
        Assert.Equal("\"'-2+3\";0,25;", lines[4]);
        Assert.Equal("\"'@SUM(A1)\";12;", lines[5]);
        Assert.Equal("\"Alfa; \"\"Bageri\"\"\";3;", lines[6]);
    }

    [Fact]
    public void Xlsx_writes_numbers_as_numbers_and_dates_and_months_as_date_cells()
    {
        var bytes = XlsxExport.ToBytes(
        [
            new ExportTable("Ark", ["Tekst", "Antal", "Beløb", "Dato", "Måned"],
                [["=ikke en formel", 7, 1403.23m, new DateOnly(2015, 6, 15), new ExportMonth(2014, 2)]]),
        ]);
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var sheet = XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var cells = sheet.Descendants(Main + "row").Skip(1).Single().Elements(Main + "c").ToList();
        Assert.Equal("inlineStr", (string?)cells[0].Attribute("t"));
        Assert.Null(cells[0].Element(Main + "f")); // text, never a formula
        Assert.Equal("=ikke en formel", cells[0].Value);
        Assert.Null(cells[1].Attribute("t")); // a number
        Assert.Equal("7", cells[1].Element(Main + "v")!.Value);
        Assert.Equal("1403.23", cells[2].Element(Main + "v")!.Value);
        Assert.Equal(new DateTime(2015, 6, 15).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), cells[3].Element(Main + "v")!.Value);
        Assert.Equal(new DateTime(2014, 2, 1).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), cells[4].Element(Main + "v")!.Value);

        var styles = XDocument.Load(zip.GetEntry("xl/styles.xml")!.Open());
        var formats = styles.Descendants(Main + "numFmt").ToDictionary(f => (string)f.Attribute("numFmtId")!, f => (string)f.Attribute("formatCode")!);
        var xfs = styles.Descendants(Main + "cellXfs").Single().Elements(Main + "xf").ToList();
        string FormatOf(XElement cell) => formats[(string)xfs[(int?)cell.Attribute("s") ?? 0].Attribute("numFmtId")!];
        Assert.Equal("dd-mm-yyyy", FormatOf(cells[3]));
        Assert.EndsWith("mmmm yyyy", FormatOf(cells[4]), StringComparison.Ordinal);

        // A valid workbook by the Open XML schema, and the same tables give the same bytes.
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false))
        {
            var problems = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => e.Description).ToList();
            Assert.True(problems.Count == 0, string.Join('\n', problems));
        }

        Assert.Equal(bytes, XlsxExport.ToBytes([new ExportTable("Ark", ["Tekst", "Antal", "Beløb", "Dato", "Måned"],
            [["=ikke en formel", 7, 1403.23m, new DateOnly(2015, 6, 15), new ExportMonth(2014, 2)]])]));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_statement_csv_is_the_same_bytes_from_the_page_and_the_api_and_a_formula_name_is_neutralised(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await using (var scope = app.SystemScope(out var db))
        {
            var citizen = await db.Citizens.SingleAsync(c => c.Id == app.Data.CitizenA);
            citizen.FirstName = "=HYPERLINK(\"http://evil.example\";\"klik\")";
            await db.SaveChangesAsync();
        }

        var leader = await app.LoginAsync(app.Data.ProjectLeaderA);
        var page = await leader.GetAsync("/tilskud?handler=Csv&dato=2015-06-30");
        var api = await leader.GetAsync("/api/v1/grants/statement.csv?asOf=2015-06-30");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        var bytes = await page.Content.ReadAsByteArrayAsync();
        Assert.Equal(bytes, await api.Content.ReadAsByteArrayAsync());
        Assert.Equal("text/csv; charset=utf-8", api.Content.Headers.ContentType!.ToString());
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"klik\"\") Alfasen\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain(";=HYPERLINK", text, StringComparison.Ordinal);
    }
}
