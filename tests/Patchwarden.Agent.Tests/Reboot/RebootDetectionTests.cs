using Patchwarden.Agent.Reboot;
using Patchwarden.Agent.Tests.Fixtures;

namespace Patchwarden.Agent.Tests.Reboot;

public sealed class RebootDetectionTests
{
    private static readonly DateTimeOffset Boot = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Debian_needs_a_reboot_exactly_when_the_flag_file_exists_and_names_the_packages_that_asked()
    {
        var root = Directory.CreateTempSubdirectory("pw-reboot-");
        try
        {
            var before = await RebootRequiredFile.ReadAsync(root.FullName, TestContext.Current.CancellationToken);
            Directory.CreateDirectory(Path.Combine(root.FullName, "var/run"));
            await File.WriteAllTextAsync(Path.Combine(root.FullName, RebootRequiredFile.FlagPath), "*** System restart required ***\n", TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(Path.Combine(root.FullName, RebootRequiredFile.PackagesPath), "linux-image-6.1.0-21-amd64\nlibc6\nlinux-image-6.1.0-21-amd64\n", TestContext.Current.CancellationToken);
            var after = await RebootRequiredFile.ReadAsync(root.FullName, TestContext.Current.CancellationToken);

            Assert.False(before.IsRequired);
            Assert.True(after.IsRequired);
            Assert.Equal(["linux-image-6.1.0-21-amd64", "libc6"], after.PackageIds);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_boot_time_is_the_btime_line_of_proc_stat() =>
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1795903191), SystemBootTime.Parse(CapturedOutput.Read("proc-stat.txt")));

    [Fact]
    public void This_machine_reports_a_boot_time_in_the_past() =>
        Assert.True(new SystemBootTime().Read() < DateTimeOffset.UtcNow);

    [Theory]
    [InlineData("glibc", 60, true)]
    [InlineData("kernel-core", 1, true)]
    [InlineData("openssl-libs", 3600, true)]
    [InlineData("glibc", 0, false)]
    [InlineData("glibc", -60, false)]
    [InlineData("kettle", 60, false)]
    public void A_core_package_installed_after_boot_requires_a_reboot(string name, int secondsAfterBoot, bool required)
    {
        var status = InstallTimeRebootCheck.Evaluate([(name, name + ".x86_64", Boot.AddSeconds(secondsAfterBoot))], Boot);

        Assert.Equal(required, status.IsRequired);
        Assert.Equal(required ? [name + ".x86_64"] : [], status.PackageIds);
    }

    [Fact]
    public void Without_a_boot_time_no_reboot_is_claimed() =>
        Assert.False(InstallTimeRebootCheck.Evaluate([("glibc", "glibc.x86_64", Boot)], null).IsRequired);

    [Fact]
    public void Needs_restarting_output_is_read_as_a_verdict_with_the_packages_it_names()
    {
        var required = NeedsRestartingParser.Parse(CapturedOutput.Read("fixture-dnf-needs-restarting-required.txt"));
        var notRequired = NeedsRestartingParser.Parse(CapturedOutput.Read("fixture-dnf-needs-restarting-not-required.txt"));

        Assert.True(required!.Value.Required);
        Assert.Equal(["glibc"], required.Value.Packages);
        Assert.False(notRequired!.Value.Required);
        Assert.Null(NeedsRestartingParser.Parse("No such command: needs-restarting. Please use /usr/bin/dnf --help"));
    }
}
