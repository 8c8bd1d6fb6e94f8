using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Vc2.Rules.Parameters;
using Vc2.Rules.Rules;

namespace Vc2.Rules.Tests;

/// <summary><c>docs/rules.md</c> held to the code and to the programme text: a section per rule the engine has, in the
/// engine's order, naming the rule's file; every Danish sentence it quotes word for word in the repository's copy of
/// the project description (<c>docs/seed</c>); every parameter of the ruleset listed. Runs in a plain clone.</summary>
public sealed class RulesDocTests
{
    private static readonly Type[] RuleTypes = typeof(RuleAttribute).Assembly.GetTypes()
        .Where(t => t.GetCustomAttribute<RuleAttribute>() is not null)
        .OrderBy(t => int.Parse(t.GetCustomAttribute<RuleAttribute>()!.Id[1..], CultureInfo.InvariantCulture))
        .ToArray();

    [Fact]
    public void Every_rule_of_the_engine_has_its_section_in_order_naming_its_file()
    {
        var sections = RulesDoc.RuleSections(RulesDoc.Markdown());
        Assert.Equal(RuleTypes.Select(t => t.GetCustomAttribute<RuleAttribute>()!.Id), sections.Select(s => s.Id));
        foreach (var (type, section) in RuleTypes.Zip(sections))
        {
            var file = $"src/Vc2.Rules/Rules/{type.Name}.cs";
            Assert.True(section.Body.Contains($"`{file}`", StringComparison.Ordinal), $"{section.Heading} does not name `{file}`");
            var code = File.ReadAllText(Repository.File(file.Split('/')));
            Assert.Contains($"[Rule(\"{section.Id}\"", code, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_rule_section_quotes_the_programme_text()
    {
        foreach (var (_, heading, body) in RulesDoc.RuleSections(RulesDoc.Markdown()))
        {
            Assert.True(RulesDoc.Quotes(body).Any(q => q.FromProgrammeText), $"{heading} quotes no sentence of the project description");
        }
    }

    [Fact]
    public void Every_quote_names_its_source_and_is_a_whole_sentence()
    {
        var quotes = RulesDoc.Quotes(RulesDoc.Markdown());
        Assert.NotEmpty(quotes);
        var unnamed = quotes.Where(q => !q.FromProgrammeText && !q.FromReading).ToList();
        Assert.True(unnamed.Count == 0, "Blockquotes must end with \"> — Projektbeskrivelse, <section>\" or \"> — tilskud.md, <rule>\":\n"
            + string.Join('\n', unnamed));
        var fragments = quotes.Where(q => q.FromProgrammeText && !(char.IsUpper(q.Text[0]) && q.Text[^1] is '.' or ':')).ToList();
        Assert.True(fragments.Count == 0, "Quote whole sentences of the project description:\n" + string.Join('\n', fragments));
    }

    [Fact]
    public void Every_sentence_quoted_from_the_project_description_is_in_it_word_for_word()
    {
        var seed = RulesDoc.SeedText();
        var missing = RulesDoc.NotIn(RulesDoc.Quotes(RulesDoc.Markdown()).Where(q => q.FromProgrammeText), seed);
        Assert.True(missing.Count == 0, "Not in docs/seed word for word (whitespace and the layout's line-end hyphens aside):\n"
            + string.Join('\n', missing));
    }

    [Fact]
    public void A_quote_with_one_letter_changed_or_a_word_added_is_not_found()
    {
        var seed = RulesDoc.SeedText();
        var quotes = RulesDoc.Quotes(RulesDoc.Markdown()).Where(q => q.FromProgrammeText).ToList();
        Assert.NotEmpty(quotes);
        foreach (var quote in quotes)
        {
            var middle = quote.Text.Length / 2;
            var letter = quote with { Text = quote.Text[..middle] + (quote.Text[middle] == 'x' ? 'y' : 'x') + quote.Text[(middle + 1)..] };
            var word = quote with { Text = quote.Text.Insert(quote.Text.IndexOf(' ', StringComparison.Ordinal), " ikke") };
            Assert.Equal(2, RulesDoc.NotIn([letter, word], seed).Count);
        }
    }

    [Fact]
    public void The_seed_text_reads_as_prose_across_the_layouts_line_ends()
    {
        Assert.Equal("udløses et tilskud", RulesDoc.Prose("udlø-\n\nses et\n tilskud"));
        Assert.Equal("inden for fire uger – og det", RulesDoc.Prose("inden for fire uger – og  det"));
        Assert.Contains("Afbrydes forløbet inden tre måneder gives kun tilskud, såfremt", RulesDoc.SeedText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_parameter_of_the_ruleset_is_listed_with_its_source()
    {
        var markdown = RulesDoc.Markdown();
        var at = markdown.IndexOf("\n## Parameters", StringComparison.Ordinal);
        Assert.True(at >= 0, "docs/rules.md has no \"## Parameters\" section");
        var parameters = markdown[at..];
        foreach (var name in RulesetLoader.Vc2_2014.All.Keys)
        {
            Assert.True(parameters.Contains($"`{name}`", StringComparison.Ordinal), $"docs/rules.md lists no parameter `{name}`");
        }
    }

    [Fact]
    public void Every_grant_case_named_is_in_the_repository()
    {
        var named = Regex.Matches(RulesDoc.Markdown(), @"\b\d\d-[a-z0-9-]+\.json\b").Select(m => m.Value).Distinct().ToList();
        Assert.NotEmpty(named);
        Assert.All(named, name => Assert.Contains(name, GrantCases.RepositoryFiles));
    }
}
