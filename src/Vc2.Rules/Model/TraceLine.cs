using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vc2.Rules.Model;

/// <summary>
/// One line of the explanation of an amount: the rule that made it, the inputs it used (as invariant text, for
/// programs and tests) and the Danish sentence for people. In JSON a line is the string "R4: sentence", as the settle
/// contract of tilskud.md has it; the inputs stay in the process.
/// </summary>
[JsonConverter(typeof(TraceLineJsonConverter))]
public sealed record TraceLine
{
    private readonly TraceInput[] _inputs;

    public TraceLine(string rule, string text, params TraceInput[] inputs)
    {
        Rule = rule;
        Text = text;
        _inputs = inputs;
    }

    /// <summary>The rule id of tilskud.md, "R1" … "R12".</summary>
    public string Rule { get; }

    /// <summary>The Danish sentence.</summary>
    public string Text { get; }

    public IReadOnlyList<TraceInput> Inputs => _inputs;

    public override string ToString() => $"{Rule}: {Text}";

    /// <summary>Equal when rule, sentence and inputs are (the inputs by value).</summary>
    public bool Equals(TraceLine? other) =>
        other is not null && Rule == other.Rule && Text == other.Text && _inputs.AsSpan().SequenceEqual(other._inputs);

    public override int GetHashCode() => HashCode.Combine(Rule, Text);
}

/// <summary>An input of a rule's evaluation: its name and its value, kept as a number (amounts and hours in hundredths,
/// dates as day numbers, weeks as ordinals, months as yyyymm) and written as invariant text only when asked
/// (<see cref="Value"/>: "2014-02-01", "1500.00", "2015-W10", "2014-02"), so that a national statement neither formats
/// nor stores millions of values nobody reads.</summary>
public readonly record struct TraceInput(string Name, TraceInputKind Kind, long Number)
{
    public static TraceInput Of(string name, DateOnly value) => new(name, TraceInputKind.Date, value.DayNumber);

    public static TraceInput Of(string name, decimal value) => new(name, TraceInputKind.Amount, (long)Math.Round(value * 100, MidpointRounding.AwayFromZero));

    public static TraceInput Of(string name, int value) => new(name, TraceInputKind.WholeNumber, value);

    public static TraceInput Of(string name, IsoWeek value) => new(name, TraceInputKind.Week, value.Ordinal);

    public static TraceInput Of(string name, bool value) => new(name, TraceInputKind.YesNo, value ? 1 : 0);

    public static TraceInput Month(string name, int year, int month) => new(name, TraceInputKind.Month, (year * 100) + month);

    public string Value => Kind switch
    {
        TraceInputKind.Date => DateOnly.FromDayNumber((int)Number).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        TraceInputKind.Week => IsoWeek.FromOrdinal((int)Number).ToString(),
        TraceInputKind.Amount => (Number / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
        TraceInputKind.Month => $"{Number / 100:D4}-{Number % 100:D2}",
        TraceInputKind.YesNo => Number == 1 ? "true" : "false",
        _ => Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public override string ToString() => $"{Name}={Value}";
}

public enum TraceInputKind
{
    WholeNumber,
    Amount,
    Date,
    Week,
    Month,
    YesNo,
}

/// <summary>Writes a line as "R4: sentence" and reads it back (without its inputs), so statements stored as JSON keep reading.</summary>
public sealed class TraceLineJsonConverter : JsonConverter<TraceLine>
{
    public override TraceLine Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException("en forklaringslinje skal være tekst (an explanation line must be a string)");
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 ? new TraceLine(text[..colon], text[(colon + 2)..]) : new TraceLine(string.Empty, text);
    }

    public override void Write(Utf8JsonWriter writer, TraceLine value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.ToString());
    }
}
