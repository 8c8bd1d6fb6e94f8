namespace Vc2.Platform.Common;

/// <summary>An uploaded file's name as VC2 keeps it: the name only (a browser or client may send a path), trimmed, cut to
/// the given length, and a default when nothing is left.</summary>
public static class UploadedFileName
{
    public static string Clean(string? fileName, string whenEmpty, int maxLength)
    {
        var name = Path.GetFileName(fileName ?? string.Empty).Trim();
        return name.Length == 0 ? whenEmpty : name[..Math.Min(name.Length, maxLength)];
    }
}
