namespace Patchwarden.Agent.Dnf;

/// <summary>An updateinfo advisory as dnf describes it, and the packages it carries.</summary>
public sealed record DnfAdvisory
{
    public required string Id { get; init; }

    public string? Title { get; init; }

    /// <summary>dnf's type: security, bugfix, enhancement, newpackage.</summary>
    public string? Type { get; init; }

    /// <summary>Critical, Important, Moderate, Low; null when the advisory has none (dnf prints <c>None</c>).</summary>
    public string? Severity { get; init; }

    public IReadOnlyList<string> CveIds { get; init; } = [];

    /// <summary>The date dnf shows: the issue date, or the update date when the advisory was revised later.</summary>
    public DateTimeOffset? Date { get; init; }

    public IReadOnlyList<Nevra> Packages { get; init; } = [];

    public bool IsSecurity => string.Equals(Type, "security", StringComparison.OrdinalIgnoreCase);

    /// <summary>The proven model's classification for this type: Security, Bugfix, Enhancement, Newpackage.</summary>
    public string? Classification => Type?.ToLowerInvariant() switch
    {
        null or "" => null,
        "security" => "Security",
        "bugfix" => "Bugfix",
        "enhancement" => "Enhancement",
        "newpackage" => "Newpackage",
        var other => char.ToUpperInvariant(other[0]) + other[1..],
    };

    /// <summary>Which advisory speaks for a package when several carry it: security first, then bug fixes, enhancements, new packages.</summary>
    public int Rank => Type?.ToLowerInvariant() switch
    {
        "security" => 0,
        "bugfix" => 1,
        "enhancement" => 2,
        "newpackage" => 3,
        _ => 4,
    };
}
