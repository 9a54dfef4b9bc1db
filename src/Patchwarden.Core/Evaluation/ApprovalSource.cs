using System.Text.Json.Serialization;

namespace Patchwarden.Core.Evaluation;

/// <summary>What approved a patch: nothing, an approval rule, or the baseline's approved list.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ApprovalSource>))]
public enum ApprovalSource
{
    None,
    Rule,
    ApprovedList,
}
