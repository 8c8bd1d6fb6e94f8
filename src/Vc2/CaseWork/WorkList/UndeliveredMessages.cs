using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Data;
using Vc2.Platform.Outbox;

namespace Vc2.CaseWork.WorkList;

/// <summary>
/// The messages VC2 gave up sending (ADR 0027), for the citizen's page and the work list: the personal link did not
/// reach the citizen, mentor or company, so the caseworker is to call them. A failure is shown for 30 days, and no longer
/// once a newer message of the same kind has reached the same address.
/// </summary>
public sealed class UndeliveredMessages(Vc2Db db, TimeProvider clock)
{
    private const int ShownDays = 30;

    public sealed record Row(Guid CitizenId, string CitizenName, OutboxRecipient Recipient, string To, string Purpose, DateTime FailedAtUtc, string? Reason)
    {
        /// <summary>What the caseworker is to do, in plain Danish.</summary>
        public string Advice => "Linket kunne ikke sendes – ring til " + Recipient switch
        {
            OutboxRecipient.Citizen => "borgeren",
            OutboxRecipient.Mentor => "mentoren",
            OutboxRecipient.CompanyContact => "virksomhedens kontaktperson",
            _ => "modtageren",
        };
    }

    public Task<IReadOnlyList<Row>> ForCitizenAsync(Guid citizenId, CancellationToken ct = default) =>
        ReadAsync(db.Citizens.Where(c => c.Id == citizenId), ct);

    /// <summary>For the work list: the caseworker's own citizens, or all of the job centre's.</summary>
    public Task<IReadOnlyList<Row>> ForWorkListAsync(bool allOfJobCentre, CancellationToken ct = default)
    {
        var me = db.CurrentUser.UserId;
        return ReadAsync(db.Citizens.Where(c => allOfJobCentre || c.CoordinatingCaseworkerId == me), ct);
    }

    private async Task<IReadOnlyList<Row>> ReadAsync(IQueryable<CaseWork.Citizens.Citizen> citizens, CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-ShownDays);
        var outbox = db.Outbox;
        var rows = await (
                from m in outbox
                join c in citizens on m.CitizenId equals (Guid?)c.Id
                where m.Status == OutboxStatus.Failed && m.FailedAtUtc >= since
                      && !outbox.Any(n => n.To == m.To && n.Purpose == m.Purpose && n.Status == OutboxStatus.Sent && n.CreatedAtUtc > m.CreatedAtUtc)
                orderby m.FailedAtUtc descending
                select new Row(c.Id, c.FirstName + " " + c.LastName, m.Recipient, m.To, m.Purpose, m.FailedAtUtc!.Value, m.LastError))
            .Take(100).ToListAsync(ct);
        return rows;
    }
}
