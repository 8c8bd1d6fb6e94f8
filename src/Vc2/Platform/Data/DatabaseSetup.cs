using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;
using Vc2.Platform.Users;

namespace Vc2.Platform.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Where the data lives: <c>Database:Provider</c> and <c>ConnectionStrings:Default</c>.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public static DatabaseSettings From(string? provider, string? connectionString, string contentRoot)
    {
        var parsed = string.IsNullOrWhiteSpace(provider)
            ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(provider, ignoreCase: true, out var p)
                ? p
                : throw new InvalidOperationException(
                    $"Database:Provider skal være 'Sqlite' eller 'Postgres', ikke '{provider}'.");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (parsed == DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException("ConnectionStrings:Default skal angives, når Database:Provider er Postgres.");
            }

            connectionString = "Data Source=data/vc2.db";
        }

        return new DatabaseSettings(parsed, parsed == DatabaseProvider.Sqlite
            ? AnchorSqlitePath(connectionString, contentRoot)
            : connectionString);
    }

    // A relative SQLite path is taken from the content root (not the shell's folder), and its folder is created.
    private static string AnchorSqlitePath(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } source && source != ":memory:" && builder.Mode != SqliteOpenMode.Memory
            && !source.StartsWith("file:", StringComparison.Ordinal))
        {
            var path = Path.IsPathRooted(source) ? source : Path.GetFullPath(Path.Combine(contentRoot, source));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }

        return builder.ToString();
    }
}

public static class DatabaseSetup
{
    /// <summary>Registers <see cref="Vc2Db"/> for the chosen provider. The context is resolved per scope as
    /// <see cref="Vc2Db"/>; the provider's subclass only selects the migrations.</summary>
    public static IServiceCollection AddVc2Database(this IServiceCollection services, DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        services.AddScoped<CurrentUser>();
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContext<Vc2Db, SqliteVc2Db>(o => ConfigureSqlite(o, settings.ConnectionString));
                break;
            case DatabaseProvider.Postgres:
                services.AddDbContext<Vc2Db, PostgresVc2Db>(o => ConfigurePostgres(o, settings.ConnectionString));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(settings));
        }

        return services;
    }

    // SQLite rebuilds a table to add a foreign key, outside the migration's transaction; EF warns each time, as expected.
    public static void ConfigureSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString)
            .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.NonTransactionalMigrationOperationWarning));

    public static void ConfigurePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString);

    /// <summary>Creates a context outside dependency injection (tests, tools).</summary>
    public static Vc2Db CreateContext(DatabaseSettings settings, CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteVc2Db(
                Build<SqliteVc2Db>(o => ConfigureSqlite(o, settings.ConnectionString)), user),
            _ => new PostgresVc2Db(Build<PostgresVc2Db>(o => ConfigurePostgres(o, settings.ConnectionString)), user),
        };
    }

    private static DbContextOptions<T> Build<T>(Action<DbContextOptionsBuilder> configure)
        where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        configure(builder);
        return builder.Options;
    }
}

/// <summary>Used by <c>dotnet ef migrations add … --context SqliteVc2Db</c> only.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteVc2Db>
{
    public SqliteVc2Db CreateDbContext(string[] args) =>
        (SqliteVc2Db)DatabaseSetup.CreateContext(
            new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=design-time.db"), new CurrentUser());
}

/// <summary>Used by <c>dotnet ef migrations add … --context PostgresVc2Db</c> only; it never connects.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresVc2Db>
{
    public PostgresVc2Db CreateDbContext(string[] args) =>
        (PostgresVc2Db)DatabaseSetup.CreateContext(
            new DatabaseSettings(DatabaseProvider.Postgres, "Host=localhost;Database=vc2_design"), new CurrentUser());
}
