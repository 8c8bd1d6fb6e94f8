using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using MimeKit;

namespace Vc2.Platform.Outbox;

/// <summary>An outbox message as an e-mail: the plain text as written, and the same words as simple HTML with the
/// link clickable — nothing added, so no personal data beyond what the text already holds (a first name).</summary>
public static partial class MailText
{
    public static MimeMessage Compose(OutgoingMessage message, MailboxAddress to, MailboxAddress from)
    {
        ArgumentNullException.ThrowIfNull(message);
        var mail = new MimeMessage
        {
            Subject = message.Subject ?? "Besked fra jobcentret",
            // From the outbox row: a copy that somehow went twice carries the same id, which receiving servers can tell.
            MessageId = $"{message.Id:N}@{from.Domain}",
        };
        mail.From.Add(from);
        mail.To.Add(to);
        // Automatic replies ("out of office") are not sent back to a sender that says it is automatic (RFC 3834).
        mail.Headers.Add("Auto-Submitted", "auto-generated");
        mail.Body = new BodyBuilder { TextBody = message.Text, HtmlBody = Html(message.Subject, message.Text) }.ToMessageBody();
        return mail;
    }

    /// <summary>Paragraphs at blank lines, lines kept, addresses as links; everything else escaped.</summary>
    public static string Html(string? subject, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(subject ?? "Besked fra jobcentret")).Append("</title></head><body>");
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var escaped = WebUtility.HtmlEncode(paragraph.Trim('\n'));
            var linked = Address().Replace(escaped, m => $"<a href=\"{m.Value}\">{m.Value}</a>");
            html.Append("<p>").Append(linked.Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
        }

        return html.Append("</body></html>").ToString();
    }

    // An address in already escaped text: it ends at white space or a character that cannot end a sentence's link.
    [GeneratedRegex(@"https?://[^\s<>""]+[^\s<>"".,;:!?)]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: -1)]
    private static partial Regex Address();
}
