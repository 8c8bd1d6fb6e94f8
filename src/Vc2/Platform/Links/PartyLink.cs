using Vc2.Platform.Data;

namespace Vc2.Platform.Links;

/// <summary>The parties outside the job centre's desk, who see their own part of VC2 (ADR 0023).</summary>
public enum PartyKind
{
    Mentor = 1,
    Citizen = 2,
    Company = 3,
}

/// <summary>
/// A personal, one-time link for a mentor, a citizen or a company without a login of their own (ADR 0023), with the
/// protections of the measurement links (ADR 0011, ADR 0018): 256 random bits of which only the hash is stored, a last
/// moment, sent only through the outbox (sealed for the gateway, masked for staff), rate-limited. Opening it (a POST
/// from the page the link shows, so that a mail scanner fetching the address does not use it up) signs the holder in
/// as the party it was made for — a user of their own with the party's role in the job centre — and leads to
/// <see cref="Target"/>. It works once; each message brings a new one.
/// </summary>
[FeedsNoFigures]
public sealed class PartyLink : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid JobCentreId { get; set; }

    public required string TokenHash { get; set; }

    public PartyKind Party { get; set; }

    /// <summary>The mentor, citizen or company the link is for.</summary>
    public Guid SubjectId { get; set; }

    /// <summary>Where the link leads once opened (a path in VC2, e.g. the agreement to accept).</summary>
    public required string Target { get; set; }

    /// <summary>Why the link was sent, in Danish, for the outbox and the audit log.</summary>
    public required string Purpose { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime ExpiresAtUtc { get; set; }

    public DateTime? UsedAtUtc { get; set; }
}
