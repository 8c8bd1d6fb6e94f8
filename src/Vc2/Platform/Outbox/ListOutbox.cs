using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Data;

namespace Vc2.Platform.Outbox;

/// <summary>The messages of the user's job centres, waiting, sent or given up, newest first. The messages name
/// the citizen they are about and the recipient, so each citizen shown has the read in their access log.</summary>
public sealed class ListOutbox(Vc2Db db, TimeProvider clock)
{
    public sealed record Row(Guid Id, OutboxChannel Channel, string To, string? Subject, string? Body, string Purpose, DateTime CreatedAtUtc, OutboxStatus Status,
        DateTime? SentAtUtc, string? Receipt, DateTime? NextAttemptAtUtc, int Attempts, string? LastError);

    public async Task<IReadOnlyList<Row>> RunAsync(int take = 200, CancellationToken ct = default)
    {
        var messages = await db.Outbox.OrderByDescending(m => m.CreatedAtUtc).Take(take)
            .Select(m => new { Row = new Row(m.Id, m.Channel, m.To, m.Subject, m.Body, m.Purpose, m.CreatedAtUtc, m.Status, m.SentAtUtc, m.Receipt, m.NextAttemptAtUtc, m.Attempts, m.LastError), m.CitizenId, m.JobCentreId })
            .ToListAsync(ct);
        AuditLog.AddForEach(db, clock, AuditAction.Read, messages.Where(m => m.CitizenId is not null).Select(m => (m.CitizenId!.Value, m.JobCentreId)), "Udbakken");
        await db.SaveChangesAsync(ct);
        return messages.Select(m => m.Row).ToList();
    }
}
