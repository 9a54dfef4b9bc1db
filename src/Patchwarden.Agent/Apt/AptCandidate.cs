namespace Patchwarden.Agent.Apt;

/// <summary>What <c>apt-cache show NAME=VERSION</c> says about a candidate version: its section, priority and one-line description.</summary>
public sealed record AptCandidate(string Package, string Version, string? Architecture, string? Section, string? Priority, string? Summary)
{
    /// <summary>One record per stanza that names a package and a version; the first wins when apt prints one twice.</summary>
    public static IReadOnlyList<AptCandidate> ParseShow(string output) =>
        [.. Deb822.Parse(output)
            .Where(s => s.ContainsKey("Package") && s.ContainsKey("Version"))
            .Select(s => new AptCandidate(
                s["Package"],
                s["Version"],
                s.GetValueOrDefault("Architecture"),
                s.GetValueOrDefault("Section"),
                s.GetValueOrDefault("Priority"),
                FirstLine(s.GetValueOrDefault("Description") ?? s.GetValueOrDefault("Description-en"))))
            .DistinctBy(c => (c.Package, c.Version, c.Architecture))];

    private static string? FirstLine(string? text) => text?.Split('\n')[0].Trim() is { Length: > 0 } line ? line : null;
}
