using System.Text.RegularExpressions;

namespace Vc2.Platform.Security;

/// <summary>
/// Whether an address carries something shaped like a CPR number (ten digits, a dash or space allowed after the sixth).
/// An address ends up in browser histories, proxy and server logs, so a CPR number never belongs there (ADR 0018): a
/// request with one is refused before anything reads it. Ids (GUIDs) are left out first, since their hex can hold ten
/// digits in a row. The number need not be valid: a mistyped CPR number is as personal as a correct one.
/// </summary>
public static partial class CprInUrl
{
    public static bool Carries(string? pathAndQuery)
    {
        if (string.IsNullOrEmpty(pathAndQuery))
        {
            return false;
        }

        var decoded = Uri.UnescapeDataString(pathAndQuery.Replace('+', ' '));
        return CprShape().IsMatch(Guids().Replace(decoded, "-"));
    }

    // Every request passes here, static files included, so neither pattern may fail on a busy machine: a wall-clock
    // timeout did (a font answered 500 when the thread was not scheduled for 200 ms). Both run in time linear in the
    // address instead — the GUIDs by the non-backtracking engine, the CPR shape because its quantifiers are fixed (at
    // most two paths from each position: with or without the separator) — and Kestrel bounds the address's length.
    [GeneratedRegex(@"(?<!\d)\d{6}[-\s]?\d{4}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex CprShape();

    [GeneratedRegex(@"[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Guids();
}
