using System.Text.RegularExpressions;

namespace Patchwarden.Agent.Apt;

/// <summary>Reads <c>apt-get -s dist-upgrade</c> output (C locale): the <c>Inst</c> lines; <c>Conf</c> and <c>Remv</c> lines are not updates.</summary>
public static partial class AptSimulationParser
{
    public static IReadOnlyList<AptUpgrade> Parse(string output)
    {
        var upgrades = new List<AptUpgrade>();
        foreach (var line in output.Split('\n'))
        {
            var match = InstLine().Match(line.TrimEnd('\r'));
            if (!match.Success)
            {
                continue;
            }

            var releases = match.Groups["releases"].Value
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(AptRelease.Parse)
                .ToList();
            upgrades.Add(new AptUpgrade(
                match.Groups["name"].Value,
                match.Groups["old"].Success ? match.Groups["old"].Value : null,
                match.Groups["new"].Value,
                releases,
                match.Groups["arch"].Value));
        }

        return upgrades;
    }

    // Inst NAME [OLD] (NEW RELEASE[, RELEASE]... [ARCH]) [BROKEN ...]
    // The releases are optional (a version from no archive prints none); the first " [ARCH])" closes the candidate.
    [GeneratedRegex(@"^Inst (?<name>\S+)(?: \[(?<old>[^\]]+)\])? \((?<new>\S+)(?: (?<releases>.*?))? \[(?<arch>[^\]\s]+)\]\)", RegexOptions.CultureInvariant)]
    private static partial Regex InstLine();
}
