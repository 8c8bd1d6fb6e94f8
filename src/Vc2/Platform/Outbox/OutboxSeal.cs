using System.Security.Cryptography;
using System.Text;

namespace Vc2.Platform.Outbox;

/// <summary>The key the mail and SMS gateway shares with VC2 (configuration <c>Outbox:SealingKey</c>, base64, 32 bytes).</summary>
public sealed class OutboxOptions
{
    public string? SealingKey { get; set; }
}

/// <summary>
/// Seals a message's full text — the one with the live personal link — for the gateway (AES-GCM with a key outside the
/// database), so that neither staff nor anyone reading the database can answer as the mentor or the citizen (issue 14,
/// ADR 0018). Staff see <see cref="OutboxMessage.Body"/>, where the link is masked.
/// </summary>
public sealed class OutboxSeal
{
    private const string Prefix = "v1:";
    private readonly byte[] _key;

    public OutboxSeal(OutboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.SealingKey))
        {
            throw new InvalidOperationException("Konfigurationen mangler Outbox:SealingKey (32 byte, base64): nøglen som mail- og sms-gatewayen "
                                                + "åbner beskederne med. Se README, afsnittet om drift.");
        }

        try
        {
            _key = Convert.FromBase64String(options.SealingKey);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException("Outbox:SealingKey er ikke gyldig base64.");
        }

        if (_key.Length != 32)
        {
            throw new InvalidOperationException("Outbox:SealingKey skal være 32 byte.");
        }
    }

    public string Seal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = Encoding.UTF8.GetBytes(text);
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        var cipher = new byte[plain.Length];
        using var aes = new AesGcm(_key, tag.Length);
        aes.Encrypt(nonce, plain, cipher, tag);
        return Prefix + Convert.ToBase64String([.. nonce, .. tag, .. cipher]);
    }

    /// <summary>What the gateway does before sending: the full text back.</summary>
    public string Open(string sealedText)
    {
        ArgumentNullException.ThrowIfNull(sealedText);
        if (!sealedText.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new CryptographicException("Ukendt format for en forseglet besked.");
        }

        var bytes = Convert.FromBase64String(sealedText[Prefix.Length..]);
        var nonceSize = AesGcm.NonceByteSizes.MaxSize;
        var tagSize = AesGcm.TagByteSizes.MaxSize;
        var plain = new byte[bytes.Length - nonceSize - tagSize];
        using var aes = new AesGcm(_key, tagSize);
        aes.Decrypt(bytes.AsSpan(0, nonceSize), bytes.AsSpan(nonceSize + tagSize), bytes.AsSpan(nonceSize, tagSize), plain);
        return Encoding.UTF8.GetString(plain);
    }
}
