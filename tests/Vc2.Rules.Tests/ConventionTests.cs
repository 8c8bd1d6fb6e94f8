using System.Reflection;
using System.Text;
using Vc2.Rules.Parameters;
using Vc2.Rules.Rules;

namespace Vc2.Rules.Tests;

/// <summary>No rule without a citation, no parameter without a source, and a broken ruleset is refused.</summary>
public sealed class ConventionTests
{
    private static readonly Type[] RuleTypes = typeof(RuleAttribute).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(RuleAttribute).Namespace && t.Name.StartsWith('R') && t.Name.Contains('_', StringComparison.Ordinal))
        .ToArray();

    [Fact]
    public void Every_rule_R1_to_R12_has_a_file_and_a_citation()
    {
        var ids = new List<string>();
        foreach (var type in RuleTypes)
        {
            var rule = type.GetCustomAttribute<RuleAttribute>();
            Assert.True(rule is not null, $"{type.Name} has no [Rule] attribute");
            Assert.StartsWith(rule.Id + "_", type.Name, StringComparison.Ordinal);
            Assert.True(rule.Sentence.Length > 40, $"{type.Name} cites no sentence");
            ids.Add(rule.Id);
        }

        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"R{i}"), ids.OrderBy(id => int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Every_parameter_has_a_section_a_source_and_a_dated_value()
    {
        var ruleset = RulesetLoader.Vc2_2014;
        Assert.Equal("vc2-2014", ruleset.Id);
        Assert.Equal(10, ruleset.All.Count);
        foreach (var (name, parameter) in ruleset.All)
        {
            dynamic p = parameter;
            Assert.False(string.IsNullOrWhiteSpace((string)p.Source), name);
            Assert.False(string.IsNullOrWhiteSpace((string)p.Section), name);
            Assert.True(((System.Collections.ICollection)p.Values).Count > 0, name);
        }

        Assert.Equal(825000m, ruleset.FixedGrant.At(new DateOnly(2014, 1, 1)));
        Assert.Equal(new DateOnly(2015, 12, 31), ruleset.ProjectEnd.At(new DateOnly(2016, 6, 30)));
        Assert.Equal(1500m, ruleset.ActivityGrantPerMonth.At(new DateOnly(2013, 12, 1)));
    }

    [Theory]
    [InlineData("\"source\": \"Rammen beregnes på grundlag af jobcenterets forventede antal deltagere og et enhedsbeløb på 10.800 kr. pr. deltager.\"", "\"source\": \"\"", "source mangler")]
    [InlineData("\"fixedGrant\"", "\"fixedGrantx\"", "ukendt parameter")]
    [InlineData("\"value\": 825000", "\"value\": -5", "forkert type eller er negativ")]
    [InlineData("\"value\": \"2015-12-31\"", "\"value\": \"2013-12-31\"", "projectEnd skal ligge efter projectStart")]
    [InlineData("\"value\": 13 }", "\"value\": 0 }", "outcomeWeeks skal være mindst 1")]
    public void A_broken_ruleset_is_refused_with_a_clear_message(string find, string replace, string message)
    {
        using var original = typeof(RulesetLoader).Assembly.GetManifestResourceStream("rulesets/vc2-2014.json")!;
        var text = new StreamReader(original).ReadToEnd();
        Assert.Contains(find, text, StringComparison.Ordinal);
        var broken = text.Replace(find, replace, StringComparison.Ordinal);
        var ex = Assert.Throws<RulesetException>(() => RulesetLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(broken))));
        Assert.Contains(ex.Problems, p => p.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_later_value_takes_effect_from_its_date()
    {
        using var original = typeof(RulesetLoader).Assembly.GetManifestResourceStream("rulesets/vc2-2014.json")!;
        var text = new StreamReader(original).ReadToEnd().Replace(
            "\"values\": [ { \"from\": \"2014-01-01\", \"value\": 1500 } ]",
            "\"values\": [ { \"from\": \"2014-01-01\", \"value\": 1500 }, { \"from\": \"2015-01-01\", \"value\": 1600 } ]",
            StringComparison.Ordinal);
        var ruleset = RulesetLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        Assert.Equal(1500m, ruleset.ActivityGrantPerMonth.At(new DateOnly(2014, 12, 31)));
        Assert.Equal(1600m, ruleset.ActivityGrantPerMonth.At(new DateOnly(2015, 1, 1)));
    }
}
