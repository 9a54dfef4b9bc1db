using System.Text;

namespace Patchwarden.Agent.Tests.Fixtures;

/// <summary>
/// A dnf base repository and an updates repository (createrepo_c) with updateinfo advisories (modifyrepo_c), built once
/// per test collection from tiny noarch RPMs. <see cref="CreateRootAsync"/> gives each test its own install root with the
/// old versions installed. Everything lives under one temporary folder that is deleted at the end.
/// </summary>
public sealed class DnfRootFixture : IAsyncLifetime
{
    public const string ReleaseVersion = "1";

    public static readonly IReadOnlyList<TestRpm> Packages =
    [
        new("kettle", 0, "1.0", "1", IsUpdate: false),
        new("kettle", 0, "1.1", "1", IsUpdate: true),
        new("toaster", 0, "2.0", "1", IsUpdate: false),
        new("toaster", 0, "2.1", "1", IsUpdate: true),
        new("mixer", 0, "3.0", "1", IsUpdate: false),
        new("mixer", 0, "3.0", "2", IsUpdate: true),
        new("blender", 1, "2.0", "1", IsUpdate: false),
        new("blender", 1, "2.1", "1", IsUpdate: true),
        new("glibc", 0, "9.0", "1", IsUpdate: false),
        new("glibc", 0, "9.1", "1", IsUpdate: true),
        new("sprocket", 0, "1.0", "1", IsUpdate: false),
        new("sprocket", 0, "1.1", "1", IsUpdate: true) { PreLua = "error(\"sprocket refuses to upgrade\")" },
        new("grinder", 0, "1.0", "1", IsUpdate: false),
    ];

    /// <summary>Advisories in the updates repository (updateinfo.xml): security with CVEs, a revised bug fix, an enhancement.</summary>
    public const string UpdateInfo = """
        <?xml version="1.0" encoding="UTF-8"?>
        <updates>
          <update from="security@example.invalid" status="stable" type="security" version="1.0">
            <id>PWSA-2024:0001</id>
            <title>Important: kettle security update</title>
            <severity>Important</severity>
            <issued date="2024-03-01 00:00:00"/>
            <references>
              <reference href="https://example.invalid/CVE-2024-1111" id="CVE-2024-1111" type="cve" title="CVE-2024-1111"/>
              <reference href="https://example.invalid/CVE-2024-2222" id="CVE-2024-2222" type="cve" title="CVE-2024-2222"/>
              <reference href="https://bugzilla.example.invalid/1" id="1" type="bugzilla" title="kettle boils over"/>
            </references>
            <description>Fixes two flaws.</description>
            <pkglist><collection short="pw"><name>pw</name>
              <package name="kettle" version="1.1" release="1" epoch="0" arch="noarch"><filename>kettle-1.1-1.noarch.rpm</filename></package>
            </collection></pkglist>
          </update>
          <update from="security@example.invalid" status="stable" type="security" version="1.0">
            <id>PWSA-2024:0002</id>
            <title>Critical: glibc security update</title>
            <severity>Critical</severity>
            <issued date="2024-06-01 12:00:00"/>
            <references>
              <reference href="https://example.invalid/CVE-2024-3333" id="CVE-2024-3333" type="cve" title="CVE-2024-3333"/>
            </references>
            <description>Fixes a flaw.</description>
            <pkglist><collection short="pw"><name>pw</name>
              <package name="glibc" version="9.1" release="1" epoch="0" arch="noarch"><filename>glibc-9.1-1.noarch.rpm</filename></package>
            </collection></pkglist>
          </update>
          <update from="bugs@example.invalid" status="stable" type="bugfix" version="1.0">
            <id>PWBA-2024:0003</id>
            <title>toaster bug fix update</title>
            <severity>None</severity>
            <issued date="2024-04-15 10:30:00"/>
            <updated date="2024-05-01 08:00:00"/>
            <description>Fixes a bug; revised once.</description>
            <pkglist><collection short="pw"><name>pw</name>
              <package name="toaster" version="2.1" release="1" epoch="0" arch="noarch"><filename>toaster-2.1-1.noarch.rpm</filename></package>
            </collection></pkglist>
          </update>
          <update from="features@example.invalid" status="stable" type="enhancement" version="1.0">
            <id>PWEA-2024:0004</id>
            <title>blender enhancement update</title>
            <severity>Low</severity>
            <issued date="2024-02-10 00:00:00"/>
            <description>Blends faster.</description>
            <pkglist><collection short="pw"><name>pw</name>
              <package name="blender" version="2.1" release="1" epoch="1" arch="noarch"><filename>blender-2.1-1.noarch.rpm</filename></package>
            </collection></pkglist>
          </update>
        </updates>
        """;

    /// <summary>Plugins Debian's dnf-plugins-core enables that must stay off: <c>local</c> writes to the host, <c>versionlock</c> needs a lock list.</summary>
    private static readonly string[] DisabledPlugins = ["local", "versionlock", "post-transaction-actions", "copr", "debuginfo-install"];

    private string? _directory;

    public string? Unavailable { get; private set; }

    public string ConfigFile => Path.Combine(Directory, "dnf.conf");

    private string Directory => _directory ?? throw new InvalidOperationException(Unavailable ?? "the dnf fixture is not initialized");

    public async ValueTask InitializeAsync()
    {
        Unavailable = RequiredTools.Unavailable(RequiredTools.Dnf, needsRoot: true);
        if (Unavailable is not null)
        {
            return;
        }

        _directory = System.IO.Directory.CreateTempSubdirectory("pw-dnf-").FullName;
        var baseRepository = Path.Combine(Directory, "repo-base");
        var updatesRepository = Path.Combine(Directory, "repo-updates");
        foreach (var package in Packages)
        {
            await BuildAsync(package, package.IsUpdate ? updatesRepository : baseRepository);
        }

        await FixtureCommands.RunAsync("createrepo_c", ["-q", baseRepository]);
        await FixtureCommands.RunAsync("createrepo_c", ["-q", updatesRepository]);
        var updateInfo = Path.Combine(Directory, "updateinfo.xml");
        await File.WriteAllTextAsync(updateInfo, UpdateInfo);
        await FixtureCommands.RunAsync("modifyrepo_c", ["--mdtype=updateinfo", updateInfo, Path.Combine(updatesRepository, "repodata")]);

        var plugins = System.IO.Directory.CreateDirectory(Path.Combine(Directory, "plugins")).FullName;
        foreach (var plugin in DisabledPlugins)
        {
            await File.WriteAllTextAsync(Path.Combine(plugins, plugin + ".conf"), "[main]\nenabled=0\n");
        }

        await File.WriteAllTextAsync(ConfigFile, $"""
            [main]
            gpgcheck=0
            reposdir=/dev/null
            pluginconfpath={plugins}
            install_weak_deps=False
            keepcache=0

            [pw-base]
            name=Patchwarden test base
            baseurl=file://{baseRepository}
            enabled=1

            [pw-updates]
            name=Patchwarden test updates
            baseurl=file://{updatesRepository}
            enabled=1

            """);
    }

    /// <summary>A new install root with every base package (or all but the core ones) installed; dispose it to delete it.</summary>
    public async Task<DnfRoot> CreateRootAsync(bool withCorePackages = true)
    {
        RequiredTools.Require(Unavailable);
        var root = new DnfRoot(System.IO.Directory.CreateDirectory(Path.Combine(Directory, "root-" + Guid.NewGuid().ToString("N")[..8])), ConfigFile);
        var packages = Packages.Where(p => !p.IsUpdate && (withCorePackages || p.Name != "glibc")).Select(p => $"{p.Name}-{p.Evr}");
        await FixtureCommands.RunAsync("dnf", [.. root.CommonArguments, "-q", "-y", "install", .. packages]);
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

    private async Task BuildAsync(TestRpm package, string repository)
    {
        var spec = new StringBuilder()
            .Append($"Name: {package.Name}\n")
            .Append(package.Epoch == 0 ? "" : $"Epoch: {package.Epoch}\n")
            .Append($"Version: {package.Version}\nRelease: {package.Release}\nSummary: {package.Name} test package\n")
            .Append("License: MIT\nBuildArch: noarch\n\n%description\nBuilt by the Patchwarden agent tests.\n\n")
            .Append(package.PreLua is null ? "" : $"%pre -p <lua>\n{package.PreLua}\n\n")
            .Append($"%install\nmkdir -p %{{buildroot}}/usr/share/{package.Name}\necho {package.Evr} > %{{buildroot}}/usr/share/{package.Name}/version\n\n")
            .Append($"%files\n/usr/share/{package.Name}/version\n");
        var specFile = Path.Combine(Directory, $"{package.Name}-{package.Version}-{package.Release}.spec");
        await File.WriteAllTextAsync(specFile, spec.ToString());
        System.IO.Directory.CreateDirectory(repository);
        await FixtureCommands.RunAsync("rpmbuild",
        [
            "--nodeps", "-bb", "--quiet",
            "--define", "_topdir " + Path.Combine(Directory, "rpmbuild"),
            "--define", "_rpmdir " + repository,
            "--define", "_build_name_fmt %%{NAME}-%%{VERSION}-%%{RELEASE}.%%{ARCH}.rpm",
            specFile,
        ]);
    }
}
