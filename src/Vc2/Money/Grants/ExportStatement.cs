using System.Globalization;
using System.Text;
using Vc2.Platform.Reports;
using Vc2.Rules.Json;
using Vc2.Rules.Model;

namespace Vc2.Money.Grants;

/// <summary>The statement as CSV (semicolon-separated, Danish decimal comma, as Danish Excel reads it) and as XLSX with
/// sheets for job centres, citizens and months. Citizens are named for the job centre's own staff, by id otherwise.</summary>
public static class ExportStatement
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    private static readonly string[] CentreHeader =
        ["Jobcenter", "Fast tilskud", "Aktivitetstilskud", "Resultattilskud", "Ramme", "Nedsættelse", "Til udbetaling (aktivitet og resultat)", "I alt", "A conto", "Saldo"];

    private static readonly string[] CitizenHeader = ["Jobcenter", "Borger", "Aktivitetstilskud", "Resultattilskud", "Resultat", "Resultattype", "Første uge", "Ingen fleksjobbonus", "Uden for målgruppen"];

    private static readonly string[] MonthHeader = ["Jobcenter", "Borger", "Måned", "Dage", "Beløb"];

    public static string Csv(ComputeStatement.Output data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var text = new StringBuilder();
        text.AppendLine($"# Tilskudsopgørelse pr. {data.Statement.AsOf:yyyy-MM-dd}; regelsæt {data.Statement.Ruleset}; registre til og med {data.Statement.RegisterCoveredThrough}");
        Append(text, CentreHeader, Centres(data));
        text.AppendLine();
        Append(text, CitizenHeader, Citizens(data));
        return text.ToString();
    }

    public static void Xlsx(Stream output, ComputeStatement.Output data)
    {
        ArgumentNullException.ThrowIfNull(data);
        XlsxWriter.Write(output,
        [
            new XlsxWriter.Sheet("Jobcentre", CentreHeader, Centres(data)),
            new XlsxWriter.Sheet("Borgere", CitizenHeader, Citizens(data)),
            new XlsxWriter.Sheet("Måneder", MonthHeader, Months(data)),
        ]);
    }

    private static IEnumerable<IReadOnlyList<object?>> Centres(ComputeStatement.Output data) =>
        data.Statement.JobCentres.Select(c => (IReadOnlyList<object?>)
            [c.Name ?? c.Id, c.FixedGrant, c.ActivityGrant, c.ResultGrant, c.Frame, c.FrameReduction, c.ActivityAndResultPayable, c.Total, c.AcontoPaid, c.Balance]);

    private static IEnumerable<IReadOnlyList<object?>> Citizens(ComputeStatement.Output data) =>
        data.Statement.JobCentres.SelectMany(j => j.Citizens.Select(c => (IReadOnlyList<object?>)
        [
            j.Name ?? j.Id, data.CitizenNames.GetValueOrDefault(c.Id, c.Id), c.ActivityGrant, c.ResultGrant, JsonNames.Of(c.Result.Status),
            c.Result.Type is { } t ? JsonNames.Of(t) : null, c.Result.FirstWeek?.ToString(), c.Result.NoFlexjobBonus == true ? "ja" : null,
            data.OutsideTargetGroup.Contains(c.Id) ? "ja" : null,
        ]));

    private static IEnumerable<IReadOnlyList<object?>> Months(ComputeStatement.Output data) =>
        data.Statement.JobCentres.SelectMany(j => j.Citizens.SelectMany(c => c.Months.Select(m => (IReadOnlyList<object?>)
            [j.Name ?? j.Id, data.CitizenNames.GetValueOrDefault(c.Id, c.Id), m.Month, m.Days, m.Amount])));

    private static void Append(StringBuilder text, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        text.AppendLine(string.Join(';', header.Select(Field)));
        foreach (var row in rows)
        {
            text.AppendLine(string.Join(';', row.Select(cell => cell switch
            {
                decimal d => d.ToString("0.00", Danish),
                null => string.Empty,
                var other => Field(Convert.ToString(other, CultureInfo.InvariantCulture) ?? string.Empty),
            })));
        }
    }

    private static string Field(string value) =>
        value.IndexOfAny([';', '"', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
