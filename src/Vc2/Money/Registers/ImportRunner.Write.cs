using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Data;

namespace Vc2.Money.Registers;

/// <summary>Writing a run's persons and rows: sorted into the order of the weeks' index, in batches under the lease.</summary>
internal sealed partial class ImportRunner
{
    /// <summary>The sort and write phases: the persons, then their rows in the index's order; then fresh statistics.</summary>
    private async Task WriteAsync<TValue>(RegisterFormat<TValue> format, ImportRun run, FileRead<TValue> read, IProgress<double>? progress, CancellationToken ct)
        where TValue : struct
    {
        await WritePersonsAsync(read.Persons, run, ct);
        await WriteRowsAsync(format, run, read.Persons, read.Rows, progress, ct);
        await AnalyzeAsync(format.Kind, ct);
        run.PersonsMatched = read.Persons.Count;
        (run.FirstWeek, run.LastWeek) = format.Weeks;
        await RenewLeaseAsync(run, force: false, ct);
    }

    /// <summary>The persons the file holds, in one transaction under the lease, before any of their weeks: a run's
    /// weeks are found through its persons when it is cleaned up (<see cref="RemoveRowsAsync"/>).</summary>
    private async Task WritePersonsAsync(List<ImportRunPerson> persons, ImportRun run, CancellationToken ct)
    {
        await BulkWriter.WriteAsync(db, persons, Fence(), ct);
        await RenewLeaseAsync(run, force: false, ct);
    }

    /// <summary>
    /// Writes the run's rows in the order of the weeks' index (job centre, citizen, week), each batch in its own
    /// transaction under the lease. In that order each index page is filled once, instead of every page being touched
    /// again and again as the file's persons come in random order (ADR 0021: 2.5 million rows into the index 1.8 ×
    /// the bare COPY, against 2.8 ×). The database compares uuids as their 16 bytes in big-endian order, and SQLite
    /// compares their upper-case text, which orders the same.
    /// </summary>
    private async Task WriteRowsAsync<TValue>(RegisterFormat<TValue> format, ImportRun run, List<ImportRunPerson> persons, RowBuffer<TValue> rows,
        IProgress<double>? progress, CancellationToken ct)
        where TValue : struct
    {
        var order = Enumerable.Range(0, persons.Count).ToArray();
        Array.Sort(order, (a, b) => UuidOrder.Compare(persons[a].JobCentreId, persons[b].JobCentreId) is var byCentre and not 0
            ? byCentre
            : UuidOrder.Compare(persons[a].CitizenId, persons[b].CitizenId));
        var rank = new int[persons.Count];
        for (var i = 0; i < order.Length; i++)
        {
            rank[order[i]] = i;
        }

        SortByKey(rows.Span, rank);
        ct.ThrowIfCancellationRequested();
        for (var done = 0; done < rows.Count; done += WriteBatchSize)
        {
            var batch = rows.Slice(done, Math.Min(WriteBatchSize, rows.Count - done));
            await format.WriteAsync(db, run.Id, persons, batch, Fence(), ct);
            run.WeeksStored += batch.Count;
            await ReportProgressAsync(run, ReadShare + (1 - ReadShare) * (done + batch.Count) / rows.Count, progress, ct);
            await RenewLeaseAsync(run, force: false, ct);
        }
    }

    private static void SortByKey<TValue>(Span<RegisterRow<TValue>> rows, int[] rank)
        where TValue : struct
    {
        var keys = new long[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            keys[i] = ((long)rank[rows[i].Person] << 32) | (uint)rows[i].Week;
        }

        keys.AsSpan().Sort(rows);
    }

    /// <summary>The run has just added millions of rows that the planner's statistics do not know yet (autovacuum
    /// follows minutes later): without fresh ones, counting what the run changes chose a plan that ran past the
    /// command timeout on 5 million weeks; with them it takes 3 s (PostgreSQL; SQLite plans by its indexes alone).</summary>
    private async Task AnalyzeAsync(ImportKind kind, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync(kind == ImportKind.Benefits ? "ANALYZE \"BenefitWeeks\", \"ImportRunPersons\"" : "ANALYZE \"HoursWeeks\", \"ImportRunPersons\"", ct);
        }
    }
}
