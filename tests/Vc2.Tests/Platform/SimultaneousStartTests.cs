using Vc2.Platform.Data;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Platform;

/// <summary>A rolling deployment: two instances in Production started at the same moment on one empty PostgreSQL
/// database. Their migrations are serialised — one migrates, the other waits and finds nothing to do — and both become
/// ready.</summary>
public sealed class SimultaneousStartTests
{
    [Fact]
    public async Task Two_instances_started_together_on_an_empty_database_both_become_ready()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable)))
        {
            Assert.Skip("Needs PostgreSQL (VC2_TEST_POSTGRES); ./test.sh and CI set it.");
        }

        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var settings = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Default"] = database.Settings.ConnectionString,
            ["Cpr__LookupKey"] = TestApp.LookupKey,
            ["Cpr__EncryptionKey"] = TestApp.EncryptionKey,
            ["Outbox__SealingKey"] = TestApp.OutboxKey,
            ["Progress__PublicBaseUrl"] = TestApp.PublicBaseUrl,
            ["Bootstrap__AgencyAdmins"] = "admin@styrelsen.example",
            ["Oidc__Authority"] = "https://login.example.invalid/",
            ["Oidc__ClientId"] = "vc2",
        };

        await using var a = WebProcess.Start(settings);
        await using var b = WebProcess.Start(settings);

        Assert.True(await a.ReadyAsync(TimeSpan.FromSeconds(120)), a.Output);
        Assert.True(await b.ReadyAsync(TimeSpan.FromSeconds(120)), b.Output);
        Assert.False(a.HasExited || b.HasExited);
    }
}
