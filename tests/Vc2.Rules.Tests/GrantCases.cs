using System.Text.Json;

namespace Vc2.Rules.Tests;

/// <summary>The grant cases in <c>../shared/grant-cases</c>, found from the repository root, so that a new case file is
/// picked up without code changes.</summary>
public static class GrantCases
{
    public static string Folder { get; } = FindFolder();

    public static TheoryData<string> Files
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var file in Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(file));
            }

            return data;
        }
    }

    public static JsonDocument Load(string name) => JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name)));

    /// <summary>Every field of <paramref name="expected"/> must be in <paramref name="actual"/> with the same value
    /// (numbers compared as decimals, arrays element by element and of the same length). Returns the differences.</summary>
    public static List<string> Compare(JsonElement expected, JsonElement actual, string path = "$")
    {
        var differences = new List<string>();
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                if (actual.ValueKind != JsonValueKind.Object)
                {
                    differences.Add($"{path}: expected an object, got {actual}");
                    break;
                }

                foreach (var property in expected.EnumerateObject())
                {
                    if (!actual.TryGetProperty(property.Name, out var value))
                    {
                        differences.Add($"{path}.{property.Name}: missing (expected {property.Value})");
                        continue;
                    }

                    differences.AddRange(Compare(property.Value, value, $"{path}.{property.Name}"));
                }

                break;
            case JsonValueKind.Array:
                if (actual.ValueKind != JsonValueKind.Array || actual.GetArrayLength() != expected.GetArrayLength())
                {
                    differences.Add($"{path}: expected {expected.GetArrayLength()} elements, got {actual}");
                    break;
                }

                for (var i = 0; i < expected.GetArrayLength(); i++)
                {
                    differences.AddRange(Compare(expected[i], actual[i], $"{path}[{i}]"));
                }

                break;
            case JsonValueKind.Number:
                if (actual.ValueKind != JsonValueKind.Number || expected.GetDecimal() != actual.GetDecimal())
                {
                    differences.Add($"{path}: expected {expected}, got {actual}");
                }

                break;
            default:
                if (expected.ToString() != actual.ToString() || expected.ValueKind != actual.ValueKind)
                {
                    differences.Add($"{path}: expected {expected}, got {actual}");
                }

                break;
        }

        return differences;
    }

    private static string FindFolder()
    {
        var override_ = Environment.GetEnvironmentVariable("VC2_GRANT_CASES");
        if (!string.IsNullOrEmpty(override_))
        {
            return override_;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vc2.slnx")))
            {
                var folder = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "grant-cases"));
                return Directory.Exists(folder)
                    ? folder
                    : throw new DirectoryNotFoundException($"The grant cases are expected at {folder} (../shared/grant-cases beside the repository).");
            }
        }

        throw new DirectoryNotFoundException("The repository root (Vc2.slnx) was not found above " + AppContext.BaseDirectory);
    }
}
