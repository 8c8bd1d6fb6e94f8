using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Vc2.Platform.Data;
using Vc2.Rules.Model;

namespace Vc2.Money.Registers;

/// <summary>
/// Writes register rows in bulk, each batch in its own transaction: binary COPY on PostgreSQL, one prepared statement on
/// SQLite. EF's change tracker would spend most of a national import on bookkeeping (measured: about 15,000 rows/s on
/// SQLite, see the registers issue's note). Values are written exactly as EF stores them (SQLite: Guid as upper-case
/// text, enums by name, decimals as text). Each batch's transaction first renews the import's lease (<see cref="LeaseFence"/>):
/// the lease row stays locked until the batch commits, so no other instance can take the lease while a batch is being
/// written, and an instance that has lost it writes nothing more.
/// </summary>
internal static class BulkWriter
{
    private static readonly string[] ParameterNames = ["$a", "$b", "$c", "$d", "$e"];

    /// <summary>A run's benefit weeks (<see cref="BenefitWeek"/>), the job centre and citizen from the run's persons.</summary>
    public static async Task WriteBenefitsAsync(Vc2Db db, Guid runId, IReadOnlyList<ImportRunPerson> persons, ArraySegment<RegisterRow<BenefitCategory>> batch,
        LeaseFence fence, CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            return;
        }

        if (db.Database.IsNpgsql())
        {
            await FencedAsync(db, fence, async connection =>
            {
                await using var copy = await connection.BeginRawBinaryCopyAsync(
                    "COPY \"BenefitWeeks\" (\"ImportRunId\", \"JobCentreId\", \"CitizenId\", \"Week\", \"Category\") FROM STDIN (FORMAT BINARY)", ct);
                var rows = new PgBinaryRows(copy);
                rows.Header();
                foreach (var r in batch)
                {
                    var person = persons[r.Person];
                    await rows.RowAsync(5, 3 * (4 + 16) + 4 + 4 + 4 + 30, ct);
                    rows.Uuid(runId);
                    rows.Uuid(person.JobCentreId);
                    rows.Uuid(person.CitizenId);
                    rows.Int32(r.Week);
                    rows.Text(CategoryUtf8[(byte)r.Value]);
                }

                await rows.EndAsync(ct);
            }, ct);
            return;
        }

        await InsertAsync(db, fence, "INSERT INTO \"BenefitWeeks\" (\"ImportRunId\", \"JobCentreId\", \"CitizenId\", \"Week\", \"Category\") VALUES ($a, $b, $c, $d, $e)", batch,
            r => [Text(runId), Text(persons[r.Person].JobCentreId), Text(persons[r.Person].CitizenId), r.Week, CategoryNames[(byte)r.Value]], ct);
    }

    /// <summary>A run's hours (<see cref="HoursWeek"/>), the job centre and citizen from the run's persons.</summary>
    public static async Task WriteHoursAsync(Vc2Db db, Guid runId, IReadOnlyList<ImportRunPerson> persons, ArraySegment<RegisterRow<decimal>> rows,
        LeaseFence fence, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (db.Database.IsNpgsql())
        {
            await CopyAsync(db, fence, "COPY \"HoursWeeks\" (\"ImportRunId\", \"JobCentreId\", \"CitizenId\", \"Week\", \"Hours\") FROM STDIN (FORMAT BINARY)", rows,
                async (w, r) =>
                {
                    var person = persons[r.Person];
                    await w.WriteAsync(runId, NpgsqlDbType.Uuid, ct);
                    await w.WriteAsync(person.JobCentreId, NpgsqlDbType.Uuid, ct);
                    await w.WriteAsync(person.CitizenId, NpgsqlDbType.Uuid, ct);
                    await w.WriteAsync(r.Week, NpgsqlDbType.Integer, ct);
                    await w.WriteAsync(r.Value, NpgsqlDbType.Numeric, ct);
                }, ct);
            return;
        }

        await InsertAsync(db, fence, "INSERT INTO \"HoursWeeks\" (\"ImportRunId\", \"JobCentreId\", \"CitizenId\", \"Week\", \"Hours\") VALUES ($a, $b, $c, $d, $e)", rows,
            r => [Text(runId), Text(persons[r.Person].JobCentreId), Text(persons[r.Person].CitizenId), r.Week, r.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)], ct);
    }

    // Enums are stored by name, as EF stores them; one string (and its UTF-8) per category instead of one per row.
    private static readonly string[] CategoryNames = Enum.GetValues<BenefitCategory>().Aggregate(new string[256], (names, c) =>
    {
        names[(byte)c] = c.ToString();
        return names;
    });

    private static readonly byte[][] CategoryUtf8 = CategoryNames.Select(n => n is null ? [] : PgBinaryRows.Utf8(n)).ToArray();

    /// <summary>The persons a run's file holds (<see cref="ImportRunPerson"/>), in batches like the weeks.</summary>
    public static async Task WriteAsync(Vc2Db db, IReadOnlyList<ImportRunPerson> rows, LeaseFence fence, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (db.Database.IsNpgsql())
        {
            await CopyAsync(db, fence, "COPY \"ImportRunPersons\" (\"ImportRunId\", \"CitizenId\", \"JobCentreId\") FROM STDIN (FORMAT BINARY)", rows,
                async (w, r) =>
                {
                    await w.WriteAsync(r.ImportRunId, NpgsqlDbType.Uuid, ct);
                    await w.WriteAsync(r.CitizenId, NpgsqlDbType.Uuid, ct);
                    await w.WriteAsync(r.JobCentreId, NpgsqlDbType.Uuid, ct);
                }, ct);
            return;
        }

        await InsertAsync(db, fence, "INSERT INTO \"ImportRunPersons\" (\"ImportRunId\", \"CitizenId\", \"JobCentreId\") VALUES ($a, $b, $c)", rows,
            r => [Text(r.ImportRunId), Text(r.CitizenId), Text(r.JobCentreId)], ct);
    }

    private static string Text(Guid id) => id.ToString().ToUpperInvariant();

    private static Task CopyAsync<T>(Vc2Db db, LeaseFence fence, string copy, IReadOnlyList<T> rows, Func<NpgsqlBinaryImporter, T, Task> write, CancellationToken ct) =>
        FencedAsync(db, fence, async connection =>
        {
            await using var importer = await connection.BeginBinaryImportAsync(copy, ct);
            foreach (var row in rows)
            {
                await importer.StartRowAsync(ct);
                await write(importer, row);
            }

            await importer.CompleteAsync(ct);
        }, ct);

    /// <summary>Runs a COPY in its own transaction, after renewing the lease in it.</summary>
    private static async Task FencedAsync(Vc2Db db, LeaseFence fence, Func<NpgsqlConnection, Task> copy, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await RenewAsync(connection, transaction, fence, ct);
            await copy(connection);
            await transaction.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task InsertAsync<T>(Vc2Db db, LeaseFence fence, string insert, IReadOnlyList<T> rows, Func<T, object[]> values, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
            await RenewAsync(connection, transaction, fence, ct);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = insert;
            var parameters = ParameterNames.Take(values(rows[0]).Length).Select(name => command.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();
            await command.PrepareAsync(ct);
            foreach (var row in rows)
            {
                var v = values(row);
                for (var i = 0; i < parameters.Length; i++)
                {
                    parameters[i].Value = v[i];
                }

                await command.ExecuteNonQueryAsync(ct);
            }

            await transaction.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Renews the lease inside the batch's transaction; when this instance no longer holds it, the batch is not
    /// written (the transaction is rolled back as it is disposed).</summary>
    private static async Task RenewAsync(DbConnection connection, DbTransaction transaction, LeaseFence fence, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE \"Leases\" SET \"UntilUtc\" = @until WHERE \"Name\" = @name AND \"Owner\" = @owner";
        Add(command, "@until", fence.UntilUtc);
        Add(command, "@name", fence.Name);
        Add(command, "@owner", fence.Owner);
        if (await command.ExecuteNonQueryAsync(ct) != 1)
        {
            throw new ImportLeaseLostException();
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

/// <summary>The lease a batch is written under, and until when it is renewed.</summary>
internal sealed record LeaseFence(string Name, string Owner, DateTime UntilUtc);
