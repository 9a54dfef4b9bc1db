namespace Patchwarden.Agent.Apt;

/// <summary>Where apt keeps its state, as the effective configuration (including <c>APT_CONFIG</c>) resolves it.</summary>
public sealed record AptPaths
{
    /// <summary>The <c>apt-config shell</c> arguments that print every value this record needs, resolved by apt itself.</summary>
    public static IReadOnlyList<string> ShellArguments { get; } =
    [
        "shell",
        "STATUS", "Dir::State::status/f",
        "LISTS", "Dir::State::lists/d",
        "ARCHIVES", "Dir::Cache::archives/d",
        "ARCH", "APT::Architecture",
    ];

    /// <summary>dpkg's status file; its folder is dpkg's admin dir.</summary>
    public required string StatusFile { get; init; }

    public required string ListsDirectory { get; init; }

    public required string ArchivesDirectory { get; init; }

    public required string NativeArchitecture { get; init; }

    public string AdminDirectory => Path.GetDirectoryName(StatusFile) ?? "/var/lib/dpkg";

    /// <summary>The locks an install needs: dpkg's frontend lock and its database lock, and apt's download lock.</summary>
    public IReadOnlyList<string> InstallLocks =>
        [Path.Combine(AdminDirectory, "lock-frontend"), Path.Combine(AdminDirectory, "lock"), Path.Combine(ArchivesDirectory, "lock")];

    /// <summary>The lock <c>apt-get update</c> needs.</summary>
    public IReadOnlyList<string> UpdateLocks => [Path.Combine(ListsDirectory, "lock")];

    /// <summary>Reads <c>apt-config shell</c> output (<c>NAME='value'</c> lines); null when a value is missing.</summary>
    public static AptPaths? ParseShell(string output)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n'))
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var value = line[(equals + 1)..].Trim();
            if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'')
            {
                // apt-config quotes for sh: a quote inside the value is written '"'"' (close, quoted quote, reopen).
                value = value[1..^1].Replace("'\"'\"'", "'", StringComparison.Ordinal);
            }

            values[line[..equals].Trim()] = value;
        }

        return values.TryGetValue("STATUS", out var status) && values.TryGetValue("LISTS", out var lists)
            && values.TryGetValue("ARCHIVES", out var archives) && values.TryGetValue("ARCH", out var arch)
            ? new AptPaths { StatusFile = status, ListsDirectory = lists, ArchivesDirectory = archives, NativeArchitecture = arch }
            : null;
    }
}
