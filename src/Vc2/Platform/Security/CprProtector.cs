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

    public string Encrypt(Cpr cpr)
    {
        ArgumentNullException.ThrowIfNull(cpr);
        return SecretBox.Seal(_encryptionKey, Encoding.ASCII.GetBytes(cpr.Digits));
    }

    public Cpr Decrypt(string stored) => Cpr.Parse(Encoding.ASCII.GetString(SecretBox.Open(_encryptionKey, stored, "krypteret CPR-nummer")));
}
