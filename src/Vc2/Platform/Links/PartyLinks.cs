using Vc2.Platform.Data;
using Vc2.Platform.Outbox;

namespace Vc2.Platform.Links;

/// <summary>Where a party is reached, and the first name a message greets them by.</summary>
public sealed record Recipient(string FirstName, string? Email, string? Phone)
{
    /// <summary>The first name of a full name ("Anne Marie Jensen" → "Anne"): all a message may name of a person.</summary>
    public static string FirstNameOf(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        return fullName.Trim().Split(' ', 2)[0];
    }

    /// <summary>E-mail when there is an address, else a text message when there is a number; else none.</summary>
    public (OutboxChannel Channel, string To)? Address() =>
        !string.IsNullOrWhiteSpace(Email) ? (OutboxChannel.Email, Email.Trim())
        : !string.IsNullOrWhiteSpace(Phone) ? (OutboxChannel.Sms, Phone.Trim())
        : null;
}

/// <summary>What a message with a personal link says, as an e-mail and as a text message. Both hold
/// <see cref="PartyLinks.LinkPlaceholder"/> where the link goes, and no personal data beyond a first name (ADR 0023).</summary>
public sealed record LinkMessage(string Subject, string EmailText, string SmsText, string Purpose);

/// <summary>
/// Sends a party a one-time personal link (<see cref="PartyLink"/>) through the outbox, in the caller's unit of work:
/// the link's hash and the message are saved with what caused them, or not at all. The message's live text is sealed
/// for the gateway and staff see it with the link masked (ADR 0018); links start with the configured public address
/// only.
/// </summary>
public static class PartyLinks
{
    public const string LinkPlaceholder = "{link}";

    /// <summary>What staff see in place of the link.</summary>
    public const string Masked = "[personligt link]";

    /// <returns>Whom the message goes to, or null when the party has neither an e-mail address nor a phone number.</returns>
    public static string? Send(Vc2Db db, OutboxSeal seal, TimeProvider clock, string publicBaseUrl, TimeSpan validFor,
        PartyKind party, Guid subjectId, Guid jobCentreId, Guid? citizenId, string target, Recipient recipient, LinkMessage message)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(seal);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(message);
        if (recipient.Address() is not { } address)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var token = LinkToken.New();
        db.PartyLinks.Add(new PartyLink
        {
            JobCentreId = jobCentreId, TokenHash = LinkToken.Hash(token), Party = party, SubjectId = subjectId, Target = target, Purpose = message.Purpose,
            CreatedAtUtc = now, CreatedBy = db.CurrentUser.DisplayName, ExpiresAtUtc = now + validFor,
        });
        var link = $"{publicBaseUrl.TrimEnd('/')}/link/{token}";
        var text = (address.Channel == OutboxChannel.Email ? message.EmailText : message.SmsText).Replace(LinkPlaceholder, link, StringComparison.Ordinal);
        db.Outbox.Add(new OutboxMessage
        {
            JobCentreId = jobCentreId,
            CitizenId = citizenId,
            Channel = address.Channel,
            To = address.To,
            Recipient = party switch { PartyKind.Citizen => OutboxRecipient.Citizen, PartyKind.Mentor => OutboxRecipient.Mentor, _ => OutboxRecipient.CompanyContact },
            Subject = address.Channel == OutboxChannel.Email ? message.Subject : null,
            Body = text.Replace(link, $"{publicBaseUrl.TrimEnd('/')}/link/{Masked}", StringComparison.Ordinal),
            SealedBody = seal.Seal(text),
            Purpose = message.Purpose,
            CreatedAtUtc = now,
        });
        return address.To;
    }
}
