namespace Patchwarden.Agent.Dnf;

/// <summary>One line of <c>dnf repoquery --upgrades</c> with <see cref="QueryFormat"/>: the newest version of an installed package, and its repository.</summary>
public sealed record DnfUpgrade(Nevra Candidate, string RepositoryId)
{
    /// <summary>dnf 4 query tags; <c>%{epoch}</c> prints 0 when the package has none.</summary>
    public const string QueryFormat = "%{name}|%{epoch}|%{version}|%{release}|%{arch}|%{repoid}";

    public static IReadOnlyList<DnfUpgrade> Parse(string output)
    {
        var upgrades = new List<DnfUpgrade>();
        foreach (var line in output.Split('\n'))
        {
            var fields = line.Trim().Split('|');
            if (fields.Length != 6 || fields[0].Length == 0)
            {
                continue;
            }

            upgrades.Add(new DnfUpgrade(new Nevra(fields[0], Nevra.ParseEpoch(fields[1]), fields[2], fields[3], fields[4]), fields[5]));
        }

        return [.. upgrades.DistinctBy(u => u.Candidate)];
    }
}
