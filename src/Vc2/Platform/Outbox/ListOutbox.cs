using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Data;

namespace Vc2.Platform.Outbox;

/// <summary>The messages of the user's job centres waiting for or sent by the gateway, newest first.</summary>
public sealed class ListOutbox(Vc2Db db)
{
    public sealed record Row(Guid Id, OutboxChannel Channel, string To, string? Subject, string? Body, string Purpose, DateTime CreatedAtUtc, DateTime? SentAtUtc,
        int Attempts, string? LastError);

    public async Task<IReadOnlyList<Row>> RunAsync(int take = 200, CancellationToken ct = default) =>
        await db.Outbox.OrderByDescending(m => m.CreatedAtUtc).Take(take)
            .Select(m => new Row(m.Id, m.Channel, m.To, m.Subject, m.Body, m.Purpose, m.CreatedAtUtc, m.SentAtUtc, m.Attempts, m.LastError))
            .ToListAsync(ct);
}
