using Patchwarden.Core.Exceptions;
using Patchwarden.Core.Patches;

namespace Patchwarden.Server.Reevaluation;

/// <summary>Something changed that compliance depends on; the worker finds the instances it affects and re-evaluates them.</summary>
public abstract record ReevaluationRequest
{
    private ReevaluationRequest()
    {
    }

    /// <summary>A baseline was edited: instances last evaluated with it.</summary>
    public sealed record BaselineEdited(string BaselineId) : ReevaluationRequest;

    /// <summary>A patch group's baseline for one OS family was registered, changed or removed: that group's instances of that OS.</summary>
    public sealed record PatchGroupChanged(string PatchGroup, OperatingSystemFamily OperatingSystem) : ReevaluationRequest;

    /// <summary>Another baseline became an OS family's default: that OS's instances without a group registration.</summary>
    public sealed record DefaultBaselineChanged(OperatingSystemFamily OperatingSystem) : ReevaluationRequest;

    /// <summary>A standing exception was created, revoked or expired: the instances it covers.</summary>
    public sealed record ExceptionChanged(StandingException Exception) : ReevaluationRequest;

    /// <summary>These instances, e.g. after an admin changed their patch group tag.</summary>
    public sealed record Instances(IReadOnlyList<string> InstanceIds) : ReevaluationRequest;
}
