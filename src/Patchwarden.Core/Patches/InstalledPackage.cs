namespace Patchwarden.Core.Patches;

/// <summary>A package (or, on Windows, an installed update) present on a machine.</summary>
public sealed record InstalledPackage
{
    /// <summary>Same id format as <see cref="Patch.Id"/> for this OS family.</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Version { get; init; }

    public string? Arch { get; init; }

    public string? Priority { get; init; }

    public string? Section { get; init; }

    public string? Classification { get; init; }

    public string? Severity { get; init; }

    public string? Product { get; init; }

    /// <summary>When it was installed, when the package manager knows.</summary>
    public DateTimeOffset? InstalledAt { get; init; }
}
