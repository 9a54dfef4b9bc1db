using System.Diagnostics;
using Patchwarden.Agent.Dnf;
using Patchwarden.Agent.OsDetection;
using Patchwarden.Agent.PackageManagers;
using Patchwarden.Agent.Reboot;
using Patchwarden.Agent.Tests.Fixtures;
using Patchwarden.Core.Patches;

namespace Patchwarden.Agent.Tests.Dnf;

/// <summary>The dnf provider against real dnf and rpm in an install root fed by createrepo_c repositories with updateinfo.</summary>
[Collection(DnfRootCollection.Name)]
public sealed class DnfProviderTests(DnfRootFixture fixture)
{
    private static readonly DetectedOperatingSystem Rhel = new() { Family = OperatingSystemFamily.RedHatEnterpriseLinux, Product = "RedhatEnterpriseLinux9.4" };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static DnfProvider Provider(DnfOptions options, IBootTime? bootTime = null) =>
        new(options, Rhel, new ProcessRunner(TimeProvider.System), bootTime ?? new SystemBootTime(), TimeProvider.System);

    private static DateTimeOffset Utc(int year, int month, int day, int hour = 0, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public async Task Scan_finds_exactly_the_expected_updates_with_classification_severity_cves_and_release_date()
    {
        await using var root = await fixture.CreateRootAsync();

        var scan = await Provider(root.Options()).ScanAsync(Token);

        Assert.True(scan.IsSuccess, string.Join("; ", scan.Errors));
        var updates = scan.Value.Updates.ToDictionary(u => u.Id);
        Assert.Equal(["blender.noarch", "glibc.noarch", "kettle.noarch", "mixer.noarch", "sprocket.noarch", "toaster.noarch"], updates.Keys.Order());

        var kettle = updates["kettle.noarch"];
        Assert.Equal(("kettle", "noarch", "1.0-1", "1.1-1", "pw-updates"), (kettle.Name, kettle.Arch, kettle.InstalledVersion, kettle.Version, kettle.Repository));
        Assert.Equal(("Security", "Important", true, "PWSA-2024:0001"), (kettle.Classification, kettle.Severity, kettle.IsSecurity, kettle.AdvisoryId));
        Assert.Equal(["CVE-2024-1111", "CVE-2024-2222"], kettle.CveIds);
        Assert.Equal(Utc(2024, 3, 1), kettle.ReleaseDate);
        Assert.Equal("Important: kettle security update", kettle.Title);
        Assert.False(kettle.RequiresReboot);

        var glibc = updates["glibc.noarch"];
        Assert.Equal(("Security", "Critical", true, Utc(2024, 6, 1, 12)), (glibc.Classification, glibc.Severity, glibc.IsSecurity, glibc.ReleaseDate));
        Assert.Equal(["CVE-2024-3333"], glibc.CveIds);
        Assert.True(glibc.RequiresReboot);

        // A revised advisory: dnf 4 shows the later of issued and updated (docs/agent-providers.md).
        var toaster = updates["toaster.noarch"];
        Assert.Equal(("Bugfix", null, false, "PWBA-2024:0003", Utc(2024, 5, 1, 8)), (toaster.Classification, toaster.Severity, toaster.IsSecurity, toaster.AdvisoryId, toaster.ReleaseDate));
        Assert.Empty(toaster.CveIds);

        var blender = updates["blender.noarch"];
        Assert.Equal(("1:2.0-1", "1:2.1-1", "Enhancement", "Low", false), (blender.InstalledVersion, blender.Version, blender.Classification, blender.Severity, blender.IsSecurity));

        var mixer = updates["mixer.noarch"];
        Assert.Equal(("3.0-1", "3.0-2", null, null, false, null, null), (mixer.InstalledVersion, mixer.Version, mixer.Classification, mixer.Severity, mixer.IsSecurity, mixer.AdvisoryId, mixer.ReleaseDate));

        Assert.All(updates.Values, u => Assert.Equal("RedhatEnterpriseLinux9.4", u.Product));
        Assert.Equal(
            ["blender.noarch 1:2.0-1", "glibc.noarch 9.0-1", "grinder.noarch 1.0-1", "kettle.noarch 1.0-1", "mixer.noarch 3.0-1", "sprocket.noarch 1.0-1", "toaster.noarch 2.0-1"],
            scan.Value.Installed.Select(p => $"{p.Id} {p.Version}").Order());
        Assert.All(scan.Value.Installed, p => Assert.NotNull(p.InstalledAt));
        Assert.True(InventoryValidator.Validate(scan.Value).IsValid);
    }

    [Fact]
    public async Task Install_of_an_exact_list_installs_exactly_it_and_leaves_the_excluded_packages_at_their_old_versions()
    {
        await using var root = await fixture.CreateRootAsync();
        var provider = Provider(root.Options());

        var install = await provider.InstallAsync([new("kettle.noarch", "1.1-1"), new("blender.noarch", "1:2.1-1"), new("glibc.noarch", "9.1-1")], Token);

        Assert.True(install.IsSuccess, string.Join("; ", install.Errors));
        Assert.All(install.Value, o => Assert.Equal(InstallStatus.Installed, o.Status));
        var rpm = await root.RpmAsync();
        Assert.Equal(["1.1-1", "1:2.1-1", "9.1-1"], new[] { rpm["kettle"], rpm["blender"], rpm["glibc"] });
        Assert.Equal(["2.0-1", "3.0-1", "1.0-1"], new[] { rpm["toaster"], rpm["mixer"], rpm["sprocket"] });

        var rescan = await provider.ScanAsync(Token);
        Assert.Equal(["mixer.noarch", "sprocket.noarch", "toaster.noarch"], rescan.Value.Updates.Select(u => u.Id).Order());
    }

    [Fact]
    public async Task A_package_whose_pre_install_script_fails_is_Failed_and_the_others_still_install()
    {
        await using var root = await fixture.CreateRootAsync();

        var install = await Provider(root.Options()).InstallAsync([new("sprocket.noarch", "1.1-1"), new("toaster.noarch", "2.1-1"), new("mixer.noarch", "3.0-2")], Token);

        var outcomes = install.Value.ToDictionary(o => o.Id);
        Assert.Equal(InstallStatus.Failed, outcomes["sprocket.noarch"].Status);
        Assert.StartsWith("still at 1.0-1: ", outcomes["sprocket.noarch"].Message, StringComparison.Ordinal);
        Assert.Contains("Error in PREIN scriptlet in rpm package sprocket", outcomes["sprocket.noarch"].Message, StringComparison.Ordinal);
        Assert.Equal(InstallStatus.Installed, outcomes["toaster.noarch"].Status);
        Assert.Equal(InstallStatus.Installed, outcomes["mixer.noarch"].Status);
        var rpm = await root.RpmAsync();
        Assert.Equal(["1.0-1", "2.1-1", "3.0-2"], new[] { rpm["sprocket"], rpm["toaster"], rpm["mixer"] });
    }

    [Fact]
    public async Task A_version_no_repository_has_is_Failed_in_dnfs_words_and_the_others_still_install()
    {
        await using var root = await fixture.CreateRootAsync();

        var install = await Provider(root.Options()).InstallAsync([new("kettle.noarch", "9.9-1"), new("mixer.noarch", "3.0-2")], Token);

        var outcomes = install.Value.ToDictionary(o => o.Id);
        Assert.Equal(InstallStatus.Failed, outcomes["kettle.noarch"].Status);
        Assert.Contains("No match for argument: kettle-9.9-1.noarch", outcomes["kettle.noarch"].Message, StringComparison.Ordinal);
        Assert.Equal(InstallStatus.Installed, outcomes["mixer.noarch"].Status);
        Assert.Equal("1.0-1", (await root.RpmAsync())["kettle"]);
    }

    [Fact]
    public async Task Needs_restarting_says_no_reboot_without_core_packages_and_a_reboot_once_glibc_was_installed_after_boot()
    {
        await using var plain = await fixture.CreateRootAsync(withCorePackages: false);
        await using var withGlibc = await fixture.CreateRootAsync();

        var notRequired = await Provider(plain.Options()).IsRebootRequiredAsync(Token);
        var required = await Provider(withGlibc.Options()).IsRebootRequiredAsync(Token);

        Assert.Equal((false, "dnf needs-restarting -r"), (notRequired.IsRequired, notRequired.Reason));
        Assert.Equal((true, "dnf needs-restarting -r"), (required.IsRequired, required.Reason));
        Assert.Equal(["glibc.noarch"], required.PackageIds);
    }

    [Fact]
    public async Task Without_needs_restarting_a_core_package_installed_after_the_injected_boot_time_requires_a_reboot()
    {
        await using var root = await fixture.CreateRootAsync();
        var options = root.Options(useNeedsRestarting: false);

        var bootedYesterday = await Provider(options, new FixedBootTime(DateTimeOffset.UtcNow.AddDays(-1))).IsRebootRequiredAsync(Token);
        var bootedAfterTheInstall = await Provider(options, new FixedBootTime(DateTimeOffset.UtcNow.AddHours(1))).IsRebootRequiredAsync(Token);

        Assert.True(bootedYesterday.IsRequired);
        Assert.Equal(["glibc.noarch"], bootedYesterday.PackageIds);
        Assert.False(bootedAfterTheInstall.IsRequired);
    }

    [Fact]
    public async Task While_another_process_holds_the_rpm_lock_install_waits_its_bound_then_fails_clearly_and_changes_nothing()
    {
        await using var root = await fixture.CreateRootAsync();
        var lockFile = await root.RpmLockFileAsync();
        var stopwatch = Stopwatch.StartNew();

        await using (await LockHolder.HoldAsync(lockFile, LockKind.Fcntl))
        {
            var install = await Provider(root.Options(lockTimeout: TimeSpan.FromSeconds(2))).InstallAsync([new("kettle.noarch", "1.1-1")], Token);

            Assert.False(install.IsSuccess);
            Assert.InRange(stopwatch.Elapsed, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(15));
            Assert.Equal(lockFile, install.Errors[0].Field);
            Assert.Contains("the package manager is busy", install.Errors[0].Message, StringComparison.Ordinal);
        }

        Assert.Equal("1.0-1", (await root.RpmAsync())["kettle"]);
    }

    [Fact]
    public async Task A_dnf_configuration_that_does_not_exist_fails_the_scan_with_dnfs_complaint()
    {
        await using var root = await fixture.CreateRootAsync(withCorePackages: false);

        var scan = await Provider(root.Options() with { ConfigFile = Path.Combine(root.Path, "missing.conf") }).ScanAsync(Token);

        Assert.Equal("dnf repoquery", Assert.Single(scan.Errors).Field);
        Assert.Contains("missing.conf", scan.Errors[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kettle", "1.1-1")]
    [InlineData("kettle.noarch", "1.1")]
    [InlineData("kettle.noarch", "x:1.1-1")]
    public void An_install_list_entry_not_in_dnfs_form_is_refused_before_anything_runs(string id, string version)
    {
        Assert.Null(DnfProvider.Spec(new PackageToInstall(id, version)));
    }

    [Fact]
    public void Install_list_entries_become_dnf_package_specs_with_the_epoch_where_there_is_one()
    {
        Assert.Equal("kettle-1.1-1.noarch", DnfProvider.Spec(new PackageToInstall("kettle.noarch", "1.1-1")));
        Assert.Equal("blender-1:2.1-1.noarch", DnfProvider.Spec(new PackageToInstall("blender.noarch", "1:2.1-1")));
        Assert.Equal("python3.11-libs-3.11.7-1.el9.x86_64", DnfProvider.Spec(new PackageToInstall("python3.11-libs.x86_64", "3.11.7-1.el9")));
    }
}
