using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Rules;
using Vc2.Rules.Model;
using Vc2.Platform.Security;

namespace Vc2.Money.Registers;

/// <summary>
/// Imports a DREAM-style benefit register extract: <c>PNR;y_1401;y_1402;…</c>, one row per person, each cell a
/// benefit code or empty. The file is read once as a stream; only enrolled citizens are kept (matched on the keyed CPR
/// hash), so memory does not grow with the file. Codes map through the code table; unknown codes are reported, not
/// guessed, and a bad line is reported with its number and skipped.
/// </summary>
public sealed class ImportBenefits(Vc2Db db, CprProtector protector, TimeProvider clock)
{
    public async Task<Result<ImportReport>> RunAsync(Stream file, string fileName, IProgress<double>? progress = null, Guid? runId = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var runner = new ImportRunner(db, protector, clock);
        var (answered, hash) = await runner.OpenAsync(ImportKind.Benefits, file, fileName, runId, ct);
        if (answered is not null)
        {
            return answered;
        }

        using var reader = new StreamReader(file, leaveOpen: true);
        var header = await reader.ReadLineAsync(ct);
        if (!TryParseHeader(header, out var weeks, out var headerError))
        {
            return Result<ImportReport>.Error("file", headerError!);
        }

        var codes = await db.BenefitCodes.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Category, StringComparer.Ordinal, ct);
        var run = await runner.StartAsync(ImportKind.Benefits, fileName, hash, runId, ct);
        try
        {
            run.FirstWeek = weeks.Min();
            run.LastWeek = weeks.Max();
            var unknown = new Dictionary<string, long>(StringComparer.Ordinal);
            var badLines = new LineProblems();
            var batch = new List<BenefitWeek>(ImportRunner.BatchSize + 200);
            var matched = new HashSet<Guid>();
            var lineNumber = 1;
            var length = file.CanSeek ? file.Length : 0;

            while (await reader.ReadLineAsync(ct) is { } line)
            {
                lineNumber++;
                if (line.Length == 0)
                {
                    continue;
                }

                run.RowsRead++;
                var cells = line.Split(';');
                if (cells.Length != weeks.Length + 1)
                {
                    badLines.Add(lineNumber, $"har {cells.Length} felter, men overskriften har {weeks.Length + 1}.");
                    continue;
                }

                if (!Cpr.TryParse(cells[0], out var cpr, out _))
                {
                    badLines.Add(lineNumber, "PNR er ikke et gyldigt CPR-nummer.");
                    continue;
                }

                if (!runner.EnrolledByCprHash.TryGetValue(protector.Hash(cpr!), out var citizens))
                {
                    continue; // not in the programme: not kept
                }

                foreach (var (citizenId, jobCentreId) in citizens)
                {
                    matched.Add(citizenId);
                    for (var i = 0; i < weeks.Length; i++)
                    {
                        var code = cells[i + 1].Trim();
                        if (code.Length == 0)
                        {
                            continue; // no benefit that week
                        }

                        if (!codes.TryGetValue(code, out var category))
                        {
                            unknown[code] = unknown.GetValueOrDefault(code) + 1;
                            continue;
                        }

                        batch.Add(new BenefitWeek { ImportRunId = run.Id, CitizenId = citizenId, JobCentreId = jobCentreId, Week = weeks[i], Category = category });
                    }
                }

                if (batch.Count >= ImportRunner.BatchSize)
                {
                    run.WeeksStored += batch.Count;
                    var done = length > 0 ? (double)file.Position / length : 0;
                    await runner.WriteBatchAsync(batch, run, done, ct);
                    progress?.Report(done);
                }
            }

            run.WeeksStored += batch.Count;
            await runner.WriteBatchAsync(batch, run, 0.99, ct);
            run.PersonsMatched = matched.Count;
            await runner.CompleteAsync(run, unknown, badLines, ct);
            progress?.Report(1);
            return ImportRunner.Report(run, alreadyImported: false, unknown, badLines.Reported);
        }
        catch (Exception ex)
        {
            await runner.AbandonAsync(run, ex);
            throw;
        }
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

        var parsed = new int[columns.Length - 1];
        for (var i = 1; i < columns.Length; i++)
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

            parsed[i - 1] = week.Ordinal;
        }

        if (parsed.Distinct().Count() != parsed.Length)
        {
            error = "Overskriften nævner den samme uge to gange.";
            return false;
        }

        weeks = parsed;
        return true;
    }
}
