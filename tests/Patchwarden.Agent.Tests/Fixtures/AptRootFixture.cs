using System.Text;

namespace Patchwarden.Agent.Tests.Fixtures;

/// <summary>
/// Two local apt repositories of tiny packages, built once per test collection (RECIPES.md): an ordinary archive and one
/// that presents itself as Debian's security pocket. <see cref="CreateRootAsync"/> gives each test its own isolated apt
/// root (reached through <c>APT_CONFIG</c> in the child processes only) with the old versions installed.
/// Everything lives under one temporary folder that is deleted at the end.
/// </summary>
public sealed class AptRootFixture : IAsyncLifetime
{
    /// <summary>What every new root has installed.</summary>
    public static readonly IReadOnlyDictionary<string, string> Installed = new Dictionary<string, string>
    {
        ["alpha"] = "1.0",
        ["beta"] = "1.0",
        ["gamma"] = "1.0",
        ["delta"] = "1.0",
        ["linux-image-pw"] = "1.0",
        ["epsilon"] = "1.0",
    };

    /// <summary>The packages and versions in the repositories; the newest of each is what a scan must find.</summary>
    public static readonly IReadOnlyList<TestDeb> Packages =
    [
        new("alpha", "1.0", "utils", "optional", AptTestRepository.Main),
        new("alpha", "1.1", "utils", "optional", AptTestRepository.Main) { Depends = "zeta" },
        new("zeta", "1.0", "misc", "optional", AptTestRepository.Main),
        new("beta", "1.0", "libs", "important", AptTestRepository.Main),
        new("beta", "2.0", "libs", "important", AptTestRepository.Security),
        new("gamma", "1.0", "admin", "optional", AptTestRepository.Main),
        new("gamma", "1.1", "admin", "optional", AptTestRepository.Main) { Postinst = "echo 'gamma: configuration refused' >&2\nexit 1" },
        new("delta", "1.0", "net", "standard", AptTestRepository.Main),
        new("delta", "1.1", "net", "standard", AptTestRepository.Both),
        new("linux-image-pw", "1.0", "kernel", "optional", AptTestRepository.Main),
        new("linux-image-pw", "1.1", "kernel", "optional", AptTestRepository.Main)
        {
            // Like a kernel's postinst, ask for a reboot; DPKG_ROOT (set by dpkg for chrootless scripts) keeps it inside the test root.
            Postinst = """
                [ -n "$DPKG_ROOT" ] || { echo 'DPKG_ROOT is not set; not touching the real /var/run' >&2; exit 1; }
                if [ "$1" = configure ]; then
                  mkdir -p "$DPKG_ROOT/var/run"
                  touch "$DPKG_ROOT/var/run/reboot-required"
                  echo linux-image-pw >> "$DPKG_ROOT/var/run/reboot-required.pkgs"
                fi
                """,
        },
        new("epsilon", "1.0", "utils", "extra", AptTestRepository.Main),
    ];

    private string? _directory;

    /// <summary>Null when the tools are here; otherwise why not (tests skip, or fail in CI, with it).</summary>
    public string? Unavailable { get; private set; }

    public string MainRepository => Path.Combine(Directory, "repo-main");

    public string SecurityRepository => Path.Combine(Directory, "repo-security");

    private string Directory => _directory ?? throw new InvalidOperationException(Unavailable ?? "the apt fixture is not initialized");

    public async ValueTask InitializeAsync()
    {
        Unavailable = RequiredTools.Unavailable(RequiredTools.Apt);
        if (Unavailable is not null)
        {
            return;
        }

        _directory = System.IO.Directory.CreateTempSubdirectory("pw-apt-").FullName;
        foreach (var package in Packages)
        {
            // One .deb, copied to each repository that carries it, as the archive and the security pocket share a build.
            var deb = await BuildAsync(package);
            foreach (var repository in new[] { AptTestRepository.Main, AptTestRepository.Security }.Where(r => package.Repository.HasFlag(r)))
            {
                var pool = System.IO.Directory.CreateDirectory(Path.Combine(repository == AptTestRepository.Main ? MainRepository : SecurityRepository, "pool")).FullName;
                File.Copy(deb, Path.Combine(pool, Path.GetFileName(deb)));
            }
        }

        await IndexAsync(MainRepository, origin: "Patchwarden", label: "Patchwarden", suite: "stable", version: "12.5");
        await IndexAsync(SecurityRepository, origin: "Debian", label: "Debian-Security", suite: "stable-security", version: "12");
    }

    /// <summary>A new isolated root with <see cref="Installed"/> installed; dispose it to delete it.</summary>
    public async Task<AptRoot> CreateRootAsync()
    {
        RequiredTools.Require(Unavailable);
        var root = new AptRoot(System.IO.Directory.CreateDirectory(Path.Combine(Directory, "root-" + Guid.NewGuid().ToString("N")[..8])));
        foreach (var folder in new[] { "var/lib/dpkg/info", "var/lib/dpkg/updates", "etc/apt/apt.conf.d", "etc/apt/preferences.d",
                     "etc/apt/sources.list.d", "var/lib/apt/lists/partial", "var/cache/apt/archives/partial", "var/log", "var/run" })
        {
            System.IO.Directory.CreateDirectory(Path.Combine(root.Path, folder));
        }

        await File.WriteAllTextAsync(Path.Combine(root.Path, "var/lib/dpkg/status"), "");
        await File.WriteAllTextAsync(Path.Combine(root.Path, "var/lib/dpkg/available"), "");
        await File.WriteAllTextAsync(root.ConfigFile, $$"""
            Dir "{{root.Path}}/";
            Dir::State::status "{{root.Path}}/var/lib/dpkg/status";
            APT::Sandbox::User "root";
            DPkg::Options {"--root={{root.Path}}"; "--log={{root.Path}}/var/log/dpkg.log"; "--force-not-root"; "--force-bad-path"; "--force-script-chrootless";};

            """);
        await File.WriteAllTextAsync(Path.Combine(root.Path, "etc/apt/sources.list"), $"""
            deb [trusted=yes] file:{MainRepository} ./
            deb [trusted=yes] file:{SecurityRepository} ./

            """);
        await FixtureCommands.RunAsync("apt-get", ["-q", "update"], root.Environment);
        await FixtureCommands.RunAsync("apt-get", ["-q", "-y", "install", .. Installed.Select(p => $"{p.Key}={p.Value}")], root.Environment);
        return root;
    }

    public ValueTask DisposeAsync()
    {
        if (_directory is not null && System.IO.Directory.Exists(_directory))
        {
            System.IO.Directory.Delete(_directory, recursive: true);
        }

        return ValueTask.CompletedTask;
    }

    private async Task<string> BuildAsync(TestDeb package)
    {
        var source = Path.Combine(Directory, "build", $"{package.Name}_{package.Version}");
        var debian = Path.Combine(source, "DEBIAN");
        System.IO.Directory.CreateDirectory(debian);
        System.IO.Directory.CreateDirectory(Path.Combine(source, "usr/share", package.Name));
        await File.WriteAllTextAsync(Path.Combine(source, "usr/share", package.Name, "version"), package.Version + "\n");
        var control = new StringBuilder()
            .Append($"Package: {package.Name}\nVersion: {package.Version}\nSection: {package.Section}\nPriority: {package.Priority}\n")
            .Append("Architecture: all\nMaintainer: Patchwarden tests <tests@example.invalid>\n")
            .Append(package.Depends is null ? "" : $"Depends: {package.Depends}\n")
            .Append($"Description: {package.Name} test package\n Built by the Patchwarden agent tests.\n");
        await File.WriteAllTextAsync(Path.Combine(debian, "control"), control.ToString());
        if (package.Postinst is not null && !OperatingSystem.IsWindows())
        {
            var postinst = Path.Combine(debian, "postinst");
            await File.WriteAllTextAsync(postinst, "#!/bin/sh\n" + package.Postinst + "\n");
            File.SetUnixFileMode(postinst, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        var deb = Path.Combine(Directory, "build", $"{package.Name}_{package.Version}_all.deb");
        await FixtureCommands.RunAsync("dpkg-deb", ["--root-owner-group", "--build", source, deb]);
        return deb;
    }

    private static async Task IndexAsync(string repository, string origin, string label, string suite, string version)
    {
        var packages = await FixtureCommands.RunAsync("apt-ftparchive", ["packages", "."], workingDirectory: repository);
        await File.WriteAllTextAsync(Path.Combine(repository, "Packages"), packages.StandardOutput);
        // Written after Packages so it hashes it; captured, not written in place, so it does not hash itself.
        var release = await FixtureCommands.RunAsync("apt-ftparchive",
            [
                "-o", $"APT::FTPArchive::Release::Origin={origin}", "-o", $"APT::FTPArchive::Release::Label={label}",
                "-o", $"APT::FTPArchive::Release::Suite={suite}", "-o", $"APT::FTPArchive::Release::Version={version}",
                "-o", "APT::FTPArchive::Release::Codename=pw", "release", ".",
            ],
            workingDirectory: repository);
        await File.WriteAllTextAsync(Path.Combine(repository, "Release"), release.StandardOutput);
    }
}
