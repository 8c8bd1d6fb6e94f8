using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Data;

namespace Vc2.Platform.Outbox;

/// <summary>
/// One pass of VC2's sender (ADR 0027), run by every instance: each configured channel's due messages are claimed under
/// a lease (a conditional update, so of two instances only one gets a message), connected to once, and sent one by one.
/// <para>
/// A message is never sent twice. Just before it is handed over it is marked <see cref="OutboxStatus.Sending"/>; the
/// server's answer is recorded right after. If the instance stops in between — a window of one SMTP exchange or HTTP
/// request and one update — the message stays marked, and when its lease runs out it is given up as uncertain instead
/// of sent again: the caseworker is told to call. Everything else that fails before the hand-over is safe to try again.
/// </para>
/// Once a message is sent or given up its sealed text is cleared, so no live link stays at rest.
/// </summary>
public sealed class DeliverOutbox(Vc2Db db, IEnumerable<IMessageChannel> channels, OutboxSeal seal, DeliveryOptions options, TimeProvider clock)
{
    public sealed record Pass(int Sent, int Deferred, int Failed);

    /// <param name="instance">This instance's name, for the lease.</param>
    public async Task<Pass> RunAsync(string instance, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instance);
        db.CurrentUser.AsSystem("udbakke");
        await GiveUpInterruptedAsync(ct);
        var tally = new Tally();
        foreach (var channel in channels)
        {
            var claimed = await ClaimAsync(channel.Channel, instance, ct);
            if (claimed.Count == 0)
            {
                continue;
            }

            IChannelConnection connection;
            try
            {
                connection = await channel.ConnectAsync(ct);
            }
            catch (ChannelUnavailableException ex)
            {
                foreach (var id in claimed)
                {
                    tally.Count(await RecordAsync(id, instance, new SendOutcome.Deferred(ex.Message), attemptCounted: false, ct));
                }

                continue;
            }

            await using (connection)
            {
                // A stop between messages leaves the rest claimed but untouched: another instance takes them when the lease ends.
                foreach (var id in claimed.TakeWhile(_ => !ct.IsCancellationRequested))
                {
                    tally.Count(await SendOneAsync(connection, id, instance, ct));
                }
            }
        }

        return new Pass(tally.Sent, tally.Deferred, tally.Failed);
    }

    /// <summary>Messages an instance marked as being handed over and never answered for: they may have gone out.</summary>
    private async Task GiveUpInterruptedAsync(CancellationToken ct)
    {
        var now = Now;
        await db.Outbox.Where(m => m.Status == OutboxStatus.Sending && m.LeaseUntilUtc < now)
            .ExecuteUpdateAsync(u => u
                .SetProperty(m => m.Status, OutboxStatus.Failed)
                .SetProperty(m => m.FailedAtUtc, now)
                .SetProperty(m => m.SealedBody, (string?)null)
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeaseUntilUtc, (DateTime?)null)
                .SetProperty(m => m.LastError, "Det er uvist, om beskeden nåede frem: VC2 stoppede, mens den blev sendt. Den sendes ikke igen."), ct);
    }

    /// <summary>Due messages of the channel, oldest first, each taken only if no other instance holds it.</summary>
    private async Task<List<Guid>> ClaimAsync(OutboxChannel channel, string instance, CancellationToken ct)
    {
        var now = Now;
        var due = await Due(channel, now).OrderBy(m => m.CreatedAtUtc).Select(m => m.Id).Take(Math.Max(1, options.BatchSize)).ToListAsync(ct);
        var claimed = new List<Guid>();
        foreach (var id in due)
        {
            var until = now + options.Lease;
            if (await Due(channel, now).Where(m => m.Id == id)
                    .ExecuteUpdateAsync(u => u.SetProperty(m => m.LeaseOwner, instance).SetProperty(m => m.LeaseUntilUtc, until), ct) == 1)
            {
                claimed.Add(id);
            }
        }

        return claimed;
    }

    private IQueryable<OutboxMessage> Due(OutboxChannel channel, DateTime now) =>
        db.Outbox.Where(m => m.Status == OutboxStatus.Queued && m.Channel == channel
                             && (m.NextAttemptAtUtc == null || m.NextAttemptAtUtc <= now)
                             && (m.LeaseUntilUtc == null || m.LeaseUntilUtc < now));

    private async Task<OutboxStatus?> SendOneAsync(IChannelConnection connection, Guid id, string instance, CancellationToken ct)
    {
        var row = await Mine(id, instance).AsNoTracking().Select(m => new { m.To, m.Subject, m.SealedBody }).SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return null; // the lease ran out and another instance has it
        }

        string text;
        try
        {
            text = row.SealedBody is null ? throw new CryptographicException("ingen tekst") : seal.Open(row.SealedBody);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return await RecordAsync(id, instance, new SendOutcome.Refused("Beskedens tekst kan ikke åbnes (den mangler, eller Outbox:SealingKey er en anden end da den blev skrevet)."),
                attemptCounted: false, ct);
        }

        var now = Now;
        if (await Mine(id, instance).Where(m => m.Status == OutboxStatus.Queued)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.Status, OutboxStatus.Sending).SetProperty(m => m.Attempts, m => m.Attempts + 1)
                    .SetProperty(m => m.LeaseUntilUtc, now + options.Lease), ct) != 1)
        {
            return null;
        }

        SendOutcome outcome;
        try
        {
            // Not cancelled by a stopping app once begun: the channel's own timeout bounds it, and an answer is better
            // than a message left uncertain.
            outcome = await connection.SendAsync(new OutgoingMessage(id, row.To, row.Subject, text), CancellationToken.None);
        }
        catch (Exception ex)
        {
            outcome = new SendOutcome.Uncertain($"Afsendelsen fejlede uventet ({ex.GetType().Name}).");
        }

        // Recorded even when the app is stopping: the message has been handed over, and the record closes the window.
        return await RecordAsync(id, instance, outcome, attemptCounted: true, CancellationToken.None);
    }

    private IQueryable<OutboxMessage> Mine(Guid id, string instance) => db.Outbox.Where(m => m.Id == id && m.LeaseOwner == instance);

    private async Task<OutboxStatus?> RecordAsync(Guid id, string instance, SendOutcome outcome, bool attemptCounted, CancellationToken ct)
    {
        var now = Now;
        var attempts = await Mine(id, instance).Select(m => m.Attempts).SingleOrDefaultAsync(ct) + (attemptCounted ? 0 : 1);
        var status = outcome switch
        {
            SendOutcome.Sent => OutboxStatus.Sent,
            SendOutcome.Deferred when attempts < options.MaxAttempts => OutboxStatus.Queued,
            _ => OutboxStatus.Failed,
        };
        var error = outcome switch
        {
            SendOutcome.Sent => null,
            SendOutcome.Deferred when status == OutboxStatus.Failed => $"Opgivet efter {attempts} forsøg. Sidste svar: {outcome.Text}",
            SendOutcome.Uncertain => $"Det er uvist, om beskeden nåede frem, så den sendes ikke igen: {outcome.Text}",
            _ => outcome.Text,
        };
        var next = status == OutboxStatus.Queued ? now + options.RetryAfter(attempts) : (DateTime?)null;
        var updated = await Mine(id, instance).ExecuteUpdateAsync(u => u
            .SetProperty(m => m.Status, status)
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.LastError, error)
            .SetProperty(m => m.NextAttemptAtUtc, next)
            .SetProperty(m => m.SentAtUtc, status == OutboxStatus.Sent ? now : (DateTime?)null)
            .SetProperty(m => m.Receipt, outcome is SendOutcome.Sent ? outcome.Text : null)
            .SetProperty(m => m.FailedAtUtc, status == OutboxStatus.Failed ? now : (DateTime?)null)
            .SetProperty(m => m.SealedBody, m => status == OutboxStatus.Queued ? m.SealedBody : null)
            .SetProperty(m => m.LeaseOwner, (string?)null)
            .SetProperty(m => m.LeaseUntilUtc, (DateTime?)null), ct);
        return updated == 1 ? status : null;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private sealed class Tally
    {
        public int Sent { get; private set; }

        public int Deferred { get; private set; }

        public int Failed { get; private set; }

        public void Count(OutboxStatus? status)
        {
            switch (status)
            {
                case OutboxStatus.Sent: Sent++; break;
                case OutboxStatus.Queued: Deferred++; break;
                case OutboxStatus.Failed: Failed++; break;
            }
        }
    }
}
