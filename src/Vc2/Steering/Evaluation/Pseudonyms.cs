using System.Security.Cryptography;
using System.Text;
using Vc2.Platform.Security;

namespace Vc2.Steering.Evaluation;

/// <summary>
/// The evaluation's pseudonym scheme (ADR 0013, ADR 0026): the first 20 hex characters of HMAC-SHA256 of the person's 10
/// CPR digits (ASCII) under the evaluators' export key (UTF-8). The export and the comparison extract use it, so that
/// the register holder, given the key, can pseudonymise a comparison group that VC2 and the evaluators link without a
/// CPR number. Without the key a pseudonym cannot be turned back into a CPR number; with it, anyone can, by hashing every
/// possible CPR number — so the key must be generated (not a phrase), held by the evaluators and the register holder
/// only, and the pseudonymised data treated as personal data. VC2 never stores the key, and keys the comparison
/// persons' pseudonyms again before storing them (<see cref="Platform.Security.CprProtector.Rekey"/>).
/// </summary>
public static class Pseudonyms
{
    public const int Length = 20;

    public static string Of(byte[] key, Cpr cpr)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(cpr);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(cpr.Digits)))[..Length];
    }

    /// <summary>A short mark of the key, stored with what it made so the agency can tell which key was used. Derived
    /// slowly (PBKDF2, 600,000 rounds), so that the stored mark is no quick test of guessed keys.</summary>
    public static string Fingerprint(byte[] key) =>
        Convert.ToHexStringLower(Rfc2898DeriveBytes.Pbkdf2(key, "vc2-noeglekontrol"u8.ToArray(), 600_000, HashAlgorithmName.SHA256, 6));

    public static bool IsWellFormed(string value) => value.Length == Length && value.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
