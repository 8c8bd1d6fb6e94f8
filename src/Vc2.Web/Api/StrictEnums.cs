using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vc2.Web.Api;

/// <summary>
/// Enums in the API: read only by a defined name (a number, even a defined one, is refused: an undefined number stored
/// once broke every page that showed it), written by name — and a value stored before this contract that has no name
/// is written as "ukendt" instead of failing the whole response.
/// </summary>
internal sealed class StrictEnums : JsonConverterFactory
{
    private readonly JsonStringEnumConverter _names = new(namingPolicy: null, allowIntegerValues: false);

    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Named<>).MakeGenericType(typeToConvert), _names.CreateConverter(typeToConvert, options))!;

    private sealed class Named<T>(JsonConverter names) : JsonConverter<T>
        where T : struct, Enum
    {
        private readonly JsonConverter<T> _names = (JsonConverter<T>)names;

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => _names.Read(ref reader, typeToConvert, options);

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            if (Enum.IsDefined(value))
            {
                _names.Write(writer, value, options);
            }
            else
            {
                writer.WriteStringValue("ukendt");
            }
        }

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            _names.ReadAsPropertyName(ref reader, typeToConvert, options);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            if (Enum.IsDefined(value))
            {
                _names.WriteAsPropertyName(writer, value, options);
            }
            else
            {
                writer.WritePropertyName("ukendt");
            }
        }
    }
}
