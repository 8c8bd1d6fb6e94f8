using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Vc2.Platform.Links;

/// <summary>
/// The secret in a personal link: 256 random bits, URL-safe. Only its SHA-256 hash is stored, so the database alone
/// cannot be used to answer in someone's name. A plain hash is enough (no salt or slow hash): the token is random and
/// long, not a password a person chose.
/// </summary>
public static class LinkToken
{
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    /// <summary>Whether a string can be a token at all, so that junk is refused before the database is asked.</summary>
    public static bool LooksValid(string? token) => token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
