using Patchwarden.Agent.Dnf;

namespace Patchwarden.Agent.Tests.Fixtures;

/// <summary>One install root of the <see cref="DnfRootFixture"/>; deleted on dispose.</summary>
public sealed class DnfRoot(DirectoryInfo directory, string configFile) : IAsyncDisposable
{
    public string Path => directory.FullName;

    public IReadOnlyList<string> CommonArguments => ["-c", configFile, "--installroot=" + Path, "--releasever=" + DnfRootFixture.ReleaseVersion];

    public DnfOptions Options(bool useNeedsRestarting = true, TimeSpan? lockTimeout = null) => new()
    {
        ConfigFile = configFile,
        InstallRoot = Path,
        ReleaseVersion = DnfRootFixture.ReleaseVersion,
        UseNeedsRestarting = useNeedsRestarting,
        LockTimeout = lockTimeout ?? TimeSpan.FromSeconds(10),
        CommandTimeout = TimeSpan.FromMinutes(2),
    };

    /// <summary>What rpm says is installed in this root: name → <c>[epoch:]version-release</c>.</summary>
    public async Task<IReadOnlyDictionary<string, string>> RpmAsync()
    {
        var query = await FixtureCommands.RunAsync("rpm", ["--root", Path, "-qa", "--qf", "%{NAME}|%{EPOCHNUM}|%{VERSION}-%{RELEASE}\\n"]);
        return query.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split('|'))
            .ToDictionary(f => f[0], f => f[1] == "0" ? f[2] : $"{f[1]}:{f[2]}");
    }

    /// <summary>rpm's database lock under this root, found the way rpm finds its database.</summary>
    public async Task<string> RpmLockFileAsync()
    {
        var dbPath = (await FixtureCommands.RunAsync("rpm", ["--eval", "%{_dbpath}"])).StandardOutput.Trim();
        return System.IO.Path.Combine(Path, dbPath.TrimStart('/'), ".rpm.lock");
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
