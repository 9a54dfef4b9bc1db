using System.Text.Json;
using System.Text.Json.Serialization;

namespace Patchwarden.Core.Serialization;

/// <summary>Reads and writes every enum by its JSON name only: no numbers, no unknown names, and an error that lists the allowed names.</summary>
/// <remarks>The framework's string-enum converter also accepts integers and comma-separated flags, which would let a typo become a valid value.</remarks>
public sealed class StrictEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(StrictEnumConverter<>).MakeGenericType(typeToConvert))!; // The type has a public parameterless constructor.
}

/// <summary>Reads and writes <typeparamref name="TEnum"/> by its JSON names, case-insensitively.</summary>
public sealed class StrictEnumConverter<TEnum> : JsonConverter<TEnum> where TEnum : struct, Enum
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected one of {string.Join(", ", WireNames.All<TEnum>())} (a string)");
        }

        var text = reader.GetString() ?? "";
        return WireNames.TryParse<TEnum>(text, out var value)
            ? value
            : throw new JsonException($"'{text}' is not one of {string.Join(", ", WireNames.All<TEnum>())}");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(WireNames.Of(value));
}
