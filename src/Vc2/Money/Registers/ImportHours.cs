using System.Globalization;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Security;
using Vc2.Rules;

namespace Vc2.Money.Registers;

/// <summary>
/// Imports hours from an income-register-style file <c>CPR;periodStart;periodEnd;hours</c> (pay periods of any length).
/// A period's hours are spread over the ISO weeks it touches in proportion to its calendar days in each week (ADR 0010);
/// a week's hours are the sum of the pieces. The import's life is the runner's (<see cref="ImportRunner"/>).
/// </summary>
public sealed class ImportHours(ImportRunners runners)
{
    public Task<Result<ImportReport>> RunAsync(Stream file, string fileName, IProgress<double>? progress = null, Guid? runId = null, CancellationToken ct = default) =>
        runners.New().RunAsync(new Format(), file, fileName, progress, runId, ct);

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

    /// <summary>The file's format: an optional header, a pay period per line.</summary>
    private sealed class Format : RegisterFormat<decimal>
    {
        private int _first = int.MaxValue;
        private int _last = int.MinValue;
        private (DateOnly Start, DateOnly End, decimal Hours) _period;
        private List<(int Week, decimal Hours)>? _pieces;

        public override ImportKind Kind => ImportKind.Hours;

        public override (int First, int Last) Weeks => _first <= _last ? (_first, _last) : (0, -1);

        public override string? ReadHeader(string? line, out bool isHeader)
        {
            isHeader = line is not null && line.StartsWith("CPR", StringComparison.OrdinalIgnoreCase);
            return null;
        }

        public override string? ReadLine(string line, out Cpr? cpr)
        {
            cpr = null;
            var cells = line.Split(';');
            if (cells.Length != 4)
            {
                return $"skal have 4 felter (CPR;periodStart;periodEnd;hours), men har {cells.Length}.";
            }

            if (!Cpr.TryParse(cells[0], out cpr, out _))
            {
                return "CPR er ikke et gyldigt CPR-nummer.";
            }

            if (!DateOnly.TryParseExact(cells[1].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
                || !DateOnly.TryParseExact(cells[2].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
                || end < start)
            {
                return "perioden skal være to datoer ÅÅÅÅ-MM-DD, og slutdatoen må ikke ligge før startdatoen.";
            }

            if (!decimal.TryParse(cells[3].Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours) || hours > 2000)
            {
                return "timer skal være et tal mellem 0 og 2000.";
            }

            _first = Math.Min(_first, IsoWeek.Of(start).Ordinal);
            _last = Math.Max(_last, IsoWeek.Of(end).Ordinal);
            (_period, _pieces) = ((start, end, hours), null); // spread only for an enrolled citizen
            return null;
        }

        public override void AddRows(RowBuffer<decimal> rows, int person)
        {
            foreach (var (week, hours) in _pieces ??= Spread(_period.Start, _period.End, _period.Hours))
            {
                rows.Add(new RegisterRow<decimal>(person, week, hours));
            }
        }

        public override Task WriteAsync(Vc2Db db, Guid runId, IReadOnlyList<ImportRunPerson> persons, ArraySegment<RegisterRow<decimal>> rows,
            LeaseFence fence, CancellationToken ct) => BulkWriter.WriteHoursAsync(db, runId, persons, rows, fence, ct);
    }
}
