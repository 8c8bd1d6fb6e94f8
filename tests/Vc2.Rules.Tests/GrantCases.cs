using System.Text.Json;

namespace Vc2.Rules.Tests;

/// <summary>The grant cases: the repository's copies in <c>tests/grant-cases</c>, always, and every case of
/// <c>../shared/grant-cases</c> as well when that folder is beside the repository (it is where the cases come from, and a
/// case added there reaches the tests before it is copied). A repository case is labelled by its file name, a case of
/// ../shared by <see cref="SharedPrefix"/> and its file name. <see cref="SharedCopiesTests"/> checks that the two folders
/// hold the same files, byte for byte.</summary>
public static class GrantCases
{
    /// <summary>The label of a case read from ../shared/grant-cases: <c>shared/</c> and its file name (short enough
    /// that the test runner shows the whole label).</summary>
    public const string SharedPrefix = "shared/";

    /// <summary><c>tests/grant-cases</c> in the repository.</summary>
    public static string Folder { get; } = Repository.File("tests", "grant-cases");

    /// <summary><c>../shared/grant-cases</c>, or null when it is not beside the repository.</summary>
    public static string? SharedFolder { get; } =
        Repository.Shared is { } shared && Directory.Exists(Path.Combine(shared, "grant-cases")) ? Path.Combine(shared, "grant-cases") : null;

    /// <summary>The file names of the repository's cases, in order.</summary>
    public static IReadOnlyList<string> RepositoryFiles { get; } = Names(Folder);

    /// <summary>Every case to run: the repository's, then those of ../shared/grant-cases when it is there.</summary>
    public static TheoryData<string> Files
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var name in RepositoryFiles)
            {
                data.Add(name);
            }

            if (SharedFolder is not null)
            {
                foreach (var name in Names(SharedFolder))
                {
                    data.Add(SharedPrefix + name);
                }
            }

            return data;
        }
    }

    /// <summary>The json file a label names: a repository case, or with <see cref="SharedPrefix"/> a case of ../shared.</summary>
    public static string PathOf(string label) => label.StartsWith(SharedPrefix, StringComparison.Ordinal)
        ? Path.Combine(SharedFolder ?? throw new DirectoryNotFoundException("../shared/grant-cases is not beside the repository"), label[SharedPrefix.Length..])
        : Path.Combine(Folder, label);

    public static JsonDocument Load(string label) => JsonDocument.Parse(File.ReadAllText(PathOf(label)));

    public static IReadOnlyList<string> Names(string folder) =>
        Directory.GetFiles(folder, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();

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
}
