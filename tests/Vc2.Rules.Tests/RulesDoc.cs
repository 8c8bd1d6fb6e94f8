using System.Text.RegularExpressions;

namespace Vc2.Rules.Tests;

/// <summary>One quotation in <c>docs/rules.md</c>: a paragraph of a blockquote, with the source named on the
/// blockquote's last line (<c>&gt; — Projektbeskrivelse, …</c> or <c>&gt; — tilskud.md, …</c>).</summary>
internal sealed record Quote(int Line, string Section, string Source, string Text)
{
    public bool FromProgrammeText => Source.StartsWith(RulesDoc.ProgrammeText, StringComparison.Ordinal);

    public bool FromReading => Source.StartsWith(RulesDoc.Reading, StringComparison.Ordinal);

    public override string ToString() => $"docs/rules.md:{Line} ({Section}): \"{Text}\"";
}

/// <summary><c>docs/rules.md</c> (the grant rules' reading, each rule beside the sentence of the programme text it
/// implements) and the repository's copy of the programme text in <c>docs/seed</c>, read the way
/// <see cref="RulesDocTests"/> holds the one to the other and to the code.</summary>
internal static partial class RulesDoc
{
    /// <summary>The source line of a quote from the project description (the seed text).</summary>
    public const string ProgrammeText = "Projektbeskrivelse";

    /// <summary>The source line of a quote from the product owner's reading, <c>../shared/rules/tilskud.md</c>.</summary>
    public const string Reading = "tilskud.md";

    public static string MarkdownPath { get; } = Repository.File("docs", "rules.md");

    public static string SeedFolder { get; } = Repository.File("docs", "seed");

    public static string Markdown() => File.ReadAllText(MarkdownPath);

    /// <summary>The programme text as one line: the layout's word division at line ends undone ("udlø-\n\nses" →
    /// "udløses"; every line-end hyphen of the seed is one), then whitespace collapsed.</summary>
    public static string SeedText() => Prose(string.Join('\n',
        Directory.GetFiles(SeedFolder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)));

    public static string Prose(string layout) => Normalise(LineEndHyphen().Replace(layout, string.Empty));

    public static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>The <c>## R&lt;n&gt; …</c> sections in order, each with its text up to the next <c>## </c> heading.</summary>
    public static List<(string Id, string Heading, string Body)> RuleSections(string markdown)
    {
        var sections = new List<(string, string, string)>();
        var parts = Regex.Split(markdown, @"^(?=## )", RegexOptions.Multiline);
        foreach (var part in parts)
        {
            var match = RuleHeading().Match(part);
            if (match.Success)
            {
                sections.Add((match.Groups[1].Value, match.Value.Trim(), part));
            }
        }

        return sections;
    }

    /// <summary>Every paragraph of every blockquote, with the source its blockquote names on its last line (empty
    /// when the blockquote names none).</summary>
    public static List<Quote> Quotes(string markdown)
    {
        var quotes = new List<Quote>();
        var lines = markdown.Split('\n');
        var section = "(top)";
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#'))
            {
                section = lines[i].TrimStart('#').Trim();
            }

            if (!lines[i].StartsWith('>'))
            {
                continue;
            }

            // One blockquote: its paragraphs (split by empty "> " lines), the last of which names the source.
            var paragraphs = new List<(int Line, List<string> Text)>();
            var current = new List<string>();
            var start = i;
            for (; i < lines.Length && lines[i].StartsWith('>'); i++)
            {
                var text = lines[i][1..].Trim();
                if (text.Length == 0)
                {
                    if (current.Count > 0)
                    {
                        paragraphs.Add((start + 1, current));
                        current = [];
                    }

                    continue;
                }

                if (current.Count == 0)
                {
                    start = i;
                }

                current.Add(text);
            }

            if (current.Count > 0)
            {
                paragraphs.Add((start + 1, current));
            }

            var last = paragraphs.Count > 0 ? Normalise(string.Join(' ', paragraphs[^1].Text)) : string.Empty;
            var source = last.StartsWith("— ", StringComparison.Ordinal) ? last[2..] : string.Empty;
            foreach (var (line, text) in source.Length > 0 ? paragraphs.SkipLast(1) : paragraphs)
            {
                quotes.Add(new Quote(line, section, source, Normalise(string.Join(' ', text))));
            }
        }

        return quotes;
    }

    /// <summary>The quotes not found word for word in <paramref name="text"/> (both already normalised).</summary>
    public static List<Quote> NotIn(IEnumerable<Quote> quotes, string text) =>
        quotes.Where(q => !text.Contains(q.Text, StringComparison.Ordinal)).ToList();

    [GeneratedRegex(@"-[ \t]*\r?\n\s*")]
    private static partial Regex LineEndHyphen();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^## (R\d+)\b.*$", RegexOptions.Multiline)]
    private static partial Regex RuleHeading();
}
