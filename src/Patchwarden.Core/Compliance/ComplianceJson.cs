using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Patchwarden.Core.Compliance;

/// <summary>The one way compliance records are written and read: the seed's field names and casing, enum names, nulls written out.</summary>
/// <remarks>
/// Uses a source-generated context (records are written on every ingestion and served verbatim). Nulls are written so
/// that every field of the contract is present in every record, as SIEM searches expect. Characters such as <c>+</c>
/// in offsets and non-ASCII letters in titles are written as themselves: the record is JSON for APIs, files and event
/// streams, never embedded in HTML.
/// </remarks>
public static class ComplianceJson
{
    /// <summary>Options for <see cref="ComplianceRecord"/> (compact); immutable and shared.</summary>
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    private static readonly JsonTypeInfo<ComplianceRecord> Compact = (JsonTypeInfo<ComplianceRecord>)Options.GetTypeInfo(typeof(ComplianceRecord));

    private static readonly JsonTypeInfo<ComplianceRecord> Indented = (JsonTypeInfo<ComplianceRecord>)Create(indented: true).GetTypeInfo(typeof(ComplianceRecord));

    public static string Serialize(ComplianceRecord record) => JsonSerializer.Serialize(record, Compact);

    /// <summary>Indented, for people (e.g. <c>patchctl ... --output json</c>).</summary>
    public static string SerializeIndented(ComplianceRecord record) => JsonSerializer.Serialize(record, Indented);

    public static byte[] SerializeToUtf8Bytes(ComplianceRecord record) => JsonSerializer.SerializeToUtf8Bytes(record, Compact);

    /// <summary>Reads a record this class wrote.</summary>
    /// <exception cref="JsonException">The text is not a compliance record.</exception>
    public static ComplianceRecord Deserialize(string json) =>
        JsonSerializer.Deserialize(json, Compact) ?? throw new JsonException("expected a compliance record, found null");

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = ComplianceJsonContext.Default,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = indented,
        };
        options.MakeReadOnly();
        return options;
    }
}
