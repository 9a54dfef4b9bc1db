using Patchwarden.Agent.Apt;
using Patchwarden.Agent.Tests.Fixtures;

namespace Patchwarden.Agent.Tests.Apt;

public sealed class AptOutputParserTests
{
    [Fact]
    public void Apt_cache_show_gives_each_candidate_its_section_priority_and_summary()
    {
        var candidates = AptCandidate.ParseShow(CapturedOutput.Read("debian12-host-apt-cache-show.txt")).ToDictionary(c => c.Package);

        Assert.Equal(["base-files", "libgcrypt20", "libssl3"], candidates.Keys.Order());
        Assert.Equal(("12.4+deb12u15", "admin", "required"), (candidates["base-files"].Version, candidates["base-files"].Section, candidates["base-files"].Priority));
        Assert.Equal(("libs", "optional"), (candidates["libssl3"].Section, candidates["libssl3"].Priority));
        Assert.Equal("Debian base system miscellaneous files", candidates["base-files"].Summary);
    }

    [Fact]
    public void Apt_cache_show_of_the_fixture_repository_reads_the_test_packages()
    {
        var candidates = AptCandidate.ParseShow(CapturedOutput.Read("fixture-apt-cache-show.txt")).ToDictionary(c => c.Package);

        Assert.Equal(("2.0", "libs", "important", "all"), (candidates["beta"].Version, candidates["beta"].Section, candidates["beta"].Priority, candidates["beta"].Architecture));
        Assert.Equal(("1.1", "utils", "optional"), (candidates["alpha"].Version, candidates["alpha"].Section, candidates["alpha"].Priority));
    }

    [Fact]
    public void Dpkg_query_of_a_real_Debian_12_machine_lists_every_package_as_complete()
    {
        var packages = DpkgPackage.Parse(CapturedOutput.Read("debian12-host-dpkg-query.txt"));

        Assert.Equal(810, packages.Count);
        Assert.All(packages, p => Assert.True(p.IsPresent && p.IsComplete, p.Name));
        var dpkg = Assert.Single(packages, p => p.Name == "dpkg");
        Assert.Equal(("amd64", "admin", "required"), (dpkg.Architecture, dpkg.Section, dpkg.Priority));
        Assert.Equal("dpkg", dpkg.Id("amd64"));
    }

    [Fact]
    public void A_package_whose_postinst_failed_is_present_but_not_complete()
    {
        var packages = DpkgPackage.Parse(CapturedOutput.Read("fixture-dpkg-query-half-configured.txt")).ToDictionary(p => p.Name);

        Assert.Equal('F', packages["gamma"].State);
        Assert.True(packages["gamma"].IsPresent);
        Assert.False(packages["gamma"].IsComplete);
        Assert.True(packages["alpha"].IsComplete);
    }

    [Theory]
    [InlineData("ii ", true, true)]
    [InlineData("hi ", true, true)]
    [InlineData("iW ", true, true)]
    [InlineData("it ", true, true)]
    [InlineData("iF ", true, false)]
    [InlineData("iU ", true, false)]
    [InlineData("iHR", true, false)]
    [InlineData("rc ", false, false)]
    [InlineData("un ", false, false)]
    public void Dpkg_status_letters_say_whether_a_package_is_there_and_configured(string status, bool present, bool complete)
    {
        var package = Assert.Single(DpkgPackage.Parse($"p\t1.0\tamd64\tutils\toptional\t{status}\n"));

        Assert.Equal((present, complete), (package.IsPresent, package.IsComplete));
    }

    [Theory]
    [InlineData("libc6", "amd64", "amd64", "libc6")]
    [InlineData("libc6", "i386", "amd64", "libc6:i386")]
    [InlineData("tzdata", "all", "amd64", "tzdata")]
    public void Package_ids_carry_the_architecture_only_when_it_is_foreign(string name, string arch, string native, string id) =>
        Assert.Equal(id, AptIds.Of(name, arch, native));

    [Fact]
    public void Apt_config_shell_of_the_machine_gives_the_default_paths()
    {
        var paths = AptPaths.ParseShell(CapturedOutput.Read("debian12-host-apt-config-shell.txt"));

        Assert.NotNull(paths);
        Assert.Equal(("/var/lib/dpkg/status", "/var/lib/dpkg", "amd64"), (paths.StatusFile, paths.AdminDirectory, paths.NativeArchitecture));
        Assert.Equal(["/var/lib/dpkg/lock-frontend", "/var/lib/dpkg/lock", "/var/cache/apt/archives/lock"], paths.InstallLocks);
        Assert.Equal(["/var/lib/apt/lists/lock"], paths.UpdateLocks);
    }

    [Fact]
    public void Apt_config_shell_under_APT_CONFIG_gives_the_isolated_root_paths()
    {
        var paths = AptPaths.ParseShell(CapturedOutput.Read("fixture-apt-config-shell.txt"));

        Assert.NotNull(paths);
        Assert.Equal("/tmp/pw-pkg-proto/root2/var/lib/dpkg", paths.AdminDirectory);
        Assert.Equal("/tmp/pw-pkg-proto/root2/var/lib/dpkg/lock-frontend", paths.InstallLocks[0]);
    }

    [Fact]
    public void Apt_config_shell_output_missing_a_value_is_not_read_as_paths() =>
        Assert.Null(AptPaths.ParseShell("STATUS='/var/lib/dpkg/status'\n"));
}
