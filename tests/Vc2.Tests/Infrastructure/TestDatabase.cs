using Microsoft.Data.Sqlite;
using Npgsql;
using Vc2.Platform.Data;

namespace Vc2.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database for one test: an in-memory SQLite database, or a new PostgreSQL database on the server in
/// <c>VC2_TEST_POSTGRES</c>. In CI a missing PostgreSQL is a failure, not a skip.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "VC2_TEST_POSTGRES";
    private readonly SqliteConnection? _keepAlive;
    private readonly string? _adminConnection;
    private readonly string? _databaseName;

    private TestDatabase(DatabaseSettings settings, SqliteConnection? keepAlive, string? adminConnection, string? databaseName)
    {
        Settings = settings;
        _keepAlive = keepAlive;
        _adminConnection = adminConnection;
        _databaseName = databaseName;
    }

    public DatabaseSettings Settings { get; }

    /// <summary>The providers to run each database test on: SQLite always, PostgreSQL when configured.</summary>
    public static TheoryData<DatabaseProvider> Providers
    {
        get
        {
            var data = new TheoryData<DatabaseProvider> { DatabaseProvider.Sqlite };
            if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable)))
            {
                data.Add(DatabaseProvider.Postgres);
            }
            else if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"CI must set {PostgresVariable}: the PostgreSQL tests may not be skipped there.");
            }

            return data;
        }
    }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var connectionString = $"Data Source=vc2test-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
            var keepAlive = new SqliteConnection(connectionString);
            await keepAlive.OpenAsync();
            return new TestDatabase(new DatabaseSettings(DatabaseProvider.Sqlite, connectionString), keepAlive, null, null);
        }

        var admin = Environment.GetEnvironmentVariable(PostgresVariable)
                    ?? throw new InvalidOperationException($"{PostgresVariable} is not set.");
        var name = $"vc2_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(new DatabaseSettings(DatabaseProvider.Postgres, builder.ConnectionString), null, admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_keepAlive is not null)
        {
            await _keepAlive.DisposeAsync();
        }

        if (_adminConnection is not null && _databaseName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_adminConnection);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
