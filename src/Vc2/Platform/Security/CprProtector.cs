using System.Security.Cryptography;
using System.Text;
using Vc2.CaseWork.Citizens;

namespace Vc2.Platform.Security;

/// <summary>Keys for CPR storage, from configuration section <c>Cpr</c> (base64, 32 bytes each). They live outside the
/// database on purpose: a copy of the database alone reveals no CPR number.</summary>
public sealed class CprKeyOptions
{
    public string? LookupKey { get; set; }

    public string? EncryptionKey { get; set; }
}

/// <summary>
/// Stores a CPR number as a keyed hash (HMAC-SHA256, for exact look-up through an index) beside an AES-GCM
/// ciphertext (for showing it when a user asks). No index or column holds the plain number. See ADR 0004.
/// </summary>
public sealed class CprProtector
{
    private const string CipherPrefix = "v1:";
    private readonly byte[] _lookupKey;
    private readonly byte[] _encryptionKey;

    public CprProtector(CprKeyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _lookupKey = DecodeKey(options.LookupKey, "Cpr:LookupKey");
        _encryptionKey = DecodeKey(options.EncryptionKey, "Cpr:EncryptionKey");
    }

    public string Hash(Cpr cpr)
    {
        ArgumentNullException.ThrowIfNull(cpr);
        return Convert.ToHexString(HMACSHA256.HashData(_lookupKey, Encoding.ASCII.GetBytes(cpr.Digits)));
    }

    public string Encrypt(Cpr cpr)
    {
        ArgumentNullException.ThrowIfNull(cpr);
        var plain = Encoding.ASCII.GetBytes(cpr.Digits);
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var cipher = new byte[plain.Length];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        using var aes = new AesGcm(_encryptionKey, tag.Length);
        aes.Encrypt(nonce, plain, cipher, tag);
        return CipherPrefix + Convert.ToBase64String([.. nonce, .. tag, .. cipher]);
    }

    public Cpr Decrypt(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!stored.StartsWith(CipherPrefix, StringComparison.Ordinal))
        {
            throw new CryptographicException("Ukendt format for krypteret CPR-nummer.");
        }

        var bytes = Convert.FromBase64String(stored[CipherPrefix.Length..]);
        var nonceSize = AesGcm.NonceByteSizes.MaxSize;
        var tagSize = AesGcm.TagByteSizes.MaxSize;
        var plain = new byte[bytes.Length - nonceSize - tagSize];
        using var aes = new AesGcm(_encryptionKey, tagSize);
        aes.Decrypt(bytes.AsSpan(0, nonceSize), bytes.AsSpan(nonceSize + tagSize), bytes.AsSpan(nonceSize, tagSize), plain);
        return Cpr.Parse(Encoding.ASCII.GetString(plain));
    }

    private static byte[] DecodeKey(string? base64, string name)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            throw new InvalidOperationException(
                $"Konfigurationen mangler {name} (32 byte, base64). Se README, afsnittet om drift.");
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
}
