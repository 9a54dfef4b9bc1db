using System.Text.Json.Serialization;

namespace Patchwarden.Core.Patches;

/// <summary>How much a missing patch matters for compliance; set by the baseline rule that approved it.</summary>
/// <remarks>Ordered from least to most severe so that <c>Max</c> gives the overall severity.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<ComplianceSeverity>))]
public enum ComplianceSeverity
{
    [JsonStringEnumMemberName("UNSPECIFIED")] Unspecified,
    [JsonStringEnumMemberName("INFORMATIONAL")] Informational,
    [JsonStringEnumMemberName("LOW")] Low,
    [JsonStringEnumMemberName("MEDIUM")] Medium,
    [JsonStringEnumMemberName("HIGH")] High,
    [JsonStringEnumMemberName("CRITICAL")] Critical,
}
