namespace Vc2.Platform.Common;

/// <summary>
/// Whether a string can be an e-mail address someone types to be reached at: one <c>@</c>, a local part of letters,
/// digits and the usual signs, a domain of at least two labels (letters, digits, hyphens), at most 200 characters in all,
/// and no spaces or control characters. Stricter than <c>[EmailAddress]</c> (which lets "a\r\nBcc: b@c" through) and
/// checked character by character — no regular expression to wear down with a long string. Letters outside ASCII are
/// allowed (æøå in Danish domains).
/// </summary>
public static class EmailShape
{
    public const int MaxLength = 200;

    private const string LocalSigns = "!#$%&'*+-/=?^_`{|}~.";

    /// <returns>The address without surrounding spaces, or null when it is not plausible.</returns>
    public static string? Plausible(string? input)
    {
        // A control character anywhere (a NUL, a line break meant to add a mail header) refuses the address, even at the
        // ends where trimming would have dropped it: it was not typed by someone giving their address.
        if (input is null || input.Length > MaxLength + 50 || input.Any(char.IsControl))
        {
            return null;
        }

        var value = input.Trim();
        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (value.Length is 0 or > MaxLength || at <= 0 || at != value.LastIndexOf('@'))
        {
            return null;
        }

        return LocalPart(value[..at]) && Domain(value[(at + 1)..]) ? value : null;
    }

    private static bool LocalPart(string local) =>
        local.Length <= 64 && local[0] != '.' && local[^1] != '.' && !local.Contains("..", StringComparison.Ordinal)
        && local.All(c => char.IsLetterOrDigit(c) || LocalSigns.Contains(c, StringComparison.Ordinal));

    private static bool Domain(string domain)
    {
        var labels = domain.Split('.');
        return labels.Length >= 2 && labels.All(Label) && labels[^1].Length >= 2 && labels[^1].All(char.IsLetter);
    }

    private static bool Label(string label) =>
        label.Length is > 0 and <= 63 && label[0] != '-' && label[^1] != '-' && label.All(c => char.IsLetterOrDigit(c) || c == '-');
}
