namespace Patchwarden.Agent.Apt;

/// <summary>One line of <c>dpkg-query -W</c> with <see cref="Format"/>: a package in the dpkg database and its state.</summary>
public sealed record DpkgPackage(string Name, string Version, string Architecture, string? Section, string? Priority, string StatusAbbrev)
{
    /// <summary>Tab-separated so that empty fields stay in place; <c>db:Status-Abbrev</c> is want, state and error flags (<c>ii </c>).</summary>
    public const string Format = "${Package}\\t${Version}\\t${Architecture}\\t${Section}\\t${Priority}\\t${db:Status-Abbrev}\\n";

    /// <summary>The state letter: i installed, U unpacked, F half-configured, H half-installed, W/t triggers, c config-files, n not installed.</summary>
    public char State => StatusAbbrev.Length > 1 ? StatusAbbrev[1] : 'n';

    /// <summary>Files are on disk (fully or partly); only removed packages and leftover config files are absent.</summary>
    public bool IsPresent => State is not ('n' or 'c');

    /// <summary>Unpacked and configured: installed, or only waiting for triggers.</summary>
    public bool IsComplete => State is 'i' or 'W' or 't';

    /// <summary>The id apt uses for it: the bare name, qualified with <c>:arch</c> only for a foreign architecture.</summary>
    public string Id(string nativeArchitecture) => AptIds.Of(Name, Architecture, nativeArchitecture);

    public static IReadOnlyList<DpkgPackage> Parse(string output)
    {
        var packages = new List<DpkgPackage>();
        foreach (var line in output.Split('\n'))
        {
            var fields = line.TrimEnd('\r').Split('\t');
            if (fields.Length < 6 || fields[0].Length == 0)
            {
                continue;
            }

            packages.Add(new DpkgPackage(fields[0], fields[1], fields[2], Empty(fields[3]), Empty(fields[4]), fields[5]));
        }

        return packages;
    }

    private static string? Empty(string value) => value.Length == 0 ? null : value;
}
