using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Vc2.Tests.Architecture;

/// <summary>
/// The shape of the hand-written source, read as C# syntax: files a reader can hold (at most 400 lines, src and tests),
/// methods a reader can hold (at most 60, src), and tenancy with one door — the only unnamed <c>IgnoreQueryFilters()</c> in <c>src/</c> are the
/// ones listed here, each with its reason (ADR 0002). Generated code (migrations, the generated API client) is excepted.
/// </summary>
public sealed class SourceShapeTests
{
    public const int MaxFileLines = 400;

    public const int MaxMethodLines = 60;

    /// <summary>Every unnamed way past tenancy, by file and member, with how many calls it holds and why it may. A new
    /// one fails the test until it is added here with a reason — and at most five in all.</summary>
    private static readonly Dictionary<string, (int Calls, string Why)> AllowedBypasses = new(StringComparer.Ordinal)
    {
        ["src/Vc2/CaseWork/Parties/PartyUsers.cs:ByToken"] =
            (1, "a personal link is found by its token before anyone is signed in: the token is the authorisation"),
        ["src/Vc2/CaseWork/Progress/AnswerReads.cs:RequestByTokenHashAsync"] =
            (1, "a measurement request is found by its link's token, likewise"),
        ["src/Vc2/CaseWork/Progress/AnswerReads.cs:HistoryAsync"] =
            (2, "the dates of every earlier answer of the respondent kind and of every placement of the citizen decide a new answer's kind"),
        ["src/Vc2/Steering/Overview/FiguresBehind.cs:Marked"] =
            (1, "the national figures' change marks are aggregates, bumped for the centres a save feeds whoever saves"),
    };

    [Fact]
    public void No_hand_written_file_is_over_400_lines()
    {
        var tooLong = SourceFiles().Select(f => (f.Path, Lines: File.ReadAllLines(f.Full).Length)).Where(f => f.Lines > MaxFileLines)
            .Select(f => $"{f.Path}: {f.Lines} lines").ToList();
        Assert.True(tooLong.Count == 0, "Split by what each part does:\n" + string.Join('\n', tooLong));
    }

    [Fact]
    public void No_method_in_src_is_over_60_lines()
    {
        // The application's code; a test of a whole journey reads as the journey's steps in order and is left whole.
        var tooLong = SourceFiles().Where(f => f.Path.StartsWith("src/", StringComparison.Ordinal))
            .SelectMany(f => LongMethods(File.ReadAllText(f.Full)).Select(m => $"{f.Path}: {m}")).ToList();
        Assert.True(tooLong.Count == 0, "Split into steps with names:\n" + string.Join('\n', tooLong));
    }

    [Fact]
    public void The_only_unnamed_IgnoreQueryFilters_in_src_are_the_listed_ones()
    {
        var found = SourceFiles().Where(f => f.Path.StartsWith("src/", StringComparison.Ordinal))
            .SelectMany(f => UnnamedBypasses(File.ReadAllText(f.Full)).Select(member => $"{f.Path}:{member}"))
            .GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var unlisted = found.Where(f => !AllowedBypasses.TryGetValue(f.Key, out var allowed) || f.Value > allowed.Calls)
            .Select(f => $"{f.Key} ({f.Value} call(s))").ToList();
        Assert.True(unlisted.Count == 0,
            "An unnamed IgnoreQueryFilters() drops every tenancy filter. Read through the user's own filter, or use a named one "
            + "(Tenancy.Nationally); a true exception goes on the list with its reason:\n" + string.Join('\n', unlisted));
        Assert.InRange(AllowedBypasses.Values.Sum(a => a.Calls), 0, 5);
        Assert.All(AllowedBypasses.Keys, key => Assert.True(found.ContainsKey(key), $"{key} is listed but holds no bypass any more: take it off the list"));
    }

    [Fact]
    public void The_readers_find_what_they_are_to_refuse()
    {
        // The checks above are only as good as their readers: a long method, a bypass in a lambda and a named filter.
        var body = string.Join('\n', Enumerable.Repeat("        x++;", MaxMethodLines));
        var code = $$"""
            class C
            {
                int x;
                void Long()
                {
            {{body}}
                }
                void Short() { x++; }
                object Unnamed(IQueryable<int> q) => q.IgnoreQueryFilters();
                object Named(IQueryable<int> q) => q.IgnoreQueryFilters(["tenancy:personal-data"]);
            }
            """;
        Assert.Equal(["Long (63 lines)"], LongMethods(code));
        Assert.Equal(["Unnamed"], UnnamedBypasses(code));
    }

    private static IEnumerable<string> LongMethods(string code)
    {
        var root = CSharpSyntaxTree.ParseText(code).GetRoot();
        foreach (var node in root.DescendantNodes().Where(n => n is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax))
        {
            var span = node.GetLocation().GetLineSpan();
            var lines = span.EndLinePosition.Line - span.StartLinePosition.Line + 1;
            if (lines > MaxMethodLines)
            {
                yield return $"{NameOf(node)} ({lines} lines)";
            }
        }
    }

    private static IEnumerable<string> UnnamedBypasses(string code) =>
        CSharpSyntaxTree.ParseText(code).GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Where(i => i.Expression is MemberAccessExpressionSyntax { Name.Identifier.Text: "IgnoreQueryFilters" } && i.ArgumentList.Arguments.Count == 0)
            .Select(i => NameOf(i.Ancestors().First(a => a is BaseMethodDeclarationSyntax or PropertyDeclarationSyntax or FieldDeclarationSyntax)));

    private static string NameOf(SyntaxNode node) => node switch
    {
        MethodDeclarationSyntax m => m.Identifier.Text,
        ConstructorDeclarationSyntax c => c.Identifier.Text,
        LocalFunctionStatementSyntax l => l.Identifier.Text,
        PropertyDeclarationSyntax p => p.Identifier.Text,
        AccessorDeclarationSyntax a => $"{(a.Parent?.Parent as PropertyDeclarationSyntax)?.Identifier.Text}.{a.Keyword.Text}",
        FieldDeclarationSyntax f => f.Declaration.Variables.First().Identifier.Text,
        _ => node.Kind().ToString(),
    };

    /// <summary>The hand-written C# of the repository: src and tests, without build output, the migration projects and
    /// generated code.</summary>
    private static IEnumerable<(string Path, string Full)> SourceFiles()
    {
        var root = RepositoryRoot();
        return new[] { "src", "tests" }.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Select(full => (Path: Path.GetRelativePath(root, full).Replace('\\', '/'), Full: full))
            .Where(f => !f.Path.Contains("/bin/", StringComparison.Ordinal) && !f.Path.Contains("/obj/", StringComparison.Ordinal)
                        && !f.Path.StartsWith("src/Vc2.Migrations.", StringComparison.Ordinal) && !f.Path.Contains("/Generated/", StringComparison.Ordinal)
                        && !f.Path.Contains("/node_modules/", StringComparison.Ordinal) && !f.Path.EndsWith(".Designer.cs", StringComparison.Ordinal))
            .OrderBy(f => f.Path, StringComparer.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vc2.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Vc2.slnx not found above the test's folder.");
    }
}
