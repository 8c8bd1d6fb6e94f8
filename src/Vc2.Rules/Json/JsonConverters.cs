using System.Text.Json;
using System.Text.Json.Serialization;
using Vc2.Rules.Model;

namespace Vc2.Rules.Json;

/// <summary>ISO weeks as "2015-W07".</summary>
public sealed class IsoWeekJsonConverter : JsonConverter<IsoWeek>
{
    public override IsoWeek Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && IsoWeek.TryParse(reader.GetString(), out var week)
            ? week
            : throw new JsonException("ugyldig ISO-uge, skrives fx 2015-W07 (invalid ISO week)");

    public override void Write(Utf8JsonWriter writer, IsoWeek value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}

/// <summary>Dates as "2014-02-01" with a Danish message on anything else.</summary>
public sealed class DateOnlyJsonConverter : JsonConverter<DateOnly>
{
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
        && DateOnly.TryParseExact(reader.GetString(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : throw new JsonException("ugyldig dato, skrives ÅÅÅÅ-MM-DD (invalid date)");

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>
/// A register row <c>{ "week": "2015-W10", "benefit": "none", "hours": 12.5 }</c>, read straight into the compact struct
/// so that millions of rows cost no strings.
/// </summary>
public sealed class RegisterWeekJsonConverter : JsonConverter<RegisterWeek>
{
    private static readonly Dictionary<string, BenefitCategory> Categories = Enum.GetValues<BenefitCategory>()
        .ToDictionary(JsonNames.Of, c => c, StringComparer.Ordinal);

    public override RegisterWeek Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("en registeruge skal være et objekt med week, benefit og hours (expected an object)");
        }

        IsoWeek? week = null;
        BenefitCategory? benefit = null;
        decimal hours = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.ValueTextEquals("week") ? 1 : reader.ValueTextEquals("benefit") ? 2 : reader.ValueTextEquals("hours") ? 3 : 0;
            reader.Read();
            switch (name)
            {
                case 1:
                    week = reader.TokenType == JsonTokenType.String && IsoWeek.TryParse(reader.GetString(), out var w)
                        ? w
                        : throw new JsonException("week: ugyldig ISO-uge, skrives fx 2015-W07 (invalid ISO week)");
                    break;
                case 2:
                    benefit = reader.TokenType == JsonTokenType.String && Categories.TryGetValue(reader.GetString()!, out var b)
                        ? b
                        : throw new JsonException($"benefit: ukendt kategori; kendte er {string.Join(", ", Categories.Keys)} (unknown category)");
                    break;
                case 3:
                    hours = reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var h)
                        ? h
                        : throw new JsonException("hours: skal være et tal (must be a number)");
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return week is null || benefit is null
            ? throw new JsonException("en registeruge skal have week og benefit (week and benefit are required)")
            : new RegisterWeek(week.Value, benefit.Value, hours);
    }

    public override void Write(Utf8JsonWriter writer, RegisterWeek value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("week", value.Week.ToString());
        writer.WriteString("benefit", JsonNames.Of(value.Benefit));
        writer.WriteNumber("hours", value.Hours);
        writer.WriteEndObject();
    }
}

public static class JsonNames
{
    /// <summary>An enum value as the contract names it: camelCase ("notQualified", "kontanthjaelp").</summary>
    public static string Of<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
