namespace Vc2.Rules.Tests;

/// <summary>Where the tests find the repository's own files (the grant cases in <c>tests/grant-cases</c>,
/// <c>docs/rules.md</c> and the programme text in <c>docs/seed</c>) and, when it is there, <c>../shared</c> beside the
/// repository, where those copies come from. Nothing here needs <c>../shared</c>: a plain clone passes every test.</summary>
internal static class Repository
{
    /// <summary>The folder that holds <c>Vc2.slnx</c>, found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared</c> beside the repository, or null when nothing is beside it (a plain clone).</summary>
    public static string? Shared { get; } = FindShared();

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Vc2.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (Vc2.slnx) was not found above " + AppContext.BaseDirectory);
    }

    private static string? FindShared()
    {
        var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
        return Directory.Exists(shared) ? shared : null;
    }
}
