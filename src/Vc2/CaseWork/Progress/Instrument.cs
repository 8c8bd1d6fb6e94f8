using System.Text.Json;

namespace Vc2.CaseWork.Progress;

/// <summary>Who answers a measurement.</summary>
public enum Respondent
{
    Citizen = 1,
    Mentor = 2,
    Caseworker = 3,
}

/// <summary>One dimension of the progress instrument, with its wording for each respondent who answers it.</summary>
public sealed record Dimension(string Key, string Name, bool Workplace, IReadOnlyDictionary<Respondent, string> Wording, IReadOnlyDictionary<int, string> Anchors)
{
    public bool AnsweredBy(Respondent respondent) => Wording.ContainsKey(respondent);
}

/// <summary>
/// The progress instrument (holdepunkt 9) as data: dimensions, wording per respondent, a 1–10 scale with anchor texts,
/// and the hours question. The agency decides the instrument: its versions are rows (<see cref="InstrumentVersion"/>),
/// edited and published in VC2, and answers keep the version they were given on.
/// </summary>
public sealed record Instrument(string Id, int Version, string Name, int ScaleMin, int ScaleMax, IReadOnlyDictionary<int, string> ScaleAnchors,
    IReadOnlyList<Dimension> Dimensions, IReadOnlyDictionary<Respondent, string> HoursQuestion)
{
    public IEnumerable<Dimension> For(Respondent respondent) => Dimensions.Where(d => d.AnsweredBy(respondent));
}

/// <summary>A broken instrument definition, with every problem found, refused at start.</summary>
public sealed class InstrumentException(IReadOnlyList<string> problems)
    : Exception("Måleinstrumentet kan ikke bruges: " + string.Join("; ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

public static class InstrumentLoader
{
    /// <summary>The instruments shipped with VC2 (embedded JSON), newest version last.</summary>
    public static IReadOnlyList<Instrument> Shipped()
    {
        var assembly = typeof(InstrumentLoader).Assembly;
        return assembly.GetManifestResourceNames().Where(n => n.StartsWith("instruments/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                return Load(stream);
            })
            .OrderBy(i => i.Version)
            .ToList();
    }

    /// <summary>The shipped definition of a version, as its JSON text (the seed of the first version in the database).</summary>
    public static string ShippedDefinition(int version)
    {
        var assembly = typeof(InstrumentLoader).Assembly;
        using var stream = assembly.GetManifestResourceStream($"instruments/vc2-progress-v{version}.json")
                           ?? throw new InvalidOperationException($"Version {version} af måleinstrumentet følger ikke med VC2.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Reads a definition from its JSON text, refusing it with every problem found.</summary>
    public static Instrument Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return Load(stream);
    }

    public static Instrument Load(Stream json)
    {
        var problems = new List<string>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new InstrumentException([$"ikke gyldig JSON ({ex.Message})"]);
        }

        using (document)
        {
            var root = document.RootElement;
            var id = Text(root, "id", problems);
            var name = Text(root, "name", problems);
            var version = root.TryGetProperty("version", out var v) && v.TryGetInt32(out var n) && n > 0 ? n : Fail(problems, "version skal være et heltal over 0", 0);
            var (min, max, scaleAnchors) = ReadScale(root, problems);
            var dimensions = ReadDimensions(root, min, max, problems);
            var hours = root.TryGetProperty("hours", out var h) ? ReadWording(h, "hours", problems) : new Dictionary<Respondent, string>();
            if (hours.Count != 3)
            {
                problems.Add("hours skal have et spørgsmål til borger, mentor og sagsbehandler");
            }

            return problems.Count > 0
                ? throw new InstrumentException(problems)
                : new Instrument(id, version, name, min, max, scaleAnchors, dimensions, hours);
        }
    }

    private static (int Min, int Max, IReadOnlyDictionary<int, string> Anchors) ReadScale(JsonElement root, List<string> problems)
    {
        var (min, max) = (0, 0);
        IReadOnlyDictionary<int, string> scaleAnchors = new Dictionary<int, string>();
        if (root.TryGetProperty("scale", out var scale))
        {
            min = scale.TryGetProperty("min", out var a) && a.TryGetInt32(out var x) ? x : 0;
            max = scale.TryGetProperty("max", out var b) && b.TryGetInt32(out var y) ? y : 0;
            if (min != 1 || max != 10)
            {
                problems.Add("scale skal gå fra 1 til 10");
            }

            scaleAnchors = Anchors(scale, "scale", min, max, problems);
        }
        else
        {
            problems.Add("scale mangler");
        }

        return (min, max, scaleAnchors);
    }

    private static List<Dimension> ReadDimensions(JsonElement root, int min, int max, List<string> problems)
    {
        var dimensions = new List<Dimension>();
        if (!root.TryGetProperty("dimensions", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            problems.Add("dimensions skal have mindst én dimension");
        }
        else
        {
            var index = 0;
            foreach (var d in list.EnumerateArray())
            {
                var at = $"dimensions[{index++}]";
                var key = Text(d, "key", problems, at);
                var dimensionName = Text(d, "name", problems, at);
                var workplace = d.TryGetProperty("workplace", out var w) && w.ValueKind == JsonValueKind.True;
                var wording = Wording(d, at, problems);
                if (!wording.ContainsKey(Respondent.Citizen) || !wording.ContainsKey(Respondent.Caseworker))
                {
                    problems.Add($"{at}: borgeren og sagsbehandleren besvarer alle dimensioner og skal have en formulering");
                }

                if (wording.ContainsKey(Respondent.Mentor) != workplace)
                {
                    problems.Add($"{at}: mentoren besvarer netop arbejdspladsdimensionerne (workplace: true)");
                }

                if (dimensions.Any(x => x.Key == key))
                {
                    problems.Add($"{at}: nøglen '{key}' findes to gange");
                }

                dimensions.Add(new Dimension(key, dimensionName, workplace, wording, Anchors(d, at, min, max, problems)));
            }
        }

        return dimensions;
    }

    private static Dictionary<Respondent, string> Wording(JsonElement dimension, string at, List<string> problems) =>
        dimension.TryGetProperty("wording", out var wording) ? ReadWording(wording, at + ".wording", problems) : Fail(problems, $"{at}.wording mangler", new Dictionary<Respondent, string>());

    private static Dictionary<Respondent, string> ReadWording(JsonElement element, string at, List<string> problems)
    {
        var result = new Dictionary<Respondent, string>();
        foreach (var property in element.EnumerateObject())
        {
            if (!Enum.TryParse<Respondent>(property.Name, ignoreCase: true, out var respondent))
            {
                problems.Add($"{at}.{property.Name}: ukendt respondent (citizen, mentor eller caseworker)");
            }
            else if (property.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(property.Value.GetString()))
            {
                problems.Add($"{at}.{property.Name}: formuleringen mangler");
            }
            else
            {
                result[respondent] = property.Value.GetString()!;
            }
        }

        return result;
    }

    private static Dictionary<int, string> Anchors(JsonElement element, string at, int min, int max, List<string> problems)
    {
        var anchors = new Dictionary<int, string>();
        if (element.TryGetProperty("anchors", out var list))
        {
            foreach (var property in list.EnumerateObject())
            {
                if (int.TryParse(property.Name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var point)
                    && point >= min && point <= max && property.Value.GetString() is { Length: > 0 } text)
                {
                    anchors[point] = text;
                }
                else
                {
                    problems.Add($"{at}.anchors.{property.Name}: ankerpunkter skal ligge på skalaen og have en tekst");
                }
            }
        }

        if (!anchors.ContainsKey(min) || !anchors.ContainsKey(max))
        {
            problems.Add($"{at}: skalaens ender ({min} og {max}) skal have ankertekster");
        }

        return anchors;
    }

    private static string Text(JsonElement element, string name, List<string> problems, string? at = null) =>
        element.TryGetProperty(name, out var value) && value.GetString() is { Length: > 0 } text ? text : Fail(problems, $"{(at is null ? "" : at + ".")}{name} mangler", string.Empty);

    private static T Fail<T>(List<string> problems, string problem, T value)
    {
        problems.Add(problem);
        return value;
    }
}
