using System.Security.Cryptography;

namespace Vc2.Platform.Security;

/// <summary>Stable stand-ins for names that a national reader (the evaluator) may not see: the same person gets the same
/// pseudonym on every page, so patterns can be followed without knowing who it is (ADR 0018).</summary>
public static class Pseudonym
{
    public static string Mentor(Guid id) => "Mentor " + Short(id);

    private static string Short(Guid id) => Convert.ToHexString(SHA256.HashData(id.ToByteArray()))[..6];
}
