using System.Globalization;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Rules;
using Vc2.Platform.Security;

namespace Vc2.Money.Registers;

/// <summary>
/// Imports hours from an income-register-style file <c>CPR;periodStart;periodEnd;hours</c> (pay periods of any length).
/// A period's hours are spread over the ISO weeks it touches in proportion to its calendar days in each week (ADR 0010);
/// a week's hours are the sum of the pieces. Streams like the benefit import; only enrolled citizens are kept.
/// </summary>
public sealed class ImportHours(Vc2Db db, CprProtector protector, TimeProvider clock)
{
    public async Task<Result<ImportReport>> RunAsync(Stream file, string fileName, IProgress<double>? progress = null, Guid? runId = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var runner = new ImportRunner(db, protector, clock);
        var (answered, hash) = await runner.OpenAsync(ImportKind.Hours, file, fileName, runId, ct);
        if (answered is not null)
        {
            return answered;
        }

        var run = await runner.StartAsync(ImportKind.Hours, fileName, hash, runId, ct);
        try
        {
            var badLines = new LineProblems();
            var batch = new List<HoursWeek>(ImportRunner.BatchSize + 200);
            var matched = new HashSet<Guid>();
            var first = int.MaxValue;
            var last = int.MinValue;
            var lineNumber = 0;
            var length = file.CanSeek ? file.Length : 0;
            using var reader = new StreamReader(file, leaveOpen: true);

            while (await reader.ReadLineAsync(ct) is { } line)
            {
                lineNumber++;
                if (line.Length == 0 || (lineNumber == 1 && line.StartsWith("CPR", StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                run.RowsRead++;
                var cells = line.Split(';');
                if (cells.Length != 4)
                {
                    badLines.Add(lineNumber, $"skal have 4 felter (CPR;periodStart;periodEnd;hours), men har {cells.Length}.");
                    continue;
                }

                if (!Cpr.TryParse(cells[0], out var cpr, out _))
                {
                    badLines.Add(lineNumber, "CPR er ikke et gyldigt CPR-nummer.");
                    continue;
                }

                if (!DateOnly.TryParseExact(cells[1].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
                    || !DateOnly.TryParseExact(cells[2].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
                    || end < start)
                {
                    badLines.Add(lineNumber, "perioden skal være to datoer ÅÅÅÅ-MM-DD, og slutdatoen må ikke ligge før startdatoen.");
                    continue;
                }

                if (!decimal.TryParse(cells[3].Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours) || hours > 2000)
                {
                    badLines.Add(lineNumber, "timer skal være et tal mellem 0 og 2000.");
                    continue;
                }

                first = Math.Min(first, IsoWeek.Of(start).Ordinal);
                last = Math.Max(last, IsoWeek.Of(end).Ordinal);
                if (!runner.EnrolledByCprHash.TryGetValue(protector.Hash(cpr!), out var citizens))
                {
                    continue;
                }

                var pieces = Spread(start, end, hours);
                foreach (var (citizenId, jobCentreId) in citizens)
                {
                    matched.Add(citizenId);
                    batch.AddRange(pieces.Select(p => new HoursWeek { ImportRunId = run.Id, CitizenId = citizenId, JobCentreId = jobCentreId, Week = p.Week, Hours = p.Hours }));
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
            (run.FirstWeek, run.LastWeek) = first <= last ? (first, last) : (0, -1);
            var noCodes = new Dictionary<string, long>();
            await runner.CompleteAsync(run, noCodes, badLines, ct);
            progress?.Report(1);
            return ImportRunner.Report(run, alreadyImported: false, noCodes, badLines.Reported);
        }
        catch (Exception ex)
        {
            await runner.AbandonAsync(run, ex);
            throw;
        }
    }

    /// <summary>A pay period's hours per ISO week, in proportion to its calendar days in each week (four decimals).</summary>
    public static List<(int Week, decimal Hours)> Spread(DateOnly start, DateOnly end, decimal hours)
    {
        var days = end.DayNumber - start.DayNumber + 1;
        var result = new List<(int, decimal)>();
        for (var day = start; day <= end;)
        {
            var week = IsoWeek.Of(day);
            var sunday = week.Sunday < end ? week.Sunday : end;
            var inWeek = sunday.DayNumber - day.DayNumber + 1;
            result.Add((week.Ordinal, Math.Round(hours * inWeek / days, 4, MidpointRounding.AwayFromZero)));
            day = sunday.AddDays(1);
        }

        return result;
    }
}
