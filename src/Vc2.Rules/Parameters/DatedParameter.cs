namespace Vc2.Rules.Parameters;

/// <summary>
/// A parameter of the rules: its values with the dates they take effect, and where the value comes from (the
/// section of the project description and the sentence). A date before the first value takes the first value:
/// a ruleset covers its whole programme, also days counted before its start (R3).
/// </summary>
public sealed class DatedParameter<T>
{
    internal DatedParameter(string name, string section, string source, IReadOnlyList<(DateOnly From, T Value)> values)
    {
        Name = name;
        Section = section;
        Source = source;
        Values = values;
    }

    public string Name { get; }

    public string Section { get; }

    public string Source { get; }

    public IReadOnlyList<(DateOnly From, T Value)> Values { get; }

    public T At(DateOnly date)
    {
        var value = Values[0].Value;
        foreach (var (from, v) in Values)
        {
            if (from > date)
            {
                break;
            }

            value = v;
        }

        return value;
    }
}
