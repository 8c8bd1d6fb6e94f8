using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vc2.CaseWork.Progress;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Links;
using Vc2.Platform.Outbox;
using Vc2.Tests.Infrastructure;
using static Vc2.Tests.Progress.ProgressTestData;

namespace Vc2.Tests.Platform;

/// <summary>
/// VC2 sends its own e-mail (ADR 0027), tested against a real SMTP server in the test process: each message once, with
/// text and HTML, over SMTPUTF8 for international addresses; no live link left in the database afterwards; a refused
/// recipient and a server that is down end as failures the caseworker sees, and the queue goes out when the server is
/// back; two senders at once send each message exactly once; a message interrupted mid-send is never sent again.
/// </summary>
public sealed class OutboxDeliveryTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    /// <summary>A sender pass as the background sender runs it, with the given channels and settings.</summary>
    internal static async Task<DeliverOutbox.Pass> PassAsync(TestApp app, string instance, IMessageChannel channel, DeliveryOptions? options = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sender = new DeliverOutbox(scope.ServiceProvider.GetRequiredService<Vc2Db>(), [channel], scope.ServiceProvider.GetRequiredService<OutboxSeal>(),
            options ?? new DeliveryOptions { RetryAfterSeconds = 0.05 }, TimeProvider.System);
        return await sender.RunAsync(instance);
    }

    internal static SmtpChannel Smtp(TestSmtpServer server) =>
        new(new SmtpOptions { Host = "127.0.0.1", Port = server.Port, From = "Jobcenter Test <vc2@jobcenter.example.dk>", Security = "None", TimeoutSeconds = 10 });

    private static async Task<(Guid RequestId, OutboxMessage Message)> InviteMentorAsync(TestApp app)
    {
        var result = await app.AsAsync<InviteRespondent, Result<InviteRespondent.Output>>(app.Data.CaseworkerA,
            s => s.RunAsync(app.Data.CitizenA, new InviteRespondent.Input(Respondent.Mentor, DeliveryChannel.Email)));
        var requestId = Assert.IsType<Result<InviteRespondent.Output>.Ok>(result).Value.RequestId;
        await using var scope = app.SystemScope(out var db);
        return (requestId, await db.Outbox.AsNoTracking().OrderByDescending(m => m.CreatedAtUtc).FirstAsync());
    }

    /// <summary>Queues <paramref name="count"/> sealed messages to distinct addresses, as a slice would.</summary>
    internal static async Task<List<Guid>> QueueAsync(TestApp app, int count, Func<int, string>? address = null)
    {
        await using var scope = app.SystemScope(out var db);
        var seal = scope.ServiceProvider.GetRequiredService<OutboxSeal>();
        var messages = Enumerable.Range(0, count).Select(i => new OutboxMessage
        {
            JobCentreId = app.Data.CentreA, CitizenId = app.Data.CitizenA, Channel = OutboxChannel.Email, To = address?.Invoke(i) ?? $"modtager{i}@alfa.example",
            Recipient = OutboxRecipient.Mentor, Subject = "Besked", Body = "Hej [personligt link]", SealedBody = seal.Seal($"Hej nummer {i}: https://vc2.example.dk/link/{LinkToken.New()}"),
            Purpose = "Test", CreatedAtUtc = DateTime.UtcNow.AddSeconds(-count + i),
        }).ToList();
        db.Outbox.AddRange(messages);
        await db.SaveChangesAsync();
        return messages.Select(m => m.Id).ToList();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_measurement_link_goes_out_once_as_text_and_html_and_no_live_link_stays_in_the_database(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await using var smtp = await TestSmtpServer.StartAsync();
        await StartPlacementAAsync(app);
        var (requestId, queued) = await InviteMentorAsync(app);
        Assert.Equal((OutboxStatus.Queued, OutboxRecipient.Mentor), (queued.Status, queued.Recipient));

        Assert.Equal(new DeliverOutbox.Pass(1, 0, 0), await PassAsync(app, "A", Smtp(smtp)));
        Assert.Equal(new DeliverOutbox.Pass(0, 0, 0), await PassAsync(app, "A", Smtp(smtp))); // nothing twice

        var mail = Assert.Single(smtp.Messages);
        Assert.Equal(["mette@alfa.example"], mail.To);
        Assert.Equal("Progressionsmåling i Virksomhedscenter", mail.Message.Subject);
        Assert.Equal($"{queued.Id:N}@jobcenter.example.dk", mail.Message.MessageId);
        Assert.Equal("auto-generated", mail.Message.Headers["Auto-Submitted"]);
        var token = TokenIn(mail.Text);
        Assert.Contains($"<a href=\"https://vc2.example.dk/svar/{token}\">", mail.Html, StringComparison.Ordinal);
        Assert.StartsWith("Hej Mette", mail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Alfasen", mail.Text + mail.Html, StringComparison.Ordinal); // the citizen by first name only

        await using var scope = app.SystemScope(out var db);
        var sent = await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == queued.Id);
        Assert.Equal((OutboxStatus.Sent, 1, null, null), (sent.Status, sent.Attempts, sent.SealedBody, sent.LastError));
        Assert.NotNull(sent.SentAtUtc);
        Assert.Equal("250 Ok", sent.Receipt);
        Assert.Equal(LinkToken.Hash(token), (await db.MeasurementRequests.SingleAsync(r => r.Id == requestId)).TokenHash);
        // No live link at rest: not in any column of the row (read raw, as someone with the database would).
        Assert.Equal(0, await db.Outbox.CountAsync(m => (m.Body + m.SealedBody + m.Subject + m.Receipt).Contains(token)));

        // The link the mentor got opens the answer form; the outbox page shows the message as sent, without the token.
        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync($"/svar/{token}")).StatusCode);
        var outbox = await (await app.LoginAsync(app.Data.ProjectLeaderA)).GetStringAsync("/udbakke");
        Assert.Contains("Sendt", outbox, StringComparison.Ordinal);
        Assert.DoesNotContain(token, outbox, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task International_addresses_go_out_over_SMTPUTF8(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await using var smtp = await TestSmtpServer.StartAsync();
        string[] addresses = ["dorthe@møbelsnedkeriet.example.dk", "søren@æblehaven.example.dk"];
        await QueueAsync(app, 2, i => addresses[i]);

        Assert.Equal(2, (await PassAsync(app, "A", Smtp(smtp))).Sent);

        Assert.All(smtp.Messages, m => Assert.True(m.Utf8, "MAIL FROM asked for SMTPUTF8"));
        var to = smtp.Messages.Select(m => m.Message.To.Mailboxes.Single().Address).Select(a => a.Split('@')[0] + "@" + new System.Globalization.IdnMapping().GetUnicode(a.Split('@')[1]));
        Assert.Equal(addresses, to.Order());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_refused_recipient_fails_at_once_with_the_servers_answer_and_the_caseworker_is_told_to_call(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await using var smtp = await TestSmtpServer.StartAsync();
        smtp.Refuse("mette@alfa.example");
        await StartPlacementAAsync(app);
        var (_, queued) = await InviteMentorAsync(app);
        await QueueAsync(app, 1);

        Assert.Equal(new DeliverOutbox.Pass(1, 0, 1), await PassAsync(app, "A", Smtp(smtp)));

        Assert.Equal(["modtager0@alfa.example"], Assert.Single(smtp.Messages).To); // the refusal did not stop the batch
        await using (var scope = app.SystemScope(out var db))
        {
            var failed = await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == queued.Id);
            Assert.Equal((OutboxStatus.Failed, 1, null), (failed.Status, failed.Attempts, failed.SealedBody));
            Assert.Contains("550", failed.LastError, StringComparison.Ordinal);
            Assert.Contains("afviste modtageren", failed.LastError, StringComparison.Ordinal);
        }

        var caseworker = await app.LoginAsync(app.Data.CaseworkerA);
        foreach (var page in new[] { $"/borgere/{app.Data.CitizenA}", "/mine-borgere" })
        {
            var html = WebUtility.HtmlDecode(await caseworker.GetStringAsync(page));
            Assert.Contains("Linket kunne ikke sendes – ring til mentoren", html, StringComparison.Ordinal);
            Assert.Contains("550", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_server_that_is_down_is_tried_again_then_given_up_and_the_queue_goes_out_when_it_is_back(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var smtp = new TestSmtpServer(); // not listening: connections are refused
        await using var _ = smtp;
        var options = new DeliveryOptions { MaxAttempts = 3, RetryAfterSeconds = 0.05 };
        var first = Assert.Single(await QueueAsync(app, 1));

        Assert.Equal(new DeliverOutbox.Pass(0, 1, 0), await PassAsync(app, "A", Smtp(smtp), options));
        await using (var scope = app.SystemScope(out var db))
        {
            var waiting = await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == first);
            Assert.Equal((OutboxStatus.Queued, 1), (waiting.Status, waiting.Attempts));
            Assert.Contains("afviste forbindelsen", waiting.LastError, StringComparison.Ordinal);
            Assert.True(waiting.NextAttemptAtUtc > DateTime.UtcNow.AddSeconds(-1));
            Assert.NotNull(waiting.SealedBody); // still to be sent
        }

        await Task.Delay(150);
        Assert.Equal(new DeliverOutbox.Pass(0, 1, 0), await PassAsync(app, "A", Smtp(smtp), options));
        await Task.Delay(250);
        Assert.Equal(new DeliverOutbox.Pass(0, 0, 1), await PassAsync(app, "A", Smtp(smtp), options));
        await using (var scope = app.SystemScope(out var db))
        {
            var failed = await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == first);
            Assert.Equal((OutboxStatus.Failed, 3, null), (failed.Status, failed.Attempts, failed.SealedBody));
            Assert.StartsWith("Opgivet efter 3 forsøg. Sidste svar: Mailserveren 127.0.0.1:", failed.LastError, StringComparison.Ordinal);
        }

        // Two more wait while the server is down; when it is back they go out, and the given-up one does not.
        var later = await QueueAsync(app, 2);
        Assert.Equal(new DeliverOutbox.Pass(0, 2, 0), await PassAsync(app, "A", Smtp(smtp), options));
        await smtp.StartListeningAsync();
        await Task.Delay(150);
        Assert.Equal(new DeliverOutbox.Pass(2, 0, 0), await PassAsync(app, "A", Smtp(smtp), options));
        Assert.Equal(2, smtp.Messages.Count);
        await using (var scope = app.SystemScope(out var db))
        {
            Assert.Equal(2, await db.Outbox.CountAsync(m => later.Contains(m.Id) && m.Status == OutboxStatus.Sent && m.Attempts == 2));
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Two_senders_at_once_send_each_message_exactly_once(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await using var smtp = await TestSmtpServer.StartAsync();
        var ids = await QueueAsync(app, 40);
        var options = new DeliveryOptions { BatchSize = 5 };

        async Task<int> RunUntilEmptyAsync(string instance)
        {
            var sent = 0;
            for (var pass = await PassAsync(app, instance, Smtp(smtp), options); pass.Sent > 0 || await QueuedAsync() > 0; pass = await PassAsync(app, instance, Smtp(smtp), options))
            {
                sent += pass.Sent;
            }

            return sent;
        }

        async Task<int> QueuedAsync()
        {
            await using var scope = app.SystemScope(out var db);
            return await db.Outbox.CountAsync(m => m.Status == OutboxStatus.Queued);
        }

        var counts = await Task.WhenAll(Task.Run(() => RunUntilEmptyAsync("A")), Task.Run(() => RunUntilEmptyAsync("B")));

        Assert.Equal(40, counts.Sum());
        Assert.Equal(40, smtp.Messages.Count); // counted at the server
        Assert.Equal(ids.Select(id => $"{id:N}@jobcenter.example.dk").Order(), smtp.Messages.Select(m => m.Message.MessageId).Order());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_message_left_mid_send_by_a_stopped_instance_is_given_up_and_never_sent_again(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await using var smtp = await TestSmtpServer.StartAsync();
        var id = Assert.Single(await QueueAsync(app, 1));
        await using (var scope = app.SystemScope(out var db))
        {
            // What a killed instance leaves: marked as being handed over, its lease run out.
            await db.Outbox.Where(m => m.Id == id).ExecuteUpdateAsync(u => u.SetProperty(m => m.Status, OutboxStatus.Sending)
                .SetProperty(m => m.LeaseOwner, "dead").SetProperty(m => m.LeaseUntilUtc, DateTime.UtcNow.AddSeconds(-1)).SetProperty(m => m.Attempts, 1));
        }

        Assert.Equal(new DeliverOutbox.Pass(0, 0, 0), await PassAsync(app, "B", Smtp(smtp)));

        Assert.Empty(smtp.Messages);
        await using (var scope = app.SystemScope(out var db))
        {
            var row = await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id);
            Assert.Equal((OutboxStatus.Failed, null, null), (row.Status, row.SealedBody, row.LeaseOwner));
            Assert.StartsWith("Det er uvist, om beskeden nåede frem", row.LastError, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Settings_that_cannot_work_are_named_in_Danish()
    {
        Assert.Empty(new SmtpOptions().Problems()); // no host: no e-mail, as in the demo
        var smtp = new SmtpOptions { Host = "mail.example.dk", Security = "Ssl", Port = 70000, UserName = "vc2" }.Problems().ToList();
        Assert.Contains(smtp, p => p.StartsWith("Smtp:Security skal være None, StartTls eller SslOnConnect", StringComparison.Ordinal));
        Assert.Contains(smtp, p => p.StartsWith("Smtp:Port", StringComparison.Ordinal));
        Assert.Contains(smtp, p => p.StartsWith("Smtp:From", StringComparison.Ordinal));
        Assert.Contains(smtp, p => p.StartsWith("Smtp:Password", StringComparison.Ordinal));
        Assert.Equal(587, new SmtpOptions { Host = "h" }.EffectivePort);
        Assert.Equal(465, new SmtpOptions { Host = "h", Security = "SslOnConnect" }.EffectivePort);

        var sms = new SmsOptions { Endpoint = "http://gateway.example.dk/sms", Sender = "Jobcenter Aarhus" }.Problems().ToList();
        Assert.Equal(3, sms.Count); // http to another machine, no key, a sender longer than 11
        Assert.Empty(new SmsOptions { Endpoint = "https://gateway.example.dk/sms", ApiKey = "k", Sender = "Jobcenter" }.Problems());
    }
}
