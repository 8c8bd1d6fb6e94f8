namespace Vc2.Rules.Tests;

/// <summary>The repository keeps its own copies of what comes from <c>../shared</c> (the grant cases in
/// <c>tests/grant-cases</c>, the project description in <c>docs/seed</c>), so that a plain clone passes every test. When
/// ../shared is beside the repository, as on every developer's machine and in CI, this checks that the copies agree
/// with it byte for byte, in both directions, and that what <c>docs/rules.md</c> quotes from the product owner's reading
/// (<c>../shared/rules/tilskud.md</c>) is in it word for word. Without ../shared it is skipped: there is nothing to
/// compare with.</summary>
public sealed class SharedCopiesTests
{
    [Fact]
    public void The_repository_copies_agree_with_shared_beside_the_repository()
    {
        if (Repository.Shared is not { } shared)
        {
            Assert.Skip("No ../shared beside the repository (a plain clone): the repository's copies in tests/grant-cases "
                + "and docs/seed are used as they are, and there is nothing to compare them with.");
            return;
        }

        var problems = new List<string>();
        CompareFolders(Path.Combine(shared, "grant-cases"), "../shared/grant-cases", GrantCases.Folder, "tests/grant-cases", "*.json", problems);
        CompareFolders(Path.Combine(shared, "seed"), "../shared/seed", RulesDoc.SeedFolder, "docs/seed", "*.txt", problems);

        var readingPath = Path.Combine(shared, "rules", "tilskud.md");
        if (!File.Exists(readingPath))
        {
            problems.Add("../shared/rules/tilskud.md is missing");
        }
        else
        {
            var reading = Plain(File.ReadAllText(readingPath));
            foreach (var quote in RulesDoc.Quotes(RulesDoc.Markdown()).Where(q => q.FromReading))
            {
                if (!reading.Contains(Plain(quote.Text), StringComparison.Ordinal))
                {
                    problems.Add($"{quote} is not in ../shared/rules/tilskud.md word for word");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>Markdown emphasis and code marks aside, whitespace collapsed.</summary>
    private static string Plain(string markdown) => RulesDoc.Normalise(markdown.Replace("*", string.Empty, StringComparison.Ordinal).Replace("`", string.Empty, StringComparison.Ordinal));

    private static void CompareFolders(string source, string sourceName, string copy, string copyName, string pattern, List<string> problems)
    {
        if (!Directory.Exists(source))
        {
            problems.Add($"{sourceName} is missing beside the repository");
            return;
        }

        var sourceFiles = Directory.GetFiles(source, pattern).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var copyFiles = Directory.Exists(copy)
            ? Directory.GetFiles(copy, pattern).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal)
            : [];
        foreach (var name in sourceFiles.Order(StringComparer.Ordinal))
        {
            if (!copyFiles.Contains(name))
            {
                problems.Add($"{sourceName}/{name} has no copy in {copyName} (copy it byte for byte)");
            }
            else if (!File.ReadAllBytes(Path.Combine(source, name!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(copy, name!))))
            {
                problems.Add($"{copyName}/{name} differs from {sourceName}/{name} (../shared is where it comes from: copy it again)");
            }
        }

        foreach (var name in copyFiles.Where(n => !sourceFiles.Contains(n)).Order(StringComparer.Ordinal))
        {
            problems.Add($"{copyName}/{name} is not in {sourceName} (add it there first, or remove the copy)");
        }
    }
}
