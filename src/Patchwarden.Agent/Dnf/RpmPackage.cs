using System.Globalization;

namespace Patchwarden.Agent.Dnf;

/// <summary>One installed package as <c>rpm -qa --qf</c> with <see cref="QueryFormat"/> prints it.</summary>
public sealed record RpmPackage(Nevra Nevra, DateTimeOffset? InstalledAt)
{
    public const string QueryFormat = "%{NAME}|%{EPOCHNUM}|%{VERSION}|%{RELEASE}|%{ARCH}|%{INSTALLTIME}\\n";

    public static IReadOnlyList<RpmPackage> Parse(string output)
    {
        var packages = new List<RpmPackage>();
        foreach (var line in output.Split('\n'))
        {
            var fields = line.TrimEnd('\r').Split('|');
            // gpg-pubkey entries are imported signing keys, not software.
            if (fields.Length != 6 || fields[0].Length == 0 || fields[0] == "gpg-pubkey")
            {
                continue;
            }

            DateTimeOffset? installedAt = long.TryParse(fields[5], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                : null;
            packages.Add(new RpmPackage(new Nevra(fields[0], Nevra.ParseEpoch(fields[1]), fields[2], fields[3], fields[4]), installedAt));
        }

        return packages;
    }
}
