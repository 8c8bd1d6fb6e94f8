using Vc2.Platform.Data;

namespace Vc2.Platform.Outbox;

public enum OutboxChannel
{
    Email = 1,
    Sms = 2,
}

/// <summary>
/// A message waiting for the mail or SMS gateway. VC2 only writes here, in the same transaction as what caused the
/// message, so a message is never lost nor sent for something that was not saved; a gateway reads the unsent rows,
/// opens <see cref="SealedBody"/> with the shared key (<see cref="OutboxSeal"/>), sends it, sets <see cref="SentAtUtc"/>
/// and clears <see cref="SealedBody"/>. See ADR 0011 and ADR 0018.
/// </summary>
[FeedsNoFigures]
public sealed class OutboxMessage : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid JobCentreId { get; set; }

    /// <summary>The citizen the message is about, so that showing it is in the citizen's access log.</summary>
    public Guid? CitizenId { get; set; }

    public OutboxChannel Channel { get; set; }

    public required string To { get; set; }

    public string? Subject { get; set; }

    /// <summary>The text as staff may see it: a personal link in it is masked.</summary>
    public string? Body { get; set; }

    /// <summary>The text to send, with the live link, sealed for the gateway; nobody in VC2 can read it.</summary>
    public string? SealedBody { get; set; }

    /// <summary>What the message is about, for the list of sent messages (no personal data).</summary>
    public required string Purpose { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? SentAtUtc { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
