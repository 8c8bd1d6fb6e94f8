using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Security;
using Vc2.Rules;
using Vc2.Rules.Model;

namespace Vc2.Money.Registers;

/// <summary>
/// Imports a DREAM-style benefit register extract: <c>PNR;y_1401;y_1402;…</c>, one row per person, each cell a
/// benefit code or empty. Codes map through the code table; unknown codes are reported, not guessed, and a bad line is
/// reported with its number and skipped. The import's life is the runner's (<see cref="ImportRunner"/>).
/// </summary>
public sealed class ImportBenefits(Vc2Db db, ImportRunners runners)
{
    public async Task<Result<ImportReport>> RunAsync(Stream file, string fileName, IProgress<double>? progress = null, Guid? runId = null, CancellationToken ct = default)
    {
        var codes = await db.BenefitCodes.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Category, StringComparer.Ordinal, ct);
        return await runners.New().RunAsync(new Format(codes), file, fileName, progress, runId, ct);
    }

    /// <summary>Reads <c>PNR;y_1401;…</c>: each week column is <c>y_YYWW</c> (ISO year and week, two digits each).</summary>
    internal static bool TryParseHeader(string? header, out int[] weeks, out string? error)
    {
        weeks = [];
        error = null;
        var columns = header?.Split(';') ?? [];
        if (columns.Length < 2 || !string.Equals(columns[0].Trim(), "PNR", StringComparison.OrdinalIgnoreCase))
        {
            error = "Filen skal begynde med overskriften PNR;y_ÅÅUU;… (fx PNR;y_1401;y_1402).";
            return false;
        }

        return TryParseWeekColumns(columns, 1, out weeks, out error);
    }

    /// <summary>Reads the week columns <c>y_YYWW</c> of a header from column <paramref name="from"/> (0-based) on; the
    /// benefit register's and the evaluation's comparison extract's format alike.</summary>
    internal static bool TryParseWeekColumns(string[] columns, int from, out int[] weeks, out string? error)
    {
        weeks = [];
        error = null;
        var parsed = new int[columns.Length - from];
        for (var i = from; i < columns.Length; i++)
        {
            var column = columns[i].Trim();
            if (column.Length != 6 || !column.StartsWith("y_", StringComparison.OrdinalIgnoreCase)
                || !int.TryParse(column.AsSpan(2, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var yy)
                || !int.TryParse(column.AsSpan(4, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var ww)
                || !IsoWeek.TryCreate(2000 + yy, ww, out var week))
            {
                error = $"Kolonne {i + 1} i overskriften ('{column}') er ikke en ISO-uge på formen y_ÅÅUU.";
                return false;
            }

            parsed[i - from] = week.Ordinal;
        }

        if (parsed.Distinct().Count() != parsed.Length)
        {
            error = "Overskriften nævner den samme uge to gange.";
            return false;
        }

        weeks = parsed;
        return true;
    }

    /// <summary>The extract's format: week columns from the header, a code per cell.</summary>
    private sealed class Format(Dictionary<string, BenefitCategory> codes) : RegisterFormat<BenefitCategory>
    {
        private readonly Dictionary<string, long> _unknown = new(StringComparer.Ordinal);
        private int[] _weeks = [];
        private string _line = string.Empty;

        public override ImportKind Kind => ImportKind.Benefits;

        public override bool OneLinePerPerson => true;

        public override (int First, int Last) Weeks => (_weeks.Min(), _weeks.Max());

        public override IReadOnlyDictionary<string, long> UnknownCodes => _unknown;

        public override string? ReadHeader(string? line, out bool isHeader)
        {
            isHeader = true;
            return TryParseHeader(line, out _weeks, out var error) ? null : error;
        }

        public override string? ReadLine(string line, out Cpr? cpr)
        {
            // Most of a national extract's lines are persons outside the programme: counted and their CPR read, but
            // split into cells only when the person is enrolled (AddRows): 105 strings per line for a million lines is work for nothing.
            cpr = null;
            _line = line;
            var fields = line.AsSpan().Count(';') + 1;
            if (fields != _weeks.Length + 1)
            {
                return $"har {fields} felter, men overskriften har {_weeks.Length + 1}.";
            }

            return Cpr.TryParse(line[..line.IndexOf(';', StringComparison.Ordinal)], out cpr, out _) ? null : "PNR er ikke et gyldigt CPR-nummer.";
        }

        public override void AddRows(RowBuffer<BenefitCategory> rows, int person)
        {
            var cells = _line.Split(';');
            for (var i = 0; i < _weeks.Length; i++)
            {
                var code = cells[i + 1].Trim();
                if (code.Length == 0)
                {
                    continue; // no benefit that week
                }

                if (!codes.TryGetValue(code, out var category))
                {
                    _unknown[code] = _unknown.GetValueOrDefault(code) + 1;
                    continue;
                }

                rows.Add(new RegisterRow<BenefitCategory>(person, _weeks[i], category));
            }
        }

        public override Task WriteAsync(Vc2Db db, Guid runId, IReadOnlyList<ImportRunPerson> persons, ArraySegment<RegisterRow<BenefitCategory>> rows,
            LeaseFence fence, CancellationToken ct) => BulkWriter.WriteBenefitsAsync(db, runId, persons, rows, fence, ct);
    }
}
