using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Patchwarden.Core.Baselines;
using Patchwarden.Core.Patches;
using Patchwarden.Core.Validation;

namespace Patchwarden.Core.Serialization;

/// <summary>The JSON shape of Core's documents (baselines, inventories, ...) and strict reading that turns every mistake into a field-path error.</summary>
/// <remarks>
/// Property names are PascalCase as declared, enums use their JSON names, unknown fields, wrong types, nulls in
/// non-nullable fields and duplicate fields are errors. Errors use field paths such as
/// <c>ApprovalRules[0].PatchFilterGroup.PatchFilters[1].Values[0]</c>; a document that is not JSON at all is reported
/// on the field <c>$</c> with its line and column.
/// </remarks>
public static class CoreJson
{
    /// <summary>The field name used for problems with the document as a whole.</summary>
    public const string DocumentField = "$";

    /// <summary>Options for reading and writing Core types; immutable and shared.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Reads and validates a patch baseline (see <see cref="BaselineValidator"/>).</summary>
    public static Result<PatchBaseline> ReadBaseline(string json) => ReadValid<PatchBaseline>(json, BaselineValidator.Validate);

    /// <summary>Reads and validates an inventory (see <see cref="InventoryValidator"/>).</summary>
    public static Result<Inventory> ReadInventory(string json) => ReadValid<Inventory>(json, InventoryValidator.Validate);

    /// <summary>Reads any Core document strictly, without domain validation; every shape problem is reported at once.</summary>
    public static Result<T> Read<T>(string json) => Read<T>(json, Options);

    /// <summary>
    /// Reads <paramref name="json"/> with other <paramref name="options"/> (e.g. an API's camelCase ones) and the same
    /// strict diagnosis: every shape problem at once, on the field paths those options name.
    /// </summary>
    public static Result<T> Read<T>(string json, JsonSerializerOptions options)
    {
        try
        {
            // The fast path: a well-formed document is read in one pass.
            return JsonSerializer.Deserialize<T>(json, options) is { } value
                ? Result<T>.Success(value)
                : Result<T>.Failure(DocumentField, $"expected {JsonShapeChecker.Describe(typeof(T))}, found null");
        }
        catch (JsonException first)
        {
            // The slow path only runs for a bad document: find every problem, not just the one that stopped the reader.
            return Result<T>.Failure(Diagnose(json, options.GetTypeInfo(typeof(T)), first));
        }
    }

    /// <summary>Writes <paramref name="value"/> in Core's JSON shape, indented for people to read.</summary>
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, IndentedOptions);

    private static readonly JsonSerializerOptions IndentedOptions = new(Options) { WriteIndented = true };

    private static Result<T> ReadValid<T>(string json, Func<T, ValidationResult> validate)
    {
        var read = Read<T>(json);
        if (!read.IsSuccess)
        {
            return read;
        }

        var validation = validate(read.Value);
        return validation.IsValid ? read : Result<T>.Failure(validation.Errors);
    }

    private static List<ValidationError> Diagnose(string json, JsonTypeInfo typeInfo, JsonException first)
    {
        JsonDocument document;
        try
        {
            // Duplicates are let through here so that the checker can name them by field path.
            document = JsonDocument.Parse(json);
        }
        catch (JsonException malformed)
        {
            return [new ValidationError(DocumentField, $"is not valid JSON: {Describe(malformed)}")];
        }

        using (document)
        {
            var errors = new List<ValidationError>();
            JsonShapeChecker.Check(document.RootElement, typeInfo, "", errors);
            if (errors.Count == 0)
            {
                // The checker and the serializer disagree; the serializer's own words are better than nothing.
                errors.Add(new ValidationError(FieldPath.FromJsonPath(first.Path), Describe(first)));
            }

            return errors;
        }
    }

    /// <summary>The reader's message without its trailing "LineNumber: ... | BytePositionInLine: ..." noise, with 1-based line and column.</summary>
    private static string Describe(JsonException exception)
    {
        var message = exception.Message;
        foreach (var marker in new[] { " Path: ", " LineNumber: " })
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                message = message[..at];
            }
        }

        return exception.LineNumber is { } line
            ? $"line {line + 1}, column {exception.BytePositionInLine + 1}: {message}"
            : message;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = null,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            AllowDuplicateProperties = false,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.Strict,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new StrictEnumConverterFactory());
        options.MakeReadOnly();
        return options;
    }
}
