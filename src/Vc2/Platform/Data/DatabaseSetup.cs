using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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
    /// <see cref="Vc2Db"/>; the provider's subclass only selects the migrations. The options are built once, not for
    /// every request's context (that was 8 % of the CPU of an authenticated request; ADR 0022).</summary>
    public static IServiceCollection AddVc2Database(this IServiceCollection services, DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        services.AddScoped<CurrentUser>();
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContext<Vc2Db, SqliteVc2Db>((sp, o) => WithAuditBatching(sp, ConfigureSqlite(o, settings.ConnectionString)),
                    optionsLifetime: ServiceLifetime.Singleton);
                break;
            case DatabaseProvider.Postgres:
                services.AddDbContext<Vc2Db, PostgresVc2Db>((sp, o) => WithAuditBatching(sp, ConfigurePostgres(o, settings.ConnectionString)),
                    optionsLifetime: ServiceLifetime.Singleton);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(settings));
        }

        return services;
    }

    // SQLite rebuilds a table to add a foreign key, outside the migration's transaction; EF warns each time, as expected.
    public static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder options, string connectionString) =>
        WithSaveInterceptors(options.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrations))
            .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.NonTransactionalMigrationOperationWarning)));

    public static DbContextOptionsBuilder ConfigurePostgres(DbContextOptionsBuilder options, string connectionString) =>
        WithSaveInterceptors(options.UseNpgsql(WithPostgresDefaults(connectionString), o => o.MigrationsAssembly(PostgresMigrations)));

    /// <summary>Each provider's migrations live in a project of their own (src/Vc2.Migrations.Sqlite, …Postgres), which
    /// the web app and the CLI reference; EF loads it by name.</summary>
    public const string SqliteMigrations = "Vc2.Migrations.Sqlite";

    public const string PostgresMigrations = "Vc2.Migrations.Postgres";

    // What every save does, beside the feature it serves: the versions and the append-only audit log, and the marks that
    // the national figures are behind. (Singletons: the options are built once.)
    private static readonly SaveRules Rules = new();
    private static readonly Steering.Overview.FiguresBehind Figures = new();

    private static DbContextOptionsBuilder WithSaveInterceptors(DbContextOptionsBuilder options) => options.AddInterceptors(Rules, Figures);

    // A read's audit is written in batches where the app runs the audit writer (the web app); elsewhere it is saved as is.
    private static void WithAuditBatching(IServiceProvider services, DbContextOptionsBuilder options)
    {
        if (services.GetService<Audit.AuditWriter>() is { } writer)
        {
            options.AddInterceptors(new Audit.AuditBatching(writer));
        }
    }

    /// <summary>
    /// Two pool settings that halve PostgreSQL's work per page (ADR 0022; measured on the caseworker API: 0.98 → 0.43 ms
    /// of database CPU per request), unless the connection string sets them itself: <c>No Reset On Close</c> — VC2 never
    /// changes a connection's session state (no SET, temporary tables, LISTEN or advisory locks on pooled connections),
    /// so the <c>DISCARD ALL</c> Npgsql sends each time EF returns a connection to the pool is work for nothing — and
    /// <c>Max Auto Prepare</c>: statements used often are prepared once per connection instead of parsed and planned
    /// for every request (PostgreSQL still plans per value where a generic plan would cost more).
    /// </summary>
    public static string WithPostgresDefaults(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!ContainsKey(connectionString, "No Reset On Close", "NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        if (!ContainsKey(connectionString, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 200;
        }

        return builder.ConnectionString;
    }

    private static bool ContainsKey(string connectionString, params string[] names) =>
        connectionString.Split(';').Select(part => part.Split('=')[0].Trim()).Any(key => names.Any(n => string.Equals(key, n, StringComparison.OrdinalIgnoreCase)));

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
