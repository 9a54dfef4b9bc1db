using System.Text.Json.Serialization;

namespace Patchwarden.Core.Baselines;

/// <summary>What happens to a package on the rejected list.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RejectedPatchesAction>))]
public enum RejectedPatchesAction
{
    /// <summary>Installed only as a dependency of another package; then it counts as installed-other.</summary>
    [JsonStringEnumMemberName("ALLOW_AS_DEPENDENCY")] AllowAsDependency,

    /// <summary>Never installed; if present anyway the instance is non-compliant (<c>InstalledRejected</c>).</summary>
    [JsonStringEnumMemberName("BLOCK")] Block,
}
