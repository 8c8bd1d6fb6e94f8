using Vc2.Platform.Data;

namespace Vc2.Platform.Outbox;

public enum OutboxChannel
{
    Email = 1,
    Sms = 2,
}

/// <summary>Where a message is on its way (ADR 0027).</summary>
public enum OutboxStatus
{
    /// <summary>Waiting to be sent: new, or back after a transient failure until <see cref="OutboxMessage.NextAttemptAtUtc"/>.</summary>
    Queued = 1,

    /// <summary>Handed to the mail server or SMS gateway, and the answer not yet recorded. A message left here by a
    /// stopped instance may have gone out, so it is never sent again (it becomes <see cref="Failed"/>).</summary>
    Sending = 2,

    Sent = 3,

    /// <summary>Given up: refused, or still failing after the last attempt. The caseworker is told to call.</summary>
    Failed = 4,
}

/// <summary>Whom a message is for, so that the caseworker is told whom to call when it cannot be sent.</summary>
public enum OutboxRecipient
{
    Other = 0,
    Citizen = 1,
    Mentor = 2,
    CompanyContact = 3,
}

/// <summary>
/// An e-mail or text message. It is written in the same transaction as what caused it, so a message is never lost nor
/// sent for something that was not saved; VC2's sender (<see cref="DeliverOutbox"/>) claims it under a lease, opens
/// <see cref="SealedBody"/>, sends it, records the answer and clears <see cref="SealedBody"/>, so that no live link
/// stays at rest. See ADR 0011, ADR 0018 and ADR 0027.
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

    public OutboxRecipient Recipient { get; set; }

    public string? Subject { get; set; }

    /// <summary>The text as staff may see it: a personal link in it is masked.</summary>
    public string? Body { get; set; }

    /// <summary>The text to send, with the live link, sealed for the gateway; nobody in VC2 can read it.</summary>
    public string? SealedBody { get; set; }

    /// <summary>What the message is about, for the list of sent messages (no personal data).</summary>
    public required string Purpose { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public OutboxStatus Status { get; set; } = OutboxStatus.Queued;

    /// <summary>Not before this moment (after a transient failure); null: at once.</summary>
    public DateTime? NextAttemptAtUtc { get; set; }

    /// <summary>The sender instance that has claimed the message, until <see cref="LeaseUntilUtc"/>.</summary>
    public string? LeaseOwner { get; set; }

    public DateTime? LeaseUntilUtc { get; set; }

    public DateTime? SentAtUtc { get; set; }

    /// <summary>What the mail server or SMS gateway answered when it took the message (e.g. "250 2.0.0 Ok: queued").</summary>
    public string? Receipt { get; set; }

    public DateTime? FailedAtUtc { get; set; }

    public int Attempts { get; set; }

    /// <summary>Why the last attempt failed, in Danish, with the server's own answer.</summary>
    public string? LastError { get; set; }
}
