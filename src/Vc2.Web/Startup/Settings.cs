namespace Vc2.Web.Startup;

/// <summary>Reading settings the way operators write them.</summary>
public static class Settings
{
    /// <summary>A list setting, as a list (<c>Key:0</c>, <c>Key:1</c> …, <c>Key__0</c> in the environment) or as one value
    /// separated by commas or semicolons.</summary>
    public static IReadOnlyList<string> List(IConfiguration config, string key)
    {
        ArgumentNullException.ThrowIfNull(config);
        var section = config.GetSection(key);
        var values = section.Value is { } one ? [one] : section.GetChildren().Select(c => c.Value ?? string.Empty);
        return values.SelectMany(v => v.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
    }
}
