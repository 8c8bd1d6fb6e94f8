using Vc2.Platform.Exports;
using Vc2.Rules.Json;

namespace Vc2.Money.Grants;

/// <summary>The statement as tables for CSV and XLSX: job centres, citizens and (XLSX) months. Citizens are named for the
/// job centre's own staff, by record id otherwise. The page and the API give the same bytes.</summary>
public static class ExportStatement
{
    private static readonly string[] CentreHeader =
        ["Jobcenter", "Fast tilskud", "Aktivitetstilskud", "Resultattilskud", "Ramme", "Nedsættelse", "Til udbetaling (aktivitet og resultat)", "I alt", "A conto", "Saldo"];

    // "Fleksjobresultat (ingen fleksjobbonus)" lets the municipality's finance office stop the flexjob bonus claim (R10).
    // Citizens outside the target group (R0) follow the participants with 0 kr. and the reason; "ville have fået" is
    // what they would have earned.
    private static readonly string[] CitizenHeader =
        ["Jobcenter", "Borger", "Aktivitetstilskud", "Resultattilskud", "Resultat", "Resultattype", "Første uge", "Fleksjobresultat (ingen fleksjobbonus)",
            "Uden for målgruppen", "Ville have fået (aktivitet og resultat)", "Ikke kontrolleret mod målgruppen"];

    private static readonly string[] MonthHeader = ["Jobcenter", "Borger", "Måned", "Dage", "Beløb"];

    public const string CsvContentType = "text/csv; charset=utf-8";

    public static string FileName(ComputeStatement.Output data, string extension)
    {
        ArgumentNullException.ThrowIfNull(data);
        return $"tilskud-{data.Statement.AsOf:yyyy-MM-dd}.{extension}";
    }

    public static byte[] Csv(ComputeStatement.Output data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return CsvExport.ToBytes(
            [new("Jobcentre", CentreHeader, Centres(data)), new("Borgere", CitizenHeader, Citizens(data))],
            $"Tilskudsopgørelse pr. {data.Statement.AsOf:yyyy-MM-dd}; regelsæt {data.Statement.Ruleset}; registre til og med {data.Statement.RegisterCoveredThrough}");
    }

    public static byte[] Xlsx(ComputeStatement.Output data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return XlsxExport.ToBytes(
        [
            new("Jobcentre", CentreHeader, Centres(data)),
            new("Borgere", CitizenHeader, Citizens(data)),
            new("Måneder", MonthHeader, Months(data)),
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
            null, null, data.Unchecked.Contains(c.Id) ? "ja" : null,
        ])).Concat(data.Excluded.Select(e => (IReadOnlyList<object?>)
        [
            data.Statement.JobCentres.FirstOrDefault(j => j.Id == e.JobCentre)?.Name ?? e.JobCentre, data.CitizenNames.GetValueOrDefault(e.Statement.Id, e.Statement.Id),
            0m, 0m, null, null, null, null, e.Reason, e.Statement.ActivityGrant + e.Statement.ResultGrant, null,
        ]));

    private static IEnumerable<IReadOnlyList<object?>> Months(ComputeStatement.Output data) =>
        data.Statement.JobCentres.SelectMany(j => j.Citizens.SelectMany(c => c.Months.Select(m => (IReadOnlyList<object?>)
            [j.Name ?? j.Id, data.CitizenNames.GetValueOrDefault(c.Id, c.Id), ExportMonth.Parse(m.Month), m.Days, m.Amount])));
}
