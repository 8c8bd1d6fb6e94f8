using System.Data.Common;
using System.Diagnostics;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Vc2.Platform.Users;

namespace Vc2.Platform.Data;

/// <summary>The database could not be reached within the configured time at start.</summary>
public sealed class DatabaseUnavailableException(string message, Exception? inner) : Exception(message, inner);

/// <summary>The database was made by a VC2 whose migration history this one does not know: it is not touched.</summary>
public sealed class UnknownDatabaseHistoryException(string message) : Exception(message);

public static partial class DatabaseStartup
{
    /// <summary>Applies pending migrations, as the system (the web app at start, and every CLI command that touches the
    /// database). A database that cannot be reached yet — PostgreSQL starting after VC2, a network not up — is tried
    /// again with a growing pause (1, 2, 4 … at most 15 s), with a log line per try, until <paramref name="giveUpAfter"/>;
    /// then <see cref="DatabaseUnavailableException"/>. Any other failure stops at once.</summary>
    public static async Task MigrateAsync(IServiceProvider services, TimeSpan? giveUpAfter = null, ILogger? logger = null, CancellationToken ct = default)
    {
        var limit = giveUpAfter ?? TimeSpan.Zero;
        var watch = Stopwatch.StartNew();
        var pause = TimeSpan.FromSeconds(1);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem("opstart");
                await MigrateAloneAsync(scope.ServiceProvider.GetRequiredService<Vc2Db>(), ct);
                if (attempt > 1 && logger is not null)
                {
                    LogReached(logger, attempt, watch.Elapsed.TotalSeconds);
                }

                return;
            }
            catch (Exception ex) when (Refusal(ex) is { } refusal)
            {
                // The database answered, and said no: waiting will not change that, and a stack trace helps nobody.
                throw new DatabaseUnavailableException(refusal, ex);
            }
            catch (Exception ex) when (IsUnreachable(ex))
            {
                if (watch.Elapsed + pause > limit)
                {
                    throw new DatabaseUnavailableException(
                        $"Databasen kunne ikke nås inden for {limit.TotalSeconds:0} s ({attempt} forsøg; Database:StartupTimeoutSeconds): {Describe(ex)}", ex);
                }

                if (logger is not null)
                {
                    LogRetry(logger, attempt, Describe(ex), pause.TotalSeconds);
                }

                await Task.Delay(pause, ct);
                pause = TimeSpan.FromSeconds(Math.Min(pause.TotalSeconds * 2, 15));
            }
        }
    }

    /// <summary>The key of the PostgreSQL advisory lock that one migrating instance holds ("VC2_MIG").</summary>
    private const long MigrationLock = 0x5643325F4D4947;

    /// <summary>
    /// Migrates with a database-wide lock on PostgreSQL: instances that start together (a rolling deployment) take turns,
    /// and the ones after the first find nothing to do. Without it, two instances ran the same migration at once and one
    /// crashed ("column … already exists"). The lock is a session-level advisory lock on the connection the migration
    /// runs on: it ends with that connection, so an instance killed while migrating holds nobody up. (SQLite serialises
    /// writers itself, and EF Core's own migration lock covers it.)
    /// </summary>
    private static async Task MigrateAloneAsync(Vc2Db db, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            await RefuseUnknownHistoryAsync(db, ct);
            await db.Database.MigrateAsync(ct);
            return;
        }

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({MigrationLock})", ct);
            try
            {
                await RefuseUnknownHistoryAsync(db, ct);
                await db.Database.MigrateAsync(ct);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({MigrationLock})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Migrations are forward-only history (ADR 0014): a database whose history holds a migration this release does not
    /// know — made by a newer release, by another program, or by a release from before the history was fixed — is left
    /// as it is, and the start stops with one Danish line that names the migration and its date, instead of failing
    /// half-way with "relation … already exists".
    /// </summary>
    private static async Task RefuseUnknownHistoryAsync(Vc2Db db, CancellationToken ct)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(ct)).Where(m => !known.Contains(m)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        var newest = unknown[^1];
        var made = newest.Length >= 8 && DateOnly.TryParseExact(newest[..8], "yyyyMMdd", out var day) ? $" (fra {day:dd-MM-yyyy})" : "";
        throw new UnknownDatabaseHistoryException(
            $"Databasen er lavet af en udgave af VC2, som denne udgave ikke kender: den har migrationen {newest}{made}, og {unknown.Count} i alt, "
            + $"som ikke findes her (denne udgaves nyeste er {known.Order(StringComparer.Ordinal).LastOrDefault() ?? "ingen"}). Databasen er ikke ændret. "
            + "Start den udgave, der lavede databasen, eller en nyere; se README om opgradering.");
    }

    /// <summary>Whether the database holds any job centre yet (a new database holds none).</summary>
    public static async Task<bool> IsEmptyAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem("opstart");
        return !await scope.ServiceProvider.GetRequiredService<Vc2Db>().JobCentres.AnyAsync(ct);
    }

    /// <summary>What readiness needs to know: can the database be reached, and are migrations waiting (another
    /// instance may be migrating it).</summary>
    public static async Task<(bool Reachable, int PendingMigrations, string? Problem)> ReadinessAsync(IServiceProvider services, CancellationToken ct = default)
    {
        try
        {
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem("sundhedstjek");
            var db = scope.ServiceProvider.GetRequiredService<Vc2Db>().Database;
            if (!await db.CanConnectAsync(ct))
            {
                return (false, 0, "Databasen svarer ikke.");
            }

            return (true, (await db.GetPendingMigrationsAsync(ct)).Count(), null);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException)
        {
            return (false, 0, Describe(ex));
        }
    }

    /// <summary>A server that is down, starting or not reachable on the network — worth waiting for — as opposed to a
    /// wrong password or a broken migration, which waiting does not mend.</summary>
    private static bool IsUnreachable(Exception ex) => ex switch
    {
        NpgsqlException { IsTransient: true } => true,
        PostgresException { SqlState: "57P03" or "57P01" or "53300" } => true, // starting up, shutting down, too many connections
        SocketException or TimeoutException => true,
        _ => ex.InnerException is { } inner && IsUnreachable(inner),
    };

    /// <summary>The database's own refusals, as a Danish line that says what to mend; null for anything else.</summary>
    private static string? Refusal(Exception ex) => ex switch
    {
        PostgresException { SqlState: "28P01" or "28000" } p => $"Databasen afviste brugeren: forkert brugernavn eller adgangskode i ConnectionStrings:Default ({p.MessageText}).",
        PostgresException { SqlState: "3D000" } p => $"Databasen findes ikke på serveren: opret den, eller ret Database= i ConnectionStrings:Default ({p.MessageText}).",
        PostgresException { SqlState: "42501" } p => $"Databasebrugeren mangler rettigheder: VC2 skal kunne oprette og ændre tabeller i sin database ({p.MessageText}).",
        _ => ex.InnerException is { } inner ? Refusal(inner) : null,
    };

    private static string Describe(Exception ex) => (ex.InnerException is { } inner && ex is not PostgresException ? inner.Message : ex.Message).Split('\n')[0];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Databasen svarer ikke (forsøg {Attempt}): {Reason}. Nyt forsøg om {PauseSeconds} s.")]
    private static partial void LogRetry(ILogger logger, int attempt, string reason, double pauseSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Databasen svarer (forsøg {Attempt}, efter {Seconds:0.0} s).")]
    private static partial void LogReached(ILogger logger, int attempt, double seconds);
}
