using System.Security.Cryptography;

namespace Vc2.Platform.Security;

/// <summary>
/// AES-GCM with a 32-byte key from configuration, stored as text: "v1:" and base64 of nonce, tag and ciphertext. One
/// format for everything VC2 keeps encrypted — CPR numbers (ADR 0004) and the outbox's sealed messages (ADR 0018).
/// </summary>
public static class SecretBox
{
    private const string Prefix = "v1:";

    /// <summary>A key setting: required, base64, 32 bytes; a wrong one stops the start with its name.</summary>
    /// <param name="purpose">What the key is for, added to the message when it is missing.</param>
    public static byte[] Key(string? base64, string name, string? purpose = null)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            throw new InvalidOperationException($"Konfigurationen mangler {name} (32 byte, base64){(purpose is null ? "" : ": " + purpose)}. Se README, afsnittet om drift.");
        }

        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{name} er ikke gyldig base64.");
        }

        return key.Length == 32 ? key : throw new InvalidOperationException($"{name} skal være 32 byte.");
    }

    public static string Seal(byte[] key, byte[] plain)
    {
        ArgumentNullException.ThrowIfNull(plain);
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var cipher = new byte[plain.Length];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        using var aes = new AesGcm(key, tag.Length);
        aes.Encrypt(nonce, plain, cipher, tag);
        return Prefix + Convert.ToBase64String([.. nonce, .. tag, .. cipher]);
    }

    /// <param name="what">What the text is, for the message when it is not in this format.</param>
    public static byte[] Open(byte[] key, string sealedText, string what)
    {
        ArgumentNullException.ThrowIfNull(sealedText);
        if (!sealedText.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new CryptographicException($"Ukendt format for {what}.");
        }

        var bytes = Convert.FromBase64String(sealedText[Prefix.Length..]);
        var nonceSize = AesGcm.NonceByteSizes.MaxSize;
        var tagSize = AesGcm.TagByteSizes.MaxSize;
        var plain = new byte[bytes.Length - nonceSize - tagSize];
        using var aes = new AesGcm(key, tagSize);
        aes.Decrypt(bytes.AsSpan(0, nonceSize), bytes.AsSpan(nonceSize + tagSize), bytes.AsSpan(nonceSize, tagSize), plain);
        return plain;
    }
}
