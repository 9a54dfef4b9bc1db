namespace Patchwarden.Agent.PackageManagers;

/// <summary>The result of installing one requested package, judged from the package database afterwards, not from exit codes.</summary>
public sealed record InstallOutcome
{
    public required string Id { get; init; }

    /// <summary>The requested version.</summary>
    public required string Version { get; init; }

    public required InstallStatus Status { get; init; }

    /// <summary>The version the package database holds afterwards; null when the package is not there.</summary>
    public string? InstalledVersion { get; init; }

    /// <summary>Why it failed, in the package manager's words where it gave any.</summary>
    public string? Message { get; init; }
}
