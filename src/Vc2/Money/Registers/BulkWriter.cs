using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Vc2.Platform.Data;

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

    public static async Task WriteAsync(Vc2Db db, IReadOnlyList<BenefitWeek> rows, LeaseFence fence, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (db.Database.IsNpgsql())
        {
            await CopyAsync(db, fence, "COPY \"BenefitWeeks\" (\"ImportRunId\", \"JobCentreId\", \"CitizenId\", \"Week\", \"Category\") FROM STDIN (FORMAT BINARY)", rows,
                async (w, r) =>
                {
                    await w.WriteAsync(r.ImportRunId, NpgsqlDbType.Uuid, ct);
                    await w.WriteAsync(r.JobCentreId, NpgsqlDbType.Uuid, ct);
                    await w.WriteAsync(r.CitizenId, NpgsqlDbType.Uuid, ct);
                    await w.WriteAsync(r.Week, NpgsqlDbType.Integer, ct);
                    await w.WriteAsync(r.Category.ToString(), NpgsqlDbType.Varchar, ct);
                }, ct);
            return;
        }

        await InsertAsync(db, fence, "INSERT INTO \"BenefitWeeks\" (\"ImportRunId\", \"JobCentreId\", \"CitizenId\", \"Week\", \"Category\") VALUES ($a, $b, $c, $d, $e)", rows,
            r => [Text(r.ImportRunId), Text(r.JobCentreId), Text(r.CitizenId), r.Week, r.Category.ToString()], ct);
    }

    public static async Task WriteAsync(Vc2Db db, IReadOnlyList<HoursWeek> rows, LeaseFence fence, CancellationToken ct)
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
                    await w.WriteAsync(r.ImportRunId, NpgsqlDbType.Uuid, ct);
                    await w.WriteAsync(r.JobCentreId, NpgsqlDbType.Uuid, ct);
                    await w.WriteAsync(r.CitizenId, NpgsqlDbType.Uuid, ct);
                    await w.WriteAsync(r.Week, NpgsqlDbType.Integer, ct);
                    await w.WriteAsync(r.Hours, NpgsqlDbType.Numeric, ct);
                }, ct);
            return;
        }

        await InsertAsync(db, fence, "INSERT INTO \"HoursWeeks\" (\"ImportRunId\", \"JobCentreId\", \"CitizenId\", \"Week\", \"Hours\") VALUES ($a, $b, $c, $d, $e)", rows,
            r => [Text(r.ImportRunId), Text(r.JobCentreId), Text(r.CitizenId), r.Week, r.Hours.ToString(System.Globalization.CultureInfo.InvariantCulture)], ct);
    }

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

    private static async Task CopyAsync<T>(Vc2Db db, LeaseFence fence, string copy, IReadOnlyList<T> rows, Func<NpgsqlBinaryImporter, T, Task> write, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await RenewAsync(connection, transaction, fence, ct);
            await using (var importer = await connection.BeginBinaryImportAsync(copy, ct))
            {
                foreach (var row in rows)
                {
                    await importer.StartRowAsync(ct);
                    await write(importer, row);
                }

                await importer.CompleteAsync(ct);
            }

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
