using System.Globalization;
using System.Text.Json;

namespace Vc2.Rules.Parameters;

/// <summary>A ruleset file that cannot be used, with every problem found.</summary>
public sealed class RulesetException(IReadOnlyList<string> problems)
    : Exception("Regelsættet kan ikke bruges: " + string.Join("; ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>Reads and validates a ruleset: every parameter present, with a section and a source sentence, values of the
/// right type in date order, and sane amounts. A broken ruleset is refused as a whole.</summary>
public static class RulesetLoader
{
    public const string Default = "vc2-2014";

    private enum Kind
    {
        Date,
        Amount,
        Count,
    }

    private static readonly (string Name, Kind Kind)[] Expected =
    [
        ("projectStart", Kind.Date), ("projectEnd", Kind.Date), ("fixedGrant", Kind.Amount), ("framePerParticipant", Kind.Amount),
        ("activityGrantPerMonth", Kind.Amount), ("minimumCourseMonths", Kind.Count), ("maximumInterruptionDays", Kind.Count),
        ("resultGrant", Kind.Amount), ("outcomeWeeks", Kind.Count), ("minimumAverageWeeklyHours", Kind.Amount),
    ];

    private static readonly Lazy<Ruleset> DefaultRuleset = new(() => LoadEmbedded(Default));

    /// <summary>The ruleset of this programme, read once.</summary>
    public static Ruleset Vc2_2014 => DefaultRuleset.Value;

    public static Ruleset LoadEmbedded(string id)
    {
        using var stream = typeof(RulesetLoader).Assembly.GetManifestResourceStream($"rulesets/{id}.json")
                           ?? throw new RulesetException([$"regelsættet '{id}' findes ikke"]);
        return Load(stream);
    }

    public static Ruleset Load(Stream json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new RulesetException([$"ikke gyldig JSON ({ex.Message})"]);
        }

        using (document)
        {
            var problems = new List<string>();
            var root = document.RootElement;
            var id = Text(root, "id", "", problems);
            var name = Text(root, "name", "", problems);
            var doc = Text(root, "document", "", problems);
            var parameters = ReadParameters(root, problems);
            if (problems.Count == 0)
            {
                CheckSense(parameters, problems);
            }

            if (problems.Count > 0)
            {
                throw new RulesetException(problems);
            }

            return new Ruleset(id, name, doc, parameters);
        }
    }

    /// <summary>Every expected parameter that reads without a problem, by name; each unknown, missing or unreadable
    /// one adds a problem.</summary>
    private static Dictionary<string, object> ReadParameters(JsonElement root, List<string> problems)
    {
        var parameters = new Dictionary<string, object>(StringComparer.Ordinal);
        if (!root.TryGetProperty("parameters", out var list) || list.ValueKind != JsonValueKind.Object)
        {
            problems.Add("parameters mangler");
            return parameters;
        }

        foreach (var property in list.EnumerateObject().Where(p => Expected.All(e => e.Name != p.Name)))
        {
            problems.Add($"parameters.{property.Name}: ukendt parameter");
        }

        foreach (var (parameterName, kind) in Expected)
        {
            if (!list.TryGetProperty(parameterName, out var p))
            {
                problems.Add($"parameters.{parameterName} mangler");
                continue;
            }

            if (ReadParameter(p, parameterName, kind, problems) is { } parameter)
            {
                parameters[parameterName] = parameter;
            }
        }

        return parameters;
    }

    private static object? ReadParameter(JsonElement p, string parameterName, Kind kind, List<string> problems)
    {
        var path = $"parameters.{parameterName}";
        var section = Text(p, "section", path + ".", problems);
        var source = Text(p, "source", path + ".", problems);
        return kind switch
        {
            Kind.Date => Values(p, path, problems, parameterName, section, source, ReadDate),
            Kind.Amount => Values(p, path, problems, parameterName, section, source, ReadAmount),
            _ => Values(p, path, problems, parameterName, section, source, ReadCount),
        };
    }

    private static void CheckSense(Dictionary<string, object> parameters, List<string> problems)
    {
        var start = ((DatedParameter<DateOnly>)parameters["projectStart"]).Values;
        var end = ((DatedParameter<DateOnly>)parameters["projectEnd"]).Values;
        if (start.Any(s => end.Any(e => e.Value <= s.Value)))
        {
            problems.Add("projectEnd skal ligge efter projectStart");
        }

        foreach (var name in new[] { "minimumCourseMonths", "outcomeWeeks" })
        {
            if (((DatedParameter<int>)parameters[name]).Values.Any(v => v.Value < 1))
            {
                problems.Add($"{name} skal være mindst 1");
            }
        }
    }

    private static DatedParameter<T>? Values<T>(JsonElement p, string path, List<string> problems, string name, string section,
        string source, Func<JsonElement, T?> read)
        where T : struct
    {
        if (!p.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Array || values.GetArrayLength() == 0)
        {
            problems.Add($"{path}.values skal have mindst én værdi");
            return null;
        }

        var result = new List<(DateOnly, T)>();
        var index = 0;
        foreach (var v in values.EnumerateArray())
        {
            var at = $"{path}.values[{index++}]";
            DateOnly? from = v.TryGetProperty("from", out var f) ? ReadDate(f) : null;
            T? value = v.TryGetProperty("value", out var x) ? read(x) : null;
            if (from is null)
            {
                problems.Add($"{at}.from skal være en dato (ÅÅÅÅ-MM-DD)");
            }

            if (value is null)
            {
                problems.Add($"{at}.value har en forkert type eller er negativ");
            }

            if (from is not null && value is not null)
            {
                if (result.Count > 0 && result[^1].Item1 >= from)
                {
                    problems.Add($"{at}.from skal ligge efter den forrige værdis dato");
                }

                result.Add((from.Value, value.Value));
            }
        }

        return result.Count == values.GetArrayLength() ? new DatedParameter<T>(name, section, source, result) : null;
    }

    private static string Text(JsonElement element, string name, string path, List<string> problems)
    {
        if (element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
        {
            return value.GetString()!;
        }

        problems.Add($"{path}{name} mangler (hver parameter skal have afsnit og kilde)");
        return string.Empty;
    }

    private static DateOnly? ReadDate(JsonElement e) =>
        e.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(e.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;

    private static decimal? ReadAmount(JsonElement e) => e.ValueKind == JsonValueKind.Number && e.TryGetDecimal(out var d) && d >= 0 ? d : null;

    private static int? ReadCount(JsonElement e) => e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var i) && i >= 0 ? i : null;
}
