using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Money.Grants;
using Vc2.CaseWork.Progress;
using Vc2.Platform.Exports;

namespace Vc2.Steering.Evaluation;

/// <summary>
/// Pseudonymised microdata for the evaluators (ADR 0013): one row per citizen with a stable pseudonym per export key
/// (<see cref="Pseudonyms"/>: HMAC-SHA256 of the CPR number, the scheme of the comparison extract too), coded values, dates as months and birth years in five-year bands, and no CPR
/// number, name or free text. With a data dictionary, and an aggregate table for publication where counts of 1–4 are
/// shown as "&lt;5". CSV (a ZIP of three semicolon-separated files) or XLSX (three sheets).
/// </summary>
public sealed partial class EvaluatorExport(Vc2Db db, ComputeStatement statement, Instruments instruments, Platform.Security.CprProtector cpr, TimeProvider clock)
{
    public enum Format
    {
        Csv = 1,
        Xlsx = 2,
    }

    public sealed record Input
    {
        /// <summary>The evaluators' secret: the same key gives the same pseudonyms, so exports can be linked; another key cannot.</summary>
        [Required(ErrorMessage = "Skriv eksportnøglen.")]
        [StringLength(200, MinimumLength = 16, ErrorMessage = "Eksportnøglen skal være mellem 16 og 200 tegn.")]
        public string? ExportKey { get; init; }

        [Required(ErrorMessage = "Vælg format.")]
        public Format? Format { get; init; }
    }

    public sealed record Output(string FileName, string ContentType, byte[] Content);

    public sealed record Table(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows);

    public async Task<Result<Output>> RunAsync(Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!db.CurrentUser.IsNational && !db.CurrentUser.IsSystem)
        {
            return Result<Output>.Missing();
        }

        var errors = Errors.For(input);
        if (errors.Any)
        {
            return errors.As<Output>();
        }

        var (data, dictionary, aggregate, included) = await TablesAsync(input.ExportKey!, ct);
        // One event per citizen included, so that the export shows in each citizen's access log.
        AuditLog.AddForEach(db, clock, AuditAction.Export, included, "Pseudonymiseret eksport til evalueringen");

        await db.SaveChangesAsync(ct);
        var stamp = Today.In(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var analyses = await AnalysesAsync(ct);
        var tables = new[] { data, dictionary, aggregate, analyses }.Select(t => new ExportTable(t.Name, t.Header, t.Rows)).ToList();
        if (input.Format == Format.Xlsx)
        {
            return new Output($"vc2-evaluering-{stamp}.xlsx", XlsxExport.ContentType,
                XlsxExport.ToBytes([tables[0] with { Name = "Data" }, tables[1] with { Name = "Datadictionary" }, tables[2] with { Name = "Aggregeret" },
                    tables[3] with { Name = "Analyser" }]));
        }

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var table in tables)
            {
                await using var entry = zip.CreateEntry(table.Name + ".csv", CompressionLevel.Optimal).Open();
                CsvExport.Write(entry, [table]);
            }
        }

        return new Output($"vc2-evaluering-{stamp}.zip", "application/zip", output.ToArray());
    }

    /// <summary>The three tables; public for tests that scan them.</summary>
    public async Task<(Table Data, Table Dictionary, Table Aggregate, IReadOnlyList<(Guid CitizenId, Guid JobCentreId)> Included)> TablesAsync(string exportKey, CancellationToken ct)
    {
        var today = Today.In(clock);
        var instrument = await instruments.CurrentAsync(ct);
        var key = Encoding.UTF8.GetBytes(exportKey);
        var centres = await db.JobCentres.ToDictionaryAsync(j => j.Id, j => j.MunicipalityNumber, ct);

        // Coded facts only leave these queries (no names, CPR numbers or free text): the export may look past the tenancy filter.
        var citizens = await db.Citizens.Nationally().OrderBy(c => c.Id)
            .Select(c => new CitizenRow(c.Id, c.JobCentreId, c.TargetGroup, c.BirthDate, c.EnrolmentDate, c.CprCipher, c.CoordinatingCaseworkerId != null)).ToListAsync(ct);
        var facts = await FactsAsync(today, ct);

        var respondents = Enum.GetValues<Respondent>();
        var scoreColumns = respondents.SelectMany(r => instrument.For(r).SelectMany(d => new[] { (r, d.Key, "nulpunkt"), (r, d.Key, "seneste") })).ToList();
        var header = Header(respondents, scoreColumns);
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var c in citizens)
        {
            rows.Add(Row(c, Pseudonyms.Of(key, cpr.Decrypt(c.CprCipher)), centres[c.JobCentreId], facts, today, respondents, scoreColumns));
        }

        var data = new Table("data", header, rows);
        var dictionary = new Table("datadictionary", ["variabel", "beskrivelse", "vaerdier"], Dictionary(instrument, scoreColumns.Select(c => (c.r, c.Key, c.Item3)).ToList()));
        var aggregate = Aggregate(rows);
        return (data, dictionary, aggregate, citizens.Select(c => (c.Id, c.JobCentreId)).ToList());
    }

    private sealed record CitizenRow(Guid Id, Guid JobCentreId, TargetGroup TargetGroup, DateOnly BirthDate, DateOnly EnrolmentDate, string CprCipher, bool HasCaseworker);

    private sealed record PlacementRow(Guid CitizenId, Guid CompanyId, DateOnly Start, DateOnly? ActualEnd);

    private sealed record OutcomeRow(Guid CitizenId, CaseWork.Outcomes.OutcomeKind Kind, DateOnly Start);

    /// <summary>What the rows are read from besides the citizens themselves.</summary>
    private sealed record CitizenFacts(ILookup<Guid, PlacementRow> Placements, ILookup<Guid, OutcomeRow> Outcomes, HashSet<Guid> Exits,
        ILookup<(Guid CitizenId, Respondent Respondent), Measurement> Measurements, Dictionary<string, Rules.Model.CitizenStatement> Settled);

    private async Task<CitizenFacts> FactsAsync(DateOnly today, CancellationToken ct)
    {
        var placements = (await db.Placements.Nationally().Where(p => p.Start <= today).Select(p => new PlacementRow(p.CitizenId, p.CompanyId, p.Start, p.ActualEnd)).ToListAsync(ct))
            .ToLookup(p => p.CitizenId);
        var outcomes = (await db.Outcomes.Nationally().Select(o => new OutcomeRow(o.CitizenId, o.Kind, o.Start)).ToListAsync(ct)).ToLookup(o => o.CitizenId);
        var exits = (await db.ExitStrategies.Nationally().Select(e => e.CitizenId).Distinct().ToListAsync(ct)).ToHashSet();
        var measurements = (await db.Measurements.Nationally().Include(m => m.Scores).AsNoTracking().ToListAsync(ct)).ToLookup(m => (m.CitizenId, m.Respondent));
        // Courses and results of every citizen, also those outside the target group (who earn no grant, R0).
        var settledAll = await statement.RunAsync(ct: ct);
        var settled = settledAll.Statement.JobCentres.SelectMany(j => j.Citizens).Concat(settledAll.Excluded.Select(e => e.Statement)).ToDictionary(c => c.Id);
        return new CitizenFacts(placements, outcomes, exits, measurements, settled);
    }

    private static List<string> Header(Respondent[] respondents, List<(Respondent R, string Key, string Which)> scoreColumns)
    {
        var header = new List<string>
        {
            "pseudonym", "jobcenter", "maalgruppe", "foedselsaar", "indskrevet_maaned", "koordinerende_sagsbehandler", "udslusningsstrategi",
            "forloeb_antal", "forloebsdage", "virksomheder_antal", "tre_maaneder", "resultat_13_uger", "registreret_resultat", "registreret_resultat_maaned",
        };
        header.AddRange(respondents.Select(r => $"maalinger_{Code(r)}"));
        header.AddRange(scoreColumns.Select(c => $"{c.Which}_{Code(c.R)}_{c.Key}"));
        return header;
    }

    /// <summary>One citizen's row, in the header's order.</summary>
    private static List<object?> Row(CitizenRow c, string pseudonym, string municipality, CitizenFacts facts, DateOnly today, Respondent[] respondents,
        List<(Respondent R, string Key, string Which)> scoreColumns)
    {
        var own = facts.Placements[c.Id].ToList();
        var days = own.Sum(p => ((p.ActualEnd is { } e && e < today ? e : today).DayNumber - p.Start.DayNumber) + 1);
        var (three, result) = CourseAndResult(facts.Settled.GetValueOrDefault(c.Id.ToString()));
        var outcome = facts.Outcomes[c.Id].OrderBy(o => o.Start).FirstOrDefault();
        var row = new List<object?>
        {
            pseudonym, municipality, c.TargetGroup == TargetGroup.Ressourceforloeb ? "ressourceforloeb" : "kontanthjaelp",
            $"{c.BirthDate.Year / 5 * 5}-{(c.BirthDate.Year / 5 * 5) + 4}", c.EnrolmentDate.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            c.HasCaseworker ? "ja" : "nej", facts.Exits.Contains(c.Id) ? "ja" : "nej", own.Count, days, own.Select(p => p.CompanyId).Distinct().Count(), three, result,
            outcome is null ? "ingen" : outcome.Kind.ToString().ToLowerInvariant(), outcome?.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        };
        row.AddRange(respondents.Select(r => (object?)facts.Measurements[(c.Id, r)].Count()));
        foreach (var (r, dimension, which) in scoreColumns)
        {
            var answered = facts.Measurements[(c.Id, r)].OrderBy(m => m.AnsweredOn).Where(m => m.Scores.Any(x => x.DimensionKey == dimension)).ToList();
            var pick = which == "nulpunkt" ? answered.FirstOrDefault() : answered.Count >= 2 ? answered[^1] : null;
            row.Add(pick?.Scores.First(x => x.DimensionKey == dimension).Score);
        }

        return row;
    }

    /// <summary>Whether the course reached three months, and the result verified after 13 weeks, as coded values.</summary>
    private static (string Three, string Result) CourseAndResult(Rules.Model.CitizenStatement? s)
    {
        var three = s is null || s.Courses.Count == 0 ? "intet_forloeb"
            : s.Courses.Any(k => k.Status == Rules.Model.CourseStatus.Qualified) ? "ja"
            : s.Courses.Any(k => k.Status == Rules.Model.CourseStatus.Pending) ? "afventer" : "nej";
        var result = s?.Result switch
        {
            { Status: Rules.Model.ResultStatus.Verified, Type: { } t } => t.ToString().ToLowerInvariant(),
            { Status: Rules.Model.ResultStatus.Pending } => "afventer",
            _ => "intet",
        };
        return (three, result);
    }

    /// <summary>The analyses of the newest snapshot (ADR 0026) in long form — one row per cell: the snapshot's hash, the
    /// section, the table, the row and the column — with the evaluators' published assessment. They are aggregates
    /// computed when the snapshot was taken, so they match its report exactly.</summary>
    public async Task<Table> AnalysesAsync(CancellationToken ct)
    {
        var header = new[] { "oejebliksbillede_sha256", "opgjort", "afsnit", "tabel", "raekke", "kolonne", "vaerdi", "tal" };
        var snapshot = await db.EvaluationSnapshots.AsNoTracking().OrderByDescending(s => s.CreatedAtUtc).FirstOrDefaultAsync(ct);
        if (snapshot is null)
        {
            return new Table("analyser", header, []);
        }

        var report = System.Text.Json.JsonSerializer.Deserialize<EvaluationData>(snapshot.DataJson, CreateEvaluationSnapshot.Json)!;
        var sections = EvaluationReport.Analyses(report, null, await WriteAssessment.PublishedAsync(db, snapshot.Id, ct));
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var section in sections)
        {
            foreach (var table in section.Tables)
            {
                for (var r = 0; r < table.Rows.Count; r++)
                {
                    for (var c = 0; c < table.Header.Count; c++)
                    {
                        rows.Add([snapshot.DataHash, snapshot.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), section.Title, table.Caption, r + 1, table.Header[c],
                            EvaluationReport.Cell(table.Rows[r][c], table.Header[c]), Number(table.Rows[r][c])]);
                    }
                }
            }
        }

        return new Table("analyser", header, rows);
    }

    /// <summary>A cell as a number for analysis (invariant, with a point), when it is one: a count, or a figure the
    /// report wrote as a plain Danish number ("+3,3", "1.500"); empty for text, intervals and shares with words.</summary>
    internal static decimal? Number(object? cell) => cell switch
    {
        int i => i,
        decimal d => d,
        double x when double.IsFinite(x) => (decimal)x,
        string text when DanishNumber().IsMatch(text) => decimal.Parse(text.Replace(".", "", StringComparison.Ordinal).Replace(',', '.').TrimStart('+'),
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture),
        _ => null,
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"^[+-]?\d{1,3}(\.\d{3})*(,\d+)?$")]
    private static partial System.Text.RegularExpressions.Regex DanishNumber();

    /// <summary>Counts per job centre and target group for publication: 1–4 are shown as "&lt;5".</summary>
    private static Table Aggregate(List<IReadOnlyList<object?>> rows)
    {
        var result = rows.GroupBy(r => ((string)r[1]!, (string)r[2]!)).OrderBy(g => g.Key.Item1, StringComparer.Ordinal).ThenBy(g => g.Key.Item2, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<object?>)
            [
                g.Key.Item1, g.Key.Item2, Suppress(g.Count()), Suppress(g.Count(r => (int)r[7]! > 0)), Suppress(g.Count(r => (string)r[10]! == "ja")),
                Suppress(g.Count(r => (string)r[11]! is "job" or "flexjob" or "education")),
            ]).ToList();
        return new Table("aggregeret", ["jobcenter", "maalgruppe", "deltagere", "med_forloeb", "tre_maaneder", "resultat_13_uger"], result);
    }

    public static string Suppress(int count) => count is > 0 and < 5 ? "<5" : count.ToString(CultureInfo.InvariantCulture);

    private static List<IReadOnlyList<object?>> Dictionary(Instrument instrument, List<(Respondent R, string Key, string Which)> scores)
    {
        var rows = new List<IReadOnlyList<object?>>
        {
            new object?[] { "pseudonym", "Stabilt pseudonym for borgeren: de første 20 hex-tegn af HMAC-SHA256 af CPR-nummerets 10 cifre med eksportnøglen. Samme nøgle giver samme pseudonym, også i sammenligningsudtrækket fra ydelsesregistret.", "20 hex-tegn" },
            new object?[] { "jobcenter", "Jobcentrets kommunenummer", "3 cifre" },
            new object?[] { "maalgruppe", "Målgruppe ved indskrivning", "ressourceforloeb, kontanthjaelp (kontanthjælp i mindst to år)" },
            new object?[] { "foedselsaar", "Fødselsår i femårsinterval", "fx 1970-1974" },
            new object?[] { "indskrevet_maaned", "Måned for indskrivning i programmet", "ÅÅÅÅ-MM" },
            new object?[] { "koordinerende_sagsbehandler", "Borgeren har en koordinerende sagsbehandler", "ja, nej" },
            new object?[] { "udslusningsstrategi", "Borgeren har en udslusningsstrategi", "ja, nej" },
            new object?[] { "forloeb_antal", "Antal virksomhedsforløb startet til dato", "heltal" },
            new object?[] { "forloebsdage", "Kalenderdage i forløb til dato (igangværende til i dag)", "heltal" },
            new object?[] { "virksomheder_antal", "Antal forskellige virksomheder", "heltal" },
            new object?[] { "tre_maaneder", "Det samlede forløb har nået tre måneder (regel R2–R3)", "ja, afventer, nej, intet_forloeb" },
            new object?[] { "resultat_13_uger", "Resultat bekræftet i registrene efter 13 uger (regel R6–R8)", "job, flexjob, education, afventer, intet" },
            new object?[] { "registreret_resultat", "Første resultat registreret af sagsbehandleren", "ordinaryjob, flexjob, education, ingen" },
            new object?[] { "registreret_resultat_maaned", "Startmåned for det registrerede resultat", "ÅÅÅÅ-MM eller tom" },
        };
        rows.AddRange(Enum.GetValues<Respondent>().Select(r => (IReadOnlyList<object?>)new object?[] { $"maalinger_{Code(r)}", $"Antal progressionsmålinger fra {RespondentNames.Danish(r).ToLowerInvariant()}", "heltal" }));
        rows.AddRange(scores.Select(s => (IReadOnlyList<object?>)new object?[]
        {
            $"{s.Which}_{Code(s.R)}_{s.Key}",
            $"{(s.Which == "nulpunkt" ? "Første" : "Seneste (ved mindst to)")} svar fra {RespondentNames.Danish(s.R).ToLowerInvariant()} på »{instrument.Dimensions.First(d => d.Key == s.Key).Name}« ({instrument.Id} v{instrument.Version})",
            $"{instrument.ScaleMin}-{instrument.ScaleMax} eller tom",
        }));
        return rows;
    }

    private static string Code(Respondent r) => r switch
    {
        Respondent.Citizen => "borger",
        Respondent.Mentor => "mentor",
        _ => "sagsbehandler",
    };

}
