using Patchwarden.Agent.Apt;
using Patchwarden.Agent.Tests.Fixtures;

namespace Patchwarden.Agent.Tests.Apt;

public sealed class AptSimulationParserTests
{
    [Fact]
    public void Every_Inst_line_of_a_real_Debian_12_simulation_becomes_one_upgrade_and_Conf_lines_none()
    {
        var upgrades = AptSimulationParser.Parse(CapturedOutput.Read("debian12-host-apt-get-s-dist-upgrade.txt"));

        Assert.Equal(139, upgrades.Count);
        Assert.All(upgrades, u => Assert.NotNull(u.InstalledVersion));
        Assert.Equal(139, upgrades.Select(u => u.Id).Distinct().Count());
    }

    [Fact]
    public void Updates_from_the_security_pocket_of_a_real_Debian_12_simulation_are_security_and_the_rest_are_not()
    {
        var upgrades = AptSimulationParser.Parse(CapturedOutput.Read("debian12-host-apt-get-s-dist-upgrade.txt")).ToDictionary(u => u.Id);

        Assert.Equal(88, upgrades.Values.Count(u => u.IsSecurity));
        var openssl = upgrades["openssl"];
        Assert.Equal(("3.0.19-1~deb12u2", "3.0.22-1~deb12u2", "amd64"), (openssl.InstalledVersion, openssl.CandidateVersion, openssl.Architecture));
        Assert.Equal("Debian-Security:12/oldstable-security", openssl.Release?.ToString());
        Assert.True(openssl.IsSecurity);
        Assert.False(upgrades["base-files"].IsSecurity);
        Assert.Equal("Debian:12.15/oldstable", upgrades["base-files"].Release?.ToString());
    }

    [Fact]
    public void A_version_offered_by_both_the_point_release_and_the_security_pocket_is_security_and_reports_the_pocket()
    {
        var upgrades = AptSimulationParser.Parse(CapturedOutput.Read("debian12-host-apt-get-s-dist-upgrade.txt")).ToDictionary(u => u.Id);

        var libgcrypt = upgrades["libgcrypt20"];
        Assert.Equal(["Debian:12.15/oldstable", "Debian-Security:12/oldstable-security"], libgcrypt.Releases.Select(r => r.ToString()));
        Assert.True(libgcrypt.IsSecurity);
        Assert.Equal("Debian-Security:12/oldstable-security", libgcrypt.Release?.ToString());
    }

    [Fact]
    public void Epochs_and_trailing_broken_lists_do_not_disturb_the_versions()
    {
        var upgrades = AptSimulationParser.Parse(CapturedOutput.Read("debian12-host-apt-get-s-dist-upgrade.txt")).ToDictionary(u => u.Id);

        // Inst libcap2 [1:2.66-4+deb12u2+b2] (1:2.66-4+deb12u3+b1 Debian:12.15/oldstable [amd64]) []
        Assert.Equal(("1:2.66-4+deb12u2+b2", "1:2.66-4+deb12u3+b1"), (upgrades["libcap2"].InstalledVersion, upgrades["libcap2"].CandidateVersion));
        Assert.Equal("all", upgrades["tzdata"].Architecture);
    }

    [Fact]
    public void The_fixture_security_repository_is_recognised_by_its_Release_label()
    {
        var upgrades = AptSimulationParser.Parse(CapturedOutput.Read("fixture-apt-get-s-dist-upgrade.txt")).ToDictionary(u => u.Id);

        Assert.Equal(["alpha", "beta", "gamma"], upgrades.Keys.Order());
        Assert.True(upgrades["beta"].IsSecurity);
        Assert.Equal(new AptRelease("Debian-Security", null, "stable-security"), upgrades["beta"].Releases.Single());
        Assert.False(upgrades["alpha"].IsSecurity);
        Assert.Equal(new AptRelease(null, null, "stable"), upgrades["alpha"].Releases.Single());
    }

    // Written by hand in apt's format (not captured here): shapes this Debian 12 machine does not produce today.
    [Theory]
    [InlineData("Inst zeta (1.0 Patchwarden:12.5/stable [all])", "zeta", null, "1.0", "Patchwarden:12.5/stable", false)]
    [InlineData("Inst libc6:i386 [2.36-9+deb12u7] (2.36-9+deb12u9 Debian-Security:12/bookworm-security [i386])", "libc6:i386", "2.36-9+deb12u7", "2.36-9+deb12u9", "Debian-Security:12/bookworm-security", true)]
    [InlineData("Inst openssl [3.0.2-0ubuntu1.15] (3.0.2-0ubuntu1.18 Ubuntu:22.04/jammy-updates, Ubuntu:22.04/jammy-security [amd64])", "openssl", "3.0.2-0ubuntu1.15", "3.0.2-0ubuntu1.18", "Ubuntu:22.04/jammy-security", true)]
    [InlineData("Inst curl [7.81.0-1ubuntu1.15] (7.81.0-1ubuntu1.16 Ubuntu:22.04/jammy-updates [amd64]) [libcurl4:amd64 ]", "curl", "7.81.0-1ubuntu1.15", "7.81.0-1ubuntu1.16", "Ubuntu:22.04/jammy-updates", false)]
    [InlineData("Inst nginx [1.24.0-1] (1.26.0-1 nginx:stable [amd64])", "nginx", "1.24.0-1", "1.26.0-1", "nginx:stable", false)]
    [InlineData("Inst local [1.0] (1.1 localhost [all])", "local", "1.0", "1.1", "localhost", false)]
    [InlineData("Inst libssl1.1 [1.1.1n-0+deb10u3] (1.1.1n-0+deb10u6 Debian-Security:10/oldoldstable [amd64])", "libssl1.1", "1.1.1n-0+deb10u3", "1.1.1n-0+deb10u6", "Debian-Security:10/oldoldstable", true)]
    public void Inst_lines_of_every_shape_parse(string line, string id, string? installed, string candidate, string release, bool security)
    {
        var upgrade = Assert.Single(AptSimulationParser.Parse(line));

        Assert.Equal((id, installed, candidate), (upgrade.Id, upgrade.InstalledVersion, upgrade.CandidateVersion));
        Assert.Equal(release, upgrade.Release?.ToString());
        Assert.Equal(security, upgrade.IsSecurity);
    }

    [Theory]
    [InlineData("Conf beta (2.0 Debian-Security:stable-security [all])")]
    [InlineData("Remv oldpkg [1.0]")]
    [InlineData("  alpha beta gamma")]
    [InlineData("3 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.")]
    [InlineData("Inst broken-line-without-candidate")]
    public void Lines_that_are_not_installs_are_not_updates(string line) =>
        Assert.Empty(AptSimulationParser.Parse(line));

    [Theory]
    [InlineData("Debian-Security:12/bookworm-security", true)]
    [InlineData("Debian-Security:9/oldoldstable", true)]
    [InlineData("Ubuntu:22.04/jammy-security", true)]
    [InlineData("UbuntuESMApps:22.04/jammy-apps-security", true)]
    [InlineData("Debian:12.5/stable", false)]
    [InlineData("Debian:12/bookworm-updates", false)]
    [InlineData("Ubuntu:22.04/jammy-updates", false)]
    [InlineData("stable", false)]
    [InlineData("localhost", false)]
    public void A_release_is_a_security_pocket_by_its_label_or_its_suite(string release, bool security) =>
        Assert.Equal(security, AptRelease.Parse(release).IsSecurity);
}
