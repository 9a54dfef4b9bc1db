using System.Text.Json.Serialization;

namespace Patchwarden.Core.Baselines;

/// <summary>What a baseline filter looks at; which keys an OS family allows is in <c>PatchFilterKeys</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PatchFilterKey>))]
public enum PatchFilterKey
{
    [JsonStringEnumMemberName("PRODUCT")] Product,
    [JsonStringEnumMemberName("PRODUCT_FAMILY")] ProductFamily,
    [JsonStringEnumMemberName("CLASSIFICATION")] Classification,
    [JsonStringEnumMemberName("SEVERITY")] Severity,
    [JsonStringEnumMemberName("MSRC_SEVERITY")] MsrcSeverity,
    [JsonStringEnumMemberName("PATCH_SET")] PatchSet,
    [JsonStringEnumMemberName("PRIORITY")] Priority,
    [JsonStringEnumMemberName("SECTION")] Section,
}
