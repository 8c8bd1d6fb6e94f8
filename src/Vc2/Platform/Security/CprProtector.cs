using System.Security.Cryptography;
using System.Text;

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
    private readonly byte[] _lookupKey;
    private readonly byte[] _encryptionKey;

    public CprProtector(CprKeyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _lookupKey = SecretBox.Key(options.LookupKey, "Cpr:LookupKey");
        _encryptionKey = SecretBox.Key(options.EncryptionKey, "Cpr:EncryptionKey");
    }

    public string Hash(Cpr cpr)
    {
        ArgumentNullException.ThrowIfNull(cpr);
        return Convert.ToHexString(HMACSHA256.HashData(_lookupKey, Encoding.ASCII.GetBytes(cpr.Digits)));
    }

    /// <summary>For many look-ups in a row (a register import's million lines): <see cref="Hash"/> without setting the
    /// key up again for each number, and without a string per number. Not for use by two threads at once.</summary>
    public LookupHasher CreateLookupHasher() => new(_lookupKey);

    public string Encrypt(Cpr cpr)
    {
        ArgumentNullException.ThrowIfNull(cpr);
        return SecretBox.Seal(_encryptionKey, Encoding.ASCII.GetBytes(cpr.Digits));
    }

    /// <summary>A value that could be turned back into a CPR number by whoever holds another key (a comparison extract's
    /// pseudonym, which the holders of the export key can rebuild from every CPR number) keyed again with the lookup
    /// key, which lives outside the database: what is stored then leads to no CPR number without it (ADR 0026).</summary>
    public string Rekey(string purpose, string value)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        ArgumentNullException.ThrowIfNull(value);
        return Convert.ToHexStringLower(HMACSHA256.HashData(_lookupKey, Encoding.UTF8.GetBytes(purpose + ":" + value)));
    }

    public Cpr Decrypt(string stored) => Cpr.Parse(Encoding.ASCII.GetString(SecretBox.Open(_encryptionKey, stored, "krypteret CPR-nummer")));
}

/// <summary>The keyed hash of <see cref="CprProtector.Hash"/>, into a caller's buffer, with the key set up once: a third
/// of the time of the one-shot hash (a register import hashes a million numbers).</summary>
public sealed class LookupHasher : IDisposable
{
    public const int Length = 64;

    private readonly IncrementalHash _hmac;

    internal LookupHasher(byte[] key)
    {
        _hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
    }

    /// <summary>Writes the hash as <see cref="Length"/> upper-case hex characters, as <see cref="CprProtector.Hash"/> returns it.</summary>
    public void Hash(Cpr cpr, Span<char> hex)
    {
        ArgumentNullException.ThrowIfNull(cpr);
        Span<byte> digits = stackalloc byte[16];
        Span<byte> mac = stackalloc byte[32];
        var length = Encoding.ASCII.GetBytes(cpr.Digits, digits);
        _hmac.AppendData(digits[..length]);
        _hmac.GetHashAndReset(mac);
        Convert.TryToHexString(mac, hex, out _);
    }

    public void Dispose() => _hmac.Dispose();
}
