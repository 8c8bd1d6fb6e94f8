using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vc2.Composition;
using Vc2.Platform.Data;
using Vc2.Platform.Links;
using Vc2.Platform.Outbox;
using Vc2.Platform.Security;
using Vc2.Platform.Users;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Platform;

/// <summary>Two VC2 processes on one PostgreSQL, both running the sender against one real SMTP server: each message
/// arrives exactly once (counted at the server), and no live link is in either process's log (ADR 0027).</summary>
public sealed class TwoSendersTests
{
    private const int Count = 60;

    [Fact]
    public async Task Two_instances_sending_at_once_deliver_each_message_exactly_once()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable)))
        {
            Assert.Skip("Needs PostgreSQL (VC2_TEST_POSTGRES); ./test.sh and CI set it.");
        }

        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var smtp = await TestSmtpServer.StartAsync();
        var tokens = await QueueAsync(database.Settings);
        var settings = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Default"] = database.Settings.ConnectionString,
            ["Cpr__LookupKey"] = TestApp.LookupKey,
            ["Cpr__EncryptionKey"] = TestApp.EncryptionKey,
            ["Outbox__SealingKey"] = TestApp.OutboxKey,
            ["Outbox__PollSeconds"] = "0.3",
            ["Outbox__BatchSize"] = "4",
            ["Progress__PublicBaseUrl"] = TestApp.PublicBaseUrl,
            ["Demo__Enabled"] = "true",
            ["Demo__SeedOnEmptyDatabase"] = "false",
        };
        foreach (var (key, value) in smtp.Settings("Smtp__"))
        {
            settings[key] = value;
        }

        await using var a = WebProcess.Start(settings);
        await using var b = WebProcess.Start(settings);
        Assert.True(await a.ReadyAsync(TimeSpan.FromSeconds(90)), a.Output);
        Assert.True(await b.ReadyAsync(TimeSpan.FromSeconds(90)), b.Output);

        var received = await smtp.WaitForAsync(Count, TimeSpan.FromSeconds(90));
        await Task.Delay(TimeSpan.FromSeconds(3)); // a second copy would come within a few passes
        received = smtp.Messages;

        Assert.Equal(Count, received.Count);
        Assert.Equal(Count, received.Select(m => m.Message.MessageId).Distinct().Count());
        Assert.All(tokens, t => Assert.Single(received, m => m.Text.Contains(t, StringComparison.Ordinal)));
        foreach (var output in new[] { a.Output, b.Output })
        {
            Assert.DoesNotContain(tokens, t => output.Contains(t, StringComparison.Ordinal));
        }

        await using var scope = Services(database.Settings).CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem("test");
        var db = scope.ServiceProvider.GetRequiredService<Vc2Db>();
        Assert.Equal(Count, await db.Outbox.CountAsync(m => m.Status == OutboxStatus.Sent && m.SealedBody == null && m.Attempts == 1));
    }

    private static ServiceProvider Services(DatabaseSettings settings) =>
        new ServiceCollection().AddLogging()
            .AddVc2(settings, new CprKeyOptions { LookupKey = TestApp.LookupKey, EncryptionKey = TestApp.EncryptionKey })
            .BuildServiceProvider();

    /// <summary>A migrated database with the test data and <see cref="Count"/> sealed messages with live links.</summary>
    private static async Task<List<string>> QueueAsync(DatabaseSettings settings)
    {
        await using var services = Services(settings);
        await DatabaseStartup.MigrateAsync(services);
        var data = await TestData.SeedAsync(services);
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem("test");
        var db = scope.ServiceProvider.GetRequiredService<Vc2Db>();
        var seal = new OutboxSeal(new OutboxOptions { SealingKey = TestApp.OutboxKey });
        var tokens = Enumerable.Range(0, Count).Select(_ => LinkToken.New()).ToList();
        db.Outbox.AddRange(tokens.Select((token, i) => new OutboxMessage
        {
            JobCentreId = data.CentreA, Channel = OutboxChannel.Email, To = $"mentor{i}@alfa.example", Subject = "Besked", Body = "[personligt link]",
            SealedBody = seal.Seal($"Hej: {TestApp.PublicBaseUrl}/link/{token}"), Purpose = "Test", CreatedAtUtc = DateTime.UtcNow,
        }));
        await db.SaveChangesAsync();
        return tokens;
    }
}
