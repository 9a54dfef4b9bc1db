namespace Patchwarden.Agent.Apt;

/// <summary>One <c>Inst</c> line of apt's simulation: a package apt would install or upgrade, and where the new version comes from.</summary>
/// <param name="Id">The package as apt names it: <c>name</c>, or <c>name:arch</c> for a foreign architecture.</param>
/// <param name="InstalledVersion">Null when the package is new (pulled in as a dependency).</param>
/// <param name="CandidateVersion">The version apt would install.</param>
/// <param name="Releases">Every release that offers the candidate, in apt's order.</param>
/// <param name="Architecture">The candidate's architecture (<c>amd64</c>, <c>all</c>, ...).</param>
public sealed record AptUpgrade(string Id, string? InstalledVersion, string CandidateVersion, IReadOnlyList<AptRelease> Releases, string Architecture)
{
    public string Name => Id.Split(':')[0];

    public bool IsSecurity => Releases.Any(r => r.IsSecurity);

    /// <summary>The release to report: the security pocket when there is one, else the first apt names.</summary>
    public AptRelease? Release => Releases.FirstOrDefault(r => r.IsSecurity) ?? (Releases.Count > 0 ? Releases[0] : null);
}
