namespace Patchwarden.Agent.PackageManagers;

/// <summary>Whether the machine must reboot for installed updates to take effect, and because of which packages.</summary>
public sealed record RebootStatus
{
    public static RebootStatus NotRequired(string reason) => new() { IsRequired = false, Reason = reason };

    public required bool IsRequired { get; init; }

    /// <summary>Package ids that asked for the reboot, when the OS says (Debian's <c>reboot-required.pkgs</c>, dnf's core packages).</summary>
    public IReadOnlyList<string> PackageIds { get; init; } = [];

    /// <summary>How it was decided, for logs and reports.</summary>
    public required string Reason { get; init; }
}
