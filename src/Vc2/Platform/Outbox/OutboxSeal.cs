using System.Text;
using Vc2.Platform.Security;

namespace Vc2.Platform.Outbox;

/// <summary>The key waiting messages are sealed with (configuration <c>Outbox:SealingKey</c>, base64, 32 bytes).</summary>
public sealed class OutboxOptions
{
    public string? SealingKey { get; set; }
}

/// <summary>
/// Seals a message's full text — the one with the live personal link — until VC2's sender opens it (AES-GCM with a key
/// outside the database), so that neither staff nor anyone reading the database can answer as the mentor or the
/// citizen (ADR 0018, ADR 0027). Staff see <see cref="OutboxMessage.Body"/>, where the link is masked.
/// </summary>
public sealed class OutboxSeal
{
    private readonly byte[] _key;

    public OutboxSeal(OutboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _key = SecretBox.Key(options.SealingKey, "Outbox:SealingKey", "nøglen som udbakkens beskeder forsegles med, til de er sendt");
    }

    public string Seal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SecretBox.Seal(_key, Encoding.UTF8.GetBytes(text));
    }

    /// <summary>What the sender does just before sending: the full text back.</summary>
    public string Open(string sealedText) => Encoding.UTF8.GetString(SecretBox.Open(_key, sealedText, "en forseglet besked"));
}
