using System.Text.Json.Serialization;

namespace Patchwarden.Core.Compliance;

/// <summary>An instance's patch compliance: NON_COMPLIANT exactly when some patch is in a non-compliant state without an exception.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ComplianceStatus>))]
public enum ComplianceStatus
{
    [JsonStringEnumMemberName("COMPLIANT")] Compliant,
    [JsonStringEnumMemberName("NON_COMPLIANT")] NonCompliant,
}
