using System.Text.Json.Serialization;

namespace Patchwarden.Server.Tokens;

/// <summary>The role an API token is created with, as the API spells it.</summary>
public enum TokenRole
{
    [JsonStringEnumMemberName("admin")] Admin,
    [JsonStringEnumMemberName("auditor")] Auditor,
    [JsonStringEnumMemberName("operator")] Operator,
}
