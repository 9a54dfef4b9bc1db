using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Patchwarden.Core.Serialization;

namespace Patchwarden.Server.Hosting;

/// <summary>The JSON of the API's own resources: camelCase, and strict when reading (unknown fields, wrong types and unknown enum names are errors).</summary>
/// <remarks>Core's documents (baselines, inventories, compliance records) keep their own PascalCase shape: use <see cref="CoreJson"/> for those.</remarks>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Applies the API's settings to <paramref name="options"/> (the framework's own options for minimal-API results).</summary>
    public static void Apply(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = null; // Tag keys such as "Patch Group" are data, not names.
        options.PropertyNameCaseInsensitive = false;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        options.AllowDuplicateProperties = false;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.TypeInfoResolver ??= new DefaultJsonTypeInfoResolver();
        if (!options.Converters.OfType<StrictEnumConverterFactory>().Any())
        {
            options.Converters.Add(new StrictEnumConverterFactory());
        }
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Apply(options);
        options.MakeReadOnly();
        return options;
    }
}
