using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vc2.Composition;
using Vc2.Platform.Data;
using Vc2.Platform.Security;
using Vc2.Platform.Users;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Platform;

/// <summary>Migrations are forward-only history: a database whose history holds a migration this release does not know
/// (a newer release, another program, a squashed history) is not touched, and the start stops with one Danish line and
/// exit code 1 — no stack trace, no half-applied migration.</summary>
public sealed class DatabaseHistoryTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private const string Foreign = "20991231000000_FromAFutureRelease";

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_database_with_a_history_this_release_does_not_know_stops_the_start_with_one_Danish_line(DatabaseProvider provider)
    {
        var sqliteFile = Path.Combine(Path.GetTempPath(), $"vc2-history-{Guid.NewGuid():N}.db");
        await using var postgres = provider == DatabaseProvider.Postgres ? await TestDatabase.CreateAsync(provider) : null;
        var settings = postgres?.Settings ?? new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={sqliteFile}");
        await using (var services = new ServiceCollection().AddLogging()
                         .AddVc2(settings, new CprKeyOptions { LookupKey = TestApp.LookupKey, EncryptionKey = TestApp.EncryptionKey }).BuildServiceProvider())
        {
            await DatabaseStartup.MigrateAsync(services);
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem("test");
            var db = scope.ServiceProvider.GetRequiredService<Vc2Db>();
            await db.Database.ExecuteSqlRawAsync($"INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('{Foreign}', '10.0.15')");
        }

        await using var vc2 = WebProcess.Start(new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = provider.ToString(),
            ["ConnectionStrings__Default"] = settings.ConnectionString,
            ["Cpr__LookupKey"] = TestApp.LookupKey,
            ["Cpr__EncryptionKey"] = TestApp.EncryptionKey,
            ["Outbox__SealingKey"] = TestApp.OutboxKey,
            ["Progress__PublicBaseUrl"] = TestApp.PublicBaseUrl,
            ["Bootstrap__AgencyAdmins"] = "admin@styrelsen.example",
            ["Oidc__Authority"] = "https://login.example.invalid/",
            ["Oidc__ClientId"] = "vc2",
        });

        Assert.Equal(1, await vc2.ExitAsync(TimeSpan.FromSeconds(90)));
        Assert.Contains("Databasen er lavet af en udgave af VC2, som denne udgave ikke kender", vc2.Output, StringComparison.Ordinal);
        Assert.Contains($"{Foreign} (fra 31-12-2099)", vc2.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", vc2.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", vc2.Output, StringComparison.Ordinal); // no stack trace
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(sqliteFile);
    }
}
