using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Patchwarden.Core.Validation;

namespace Patchwarden.Core.Serialization;

/// <summary>Walks a JSON document along the serializer's own metadata for the target type and reports every shape problem with its field path.</summary>
/// <remarks>
/// The serializer stops at the first problem; people fixing a file or a request body want them all. Each leaf value is
/// read with the real options, so the checker and the serializer cannot disagree about what a valid value is.
/// </remarks>
internal static class JsonShapeChecker
{
    public static void Check(JsonElement element, JsonTypeInfo info, string path, List<ValidationError> errors) =>
        Check(element, info, path, nullAllowed: false, errors);

    /// <summary>What a value of <paramref name="type"/> looks like in JSON, for messages.</summary>
    public static string Describe(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            return "one of " + string.Join(", ", WireNames.All(type));
        }

        return type switch
        {
            _ when type == typeof(string) => "a string",
            _ when type == typeof(int) || type == typeof(long) => "a whole number",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(DateOnly) => "a date in the form YYYY-MM-DD",
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => "a date and time in ISO 8601 form, e.g. 2024-05-01T12:00:00Z",
            _ when type.IsAssignableTo(typeof(System.Collections.IDictionary)) || IsReadOnlyDictionary(type) => "an object",
            _ when type != typeof(string) && type.IsAssignableTo(typeof(System.Collections.IEnumerable)) => "an array",
            _ => "an object",
        };
    }

    private static bool IsReadOnlyDictionary(Type type) =>
        type.GetInterfaces().Append(type).Any(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>));

    private static void Check(JsonElement element, JsonTypeInfo info, string path, bool nullAllowed, List<ValidationError> errors)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            if (!nullAllowed && Nullable.GetUnderlyingType(info.Type) is null)
            {
                errors.Add(new ValidationError(Field(path), $"must not be null; expected {Describe(info.Type)}"));
            }

            return;
        }

        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                CheckObject(element, info, path, errors);
                break;
            case JsonTypeInfoKind.Enumerable when info.ElementType is { } elementType:
                CheckArray(element, info, elementType, path, errors);
                break;
            case JsonTypeInfoKind.Dictionary when info.ElementType is { } valueType:
                CheckDictionary(element, info, valueType, path, errors);
                break;
            default:
                CheckValue(element, info, path, errors);
                break;
        }
    }

    private static void CheckObject(JsonElement element, JsonTypeInfo info, string path, List<ValidationError> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new ValidationError(Field(path), $"expected an object, found {Found(element)}"));
            return;
        }

        var properties = info.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in element.EnumerateObject())
        {
            var memberPath = FieldPath.Property(path, member.Name);
            if (!properties.TryGetValue(member.Name, out var property))
            {
                errors.Add(new ValidationError(memberPath, UnknownField(member.Name, properties.Keys)));
                continue;
            }

            if (!present.Add(member.Name))
            {
                errors.Add(new ValidationError(memberPath, "appears more than once; give each field once"));
                continue;
            }

            Check(member.Value, info.Options.GetTypeInfo(property.PropertyType), memberPath, property.IsSetNullable, errors);
        }

        foreach (var property in info.Properties.Where(p => p.IsRequired && !present.Contains(p.Name)))
        {
            errors.Add(new ValidationError(FieldPath.Property(path, property.Name), $"is required: {Describe(property.PropertyType)}"));
        }
    }

    private static void CheckArray(JsonElement element, JsonTypeInfo info, Type elementType, string path, List<ValidationError> errors)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new ValidationError(Field(path), $"expected an array, found {Found(element)}"));
            return;
        }

        var elementInfo = info.Options.GetTypeInfo(elementType);
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            Check(item, elementInfo, FieldPath.Index(path, index++), nullAllowed: false, errors);
        }
    }

    /// <summary>A map such as tags or a patch group's baselines: an object whose every value is checked on the path <c>parent.key</c>.</summary>
    private static void CheckDictionary(JsonElement element, JsonTypeInfo info, Type valueType, string path, List<ValidationError> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new ValidationError(Field(path), $"expected an object, found {Found(element)}"));
            return;
        }

        var valueInfo = info.Options.GetTypeInfo(valueType);
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in element.EnumerateObject())
        {
            var memberPath = FieldPath.Property(path, member.Name);
            if (!present.Add(member.Name))
            {
                errors.Add(new ValidationError(memberPath, "appears more than once; give each key once"));
                continue;
            }

            Check(member.Value, valueInfo, memberPath, nullAllowed: false, errors);
        }
    }

    private static void CheckValue(JsonElement element, JsonTypeInfo info, string path, List<ValidationError> errors)
    {
        try
        {
            _ = element.Deserialize(info);
        }
        catch (JsonException e)
        {
            var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
            var message = type.IsEnum
                ? e.Message // The strict enum converter's own words name the allowed values.
                : element.ValueKind == JsonValueKind.String
                    ? QuotedScalar(element.GetString() ?? "", type) ?? $"'{element.GetString()}' is not {Describe(type)}"
                    : $"expected {Describe(type)}, found {Found(element)}";
            errors.Add(new ValidationError(Field(path), message));
        }
    }

    /// <summary>A number or flag written in quotes is a common slip; say how to fix it.</summary>
    private static string? QuotedScalar(string text, Type type)
    {
        var isScalar = (type == typeof(int) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            || (type == typeof(long) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            || (type == typeof(bool) && (text == "true" || text == "false"));
        return isScalar ? $"'{text}' is a string; write {text} without quotes" : null;
    }

    private static string UnknownField(string name, IEnumerable<string> known)
    {
        var candidates = known.ToList();
        if (candidates.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase)) is { } sameLetters)
        {
            return $"is not a known field; field names are case-sensitive: did you mean {sameLetters}?";
        }

        if (candidates.MinBy(k => EditDistance(k, name)) is { } nearest && EditDistance(nearest, name) <= 2)
        {
            return $"is not a known field; did you mean {nearest}?";
        }

        return $"is not a known field; expected one of {string.Join(", ", candidates)}";
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]) ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            previous = current;
        }

        return previous[b.Length];
    }

    private static string Found(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string '{element.GetString()}'",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        _ => "null",
    };

    private static string Field(string path) => path.Length == 0 ? CoreJson.DocumentField : path;
}
