using System.Diagnostics;
using Patchwarden.Agent.Apt;
using Patchwarden.Agent.OsDetection;
using Patchwarden.Agent.PackageManagers;
using Patchwarden.Agent.Tests.Fixtures;
using Patchwarden.Core.Patches;

namespace Patchwarden.Agent.Tests.Apt;

/// <summary>The apt provider against real apt and dpkg in an isolated root, and read-only against this machine's own apt.</summary>
[Collection(AptRootCollection.Name)]
public sealed class AptProviderTests(AptRootFixture fixture)
{
    private static readonly DetectedOperatingSystem Debian12 = new() { Family = OperatingSystemFamily.Debian, Product = "Debian12" };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static AptProvider Provider(AptOptions options) => new(options, Debian12, new ProcessRunner(TimeProvider.System), TimeProvider.System);

    [Fact]
    public async Task Scan_finds_exactly_the_expected_updates_with_versions_security_section_and_priority()
    {
        await using var root = await fixture.CreateRootAsync();

        var scan = await Provider(root.Options()).ScanAsync(Token);

        Assert.True(scan.IsSuccess, string.Join("; ", scan.Errors));
        var updates = scan.Value.Updates.ToDictionary(u => u.Id);
        Assert.Equal(["alpha", "beta", "delta", "gamma", "linux-image-pw", "zeta"], updates.Keys.Order());
        Assert.Equal(
            [
                ("alpha", "1.0", "1.1", false, "utils", "optional", "Patchwarden:12.5/stable"),
                ("beta", "1.0", "2.0", true, "libs", "important", "Debian-Security:12/stable-security"),
                ("delta", "1.0", "1.1", true, "net", "standard", "Debian-Security:12/stable-security"),
                ("gamma", "1.0", "1.1", false, "admin", "optional", "Patchwarden:12.5/stable"),
                ("linux-image-pw", "1.0", "1.1", false, "kernel", "optional", "Patchwarden:12.5/stable"),
                ("zeta", null, "1.0", false, "misc", "optional", "Patchwarden:12.5/stable"),
            ],
            updates.Values.OrderBy(u => u.Id, StringComparer.Ordinal)
                .Select(u => (u.Id, u.InstalledVersion, u.Version, u.IsSecurity, u.Section, u.Priority, u.Repository)));
        Assert.All(updates.Values, u => Assert.Equal(("Debian12", "all", (string?)null, (DateTimeOffset?)null), (u.Product, u.Arch, u.Classification, u.ReleaseDate)));
        Assert.Equal("alpha test package", updates["alpha"].Title);

        Assert.Equal(AptRootFixture.Installed.OrderBy(p => p.Key), scan.Value.Installed.Select(p => new KeyValuePair<string, string>(p.Id, p.Version)).OrderBy(p => p.Key));
        Assert.Equal(("utils", "extra"), scan.Value.Installed.Single(p => p.Id == "epsilon") is var e ? (e.Section, e.Priority) : default);
        Assert.Equal((OperatingSystemFamily.Debian, "Debian12", false), (scan.Value.OperatingSystem, scan.Value.Product, scan.Value.RebootRequired));
        Assert.True(InventoryValidator.Validate(scan.Value).IsValid);
    }

    [Fact]
    public async Task Install_of_an_exact_list_installs_exactly_it_and_leaves_the_excluded_packages_at_their_old_versions()
    {
        await using var root = await fixture.CreateRootAsync();
        var provider = Provider(root.Options());

        var install = await provider.InstallAsync([new("alpha", "1.1"), new("beta", "2.0")], Token);

        Assert.True(install.IsSuccess, string.Join("; ", install.Errors));
        Assert.Equal([("alpha", InstallStatus.Installed, "1.1"), ("beta", InstallStatus.Installed, "2.0")], install.Value.Select(o => (o.Id, o.Status, o.InstalledVersion)));
        var dpkg = await root.DpkgAsync();
        Assert.Equal(("1.1", "ii"), dpkg["alpha"]);
        Assert.Equal(("2.0", "ii"), dpkg["beta"]);
        Assert.Equal(("1.0", "ii"), dpkg["zeta"]);  // alpha 1.1 depends on it
        Assert.Equal(("1.0", "ii"), dpkg["delta"]);
        Assert.Equal(("1.0", "ii"), dpkg["gamma"]);
        Assert.Equal(("1.0", "ii"), dpkg["linux-image-pw"]);

        var rescan = await provider.ScanAsync(Token);
        Assert.Equal(["delta", "gamma", "linux-image-pw"], rescan.Value.Updates.Select(u => u.Id).Order());
    }

    [Fact]
    public async Task A_package_whose_postinst_fails_is_Failed_and_the_others_still_install()
    {
        await using var root = await fixture.CreateRootAsync();

        var install = await Provider(root.Options()).InstallAsync([new("alpha", "1.1"), new("gamma", "1.1"), new("beta", "2.0")], Token);

        Assert.True(install.IsSuccess, string.Join("; ", install.Errors));
        var outcomes = install.Value.ToDictionary(o => o.Id);
        Assert.Equal(InstallStatus.Installed, outcomes["alpha"].Status);
        Assert.Equal(InstallStatus.Installed, outcomes["beta"].Status);
        Assert.Equal(InstallStatus.Failed, outcomes["gamma"].Status);
        Assert.StartsWith("unpacked at 1.1 but not configured: ", outcomes["gamma"].Message, StringComparison.Ordinal);
        Assert.Contains("post-installation script subprocess returned error exit status 1", outcomes["gamma"].Message, StringComparison.Ordinal);
        var dpkg = await root.DpkgAsync();
        Assert.Equal([("1.1", "ii"), ("2.0", "ii"), ("1.1", "iF")], new[] { dpkg["alpha"], dpkg["beta"], dpkg["gamma"] });
    }

    [Fact]
    public async Task A_version_the_archive_does_not_have_is_Failed_in_apts_words_and_the_others_still_install()
    {
        await using var root = await fixture.CreateRootAsync();

        var install = await Provider(root.Options()).InstallAsync([new("beta", "2.0"), new("delta", "9.9")], Token);

        var outcomes = install.Value.ToDictionary(o => o.Id);
        Assert.Equal(InstallStatus.Installed, outcomes["beta"].Status);
        Assert.Equal(InstallStatus.Failed, outcomes["delta"].Status);
        Assert.Equal("still at 1.0: E: Version '9.9' for 'delta' was not found", outcomes["delta"].Message);
        Assert.Equal(("1.0", "ii"), (await root.DpkgAsync())["delta"]);
    }

    [Fact]
    public async Task A_package_that_asks_for_a_reboot_makes_the_root_reboot_required()
    {
        await using var root = await fixture.CreateRootAsync();
        var provider = Provider(root.Options());
        var before = await provider.IsRebootRequiredAsync(Token);

        var install = await provider.InstallAsync([new("linux-image-pw", "1.1")], Token);
        var after = await provider.IsRebootRequiredAsync(Token);
        var scan = await provider.ScanAsync(Token);

        Assert.False(before.IsRequired);
        Assert.Equal(InstallStatus.Installed, Assert.Single(install.Value).Status);
        Assert.True(after.IsRequired);
        Assert.Equal(["linux-image-pw"], after.PackageIds);
        Assert.True(scan.Value.RebootRequired);
        Assert.False(File.Exists("/var/run/reboot-required.pkgs") && File.ReadAllText("/var/run/reboot-required.pkgs").Contains("linux-image-pw", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(LockKind.Flock)]
    [InlineData(LockKind.Fcntl)]
    public async Task While_another_process_holds_the_dpkg_lock_install_waits_its_bound_then_fails_clearly_and_changes_nothing(LockKind kind)
    {
        await using var root = await fixture.CreateRootAsync();
        var stopwatch = Stopwatch.StartNew();

        await using (await LockHolder.HoldAsync(root.LockFrontend, kind))
        {
            var install = await Provider(root.Options(lockTimeout: TimeSpan.FromSeconds(2))).InstallAsync([new("beta", "2.0")], Token);

            Assert.False(install.IsSuccess);
            Assert.InRange(stopwatch.Elapsed, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(15));
            Assert.Equal(root.LockFrontend, install.Errors[0].Field);
            Assert.Contains("the package manager is busy", install.Errors[0].Message, StringComparison.Ordinal);
            Assert.Contains("Nothing was changed", install.Errors[0].Message, StringComparison.Ordinal);
        }

        Assert.Equal(("1.0", "ii"), (await root.DpkgAsync())["beta"]);
    }

    [Fact]
    public async Task An_APT_CONFIG_that_does_not_exist_fails_the_scan_and_the_install_before_apt_can_fall_back_to_this_machine()
    {
        RequiredTools.Require(fixture.Unavailable);
        var provider = Provider(new AptOptions { Environment = new Dictionary<string, string> { ["APT_CONFIG"] = "/nonexistent/apt.conf" } });

        var scan = await provider.ScanAsync(Token);
        var install = await provider.InstallAsync([new("beta", "2.0")], Token);

        Assert.Equal("APT_CONFIG", Assert.Single(scan.Errors).Field);
        Assert.Equal("/nonexistent/apt.conf does not exist; apt would ignore it and act on this machine's own configuration", scan.Errors[0].Message);
        Assert.Equal("APT_CONFIG", Assert.Single(install.Errors).Field);
    }

    [Fact]
    public async Task Scanning_this_machines_own_apt_reads_its_real_package_database()
    {
        RequiredTools.Require(fixture.Unavailable);
        Assert.Null(Environment.GetEnvironmentVariable("APT_CONFIG"));

        var scan = await Provider(new AptOptions { RefreshBeforeScan = false }).ScanAsync(Token);

        Assert.True(scan.IsSuccess, string.Join("; ", scan.Errors));
        var dpkg = Assert.Single(scan.Value.Installed, p => p.Id == "dpkg");
        Assert.Equal(("admin", "required"), (dpkg.Section, dpkg.Priority));
        Assert.All(scan.Value.Updates, u => Assert.NotNull(u.Repository));
        Assert.True(InventoryValidator.Validate(scan.Value).IsValid);
    }
}
