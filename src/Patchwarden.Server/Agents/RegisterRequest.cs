using Patchwarden.Core.Patches;

namespace Patchwarden.Server.Agents;

/// <summary>The body of <c>POST /api/v1/agent/register</c>. There are no tags here: they come from the activation only.</summary>
public sealed record RegisterRequest
{
    public required string ActivationId { get; init; }

    public required string ActivationCode { get; init; }

    public required string HostName { get; init; }

    public required AgentOperatingSystem Os { get; init; }

    public required string AgentVersion { get; init; }
}

/// <summary>The operating system an agent reports at registration.</summary>
public sealed record AgentOperatingSystem
{
    /// <summary>e.g. <c>DEBIAN</c>, <c>WINDOWS</c>.</summary>
    public required OperatingSystemFamily Family { get; init; }

    /// <summary>e.g. <c>Debian GNU/Linux</c>.</summary>
    public required string Name { get; init; }

    /// <summary>e.g. <c>12</c>.</summary>
    public required string Version { get; init; }

    /// <summary>e.g. <c>x86_64</c>, <c>arm64</c>.</summary>
    public required string Arch { get; init; }
}
