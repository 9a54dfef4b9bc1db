using Patchwarden.Agent.Apt;

namespace Patchwarden.Agent.Tests.Fixtures;

/// <summary>One isolated apt root of the <see cref="AptRootFixture"/>; deleted on dispose.</summary>
public sealed class AptRoot(DirectoryInfo directory) : IAsyncDisposable
{
    public string Path => directory.FullName;

    public string ConfigFile => System.IO.Path.Combine(Path, "apt.conf");

    /// <summary>For child processes only: the test process itself keeps talking to the machine's own apt.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["APT_CONFIG"] = ConfigFile };

    public string LockFrontend => System.IO.Path.Combine(Path, "var/lib/dpkg/lock-frontend");

    public string RebootRequiredFile => System.IO.Path.Combine(Path, Patchwarden.Agent.Reboot.RebootRequiredFile.FlagPath);

    public AptOptions Options(TimeSpan? lockTimeout = null) => new()
    {
        Environment = Environment,
        RootPath = Path,
        LockTimeout = lockTimeout ?? TimeSpan.FromSeconds(10),
        CommandTimeout = TimeSpan.FromMinutes(2),
    };

    /// <summary>What dpkg says is in this root: name → (version, status abbreviation such as <c>ii</c> or <c>iF</c>).</summary>
    public async Task<IReadOnlyDictionary<string, (string Version, string Status)>> DpkgAsync()
    {
        var query = await FixtureCommands.RunAsync("dpkg-query",
            ["--admindir=" + System.IO.Path.Combine(Path, "var/lib/dpkg"), "-W", "-f=${Package}\\t${Version}\\t${db:Status-Abbrev}\\n"]);
        return query.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split('\t'))
            .ToDictionary(f => f[0], f => (f[1], f[2].Trim()));
    }

    public ValueTask DisposeAsync()
    {
        if (directory.Exists)
        {
            directory.Delete(recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
