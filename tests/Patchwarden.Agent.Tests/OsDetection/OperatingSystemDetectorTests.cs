using Patchwarden.Agent.OsDetection;
using Patchwarden.Agent.Tests.Fixtures;
using Patchwarden.Core.Patches;

namespace Patchwarden.Agent.Tests.OsDetection;

public sealed class OperatingSystemDetectorTests
{
    [Fact]
    public void This_machines_captured_os_release_is_Debian12()
    {
        var detected = OperatingSystemDetector.Detect(OsRelease.Parse(CapturedOutput.Read("debian12-os-release.txt")));

        Assert.True(detected.IsSuccess);
        Assert.Equal((OperatingSystemFamily.Debian, "Debian12", PackageManagerKind.Apt), (detected.Value.Family, detected.Value.Product, detected.Value.PackageManager));
        Assert.Equal("Debian GNU/Linux 12 (bookworm)", detected.Value.PrettyName);
    }

    // The ID and VERSION_ID lines these distributions ship in /etc/os-release.
    [Theory]
    [InlineData("ID=ubuntu\nID_LIKE=debian\nVERSION_ID=\"22.04\"\nNAME=\"Ubuntu\"", OperatingSystemFamily.Ubuntu, "Ubuntu22.04")]
    [InlineData("ID=\"rhel\"\nID_LIKE=\"fedora\"\nVERSION_ID=\"9.4\"\nNAME=\"Red Hat Enterprise Linux\"", OperatingSystemFamily.RedHatEnterpriseLinux, "RedhatEnterpriseLinux9.4")]
    [InlineData("NAME=\"Amazon Linux\"\nVERSION=\"2023\"\nID=\"amzn\"\nID_LIKE=\"fedora\"\nVERSION_ID=\"2023\"", OperatingSystemFamily.AmazonLinux2023, "AmazonLinux2023")]
    [InlineData("NAME=\"Amazon Linux\"\nVERSION=\"2\"\nID=\"amzn\"\nID_LIKE=\"centos rhel fedora\"\nVERSION_ID=\"2\"", OperatingSystemFamily.AmazonLinux2, "AmazonLinux2")]
    [InlineData("NAME=\"Rocky Linux\"\nID=\"rocky\"\nID_LIKE=\"rhel centos fedora\"\nVERSION_ID=\"9.3\"", OperatingSystemFamily.RockyLinux, "RockyLinux9.3")]
    [InlineData("NAME=\"AlmaLinux\"\nID=\"almalinux\"\nID_LIKE=\"rhel centos fedora\"\nVERSION_ID=\"8.9\"", OperatingSystemFamily.AlmaLinux, "AlmaLinux8.9")]
    [InlineData("NAME=\"Oracle Linux Server\"\nID=\"ol\"\nID_LIKE=\"fedora\"\nVERSION_ID=\"8.9\"", OperatingSystemFamily.OracleLinux, "OracleLinux8.9")]
    [InlineData("NAME=\"CentOS Linux\"\nID=\"centos\"\nID_LIKE=\"rhel fedora\"\nVERSION_ID=\"7\"", OperatingSystemFamily.CentOS, "CentOS7")]
    [InlineData("NAME=\"CentOS Stream\"\nID=\"centos\"\nID_LIKE=\"rhel fedora\"\nVERSION_ID=\"9\"", OperatingSystemFamily.CentOS, "CentOSStream9")]
    [InlineData("NAME=\"SLES\"\nID=\"sles\"\nID_LIKE=\"suse\"\nVERSION_ID=\"15.5\"", OperatingSystemFamily.Suse, "Suse15.5")]
    [InlineData("NAME=\"Raspbian GNU/Linux\"\nID=raspbian\nID_LIKE=debian\nVERSION_ID=\"11\"", OperatingSystemFamily.Debian, "RaspbianGNULinux11")]
    [InlineData("# comment\nNAME='Debian GNU/Linux'\nID=debian\nVERSION_ID='11'", OperatingSystemFamily.Debian, "Debian11")]
    public void Os_release_names_the_family_and_product(string osRelease, OperatingSystemFamily family, string product)
    {
        var detected = OperatingSystemDetector.Detect(OsRelease.Parse(osRelease));

        Assert.True(detected.IsSuccess, string.Join("; ", detected.Errors));
        Assert.Equal((family, product), (detected.Value.Family, detected.Value.Product));
    }

    [Theory]
    [InlineData("NAME=\"Fedora Linux\"\nID=fedora\nVERSION_ID=40")]
    [InlineData("NAME=\"Arch Linux\"\nID=arch")]
    [InlineData("")]
    public void An_os_family_Patchwarden_does_not_patch_is_an_error_naming_it(string osRelease)
    {
        var detected = OperatingSystemDetector.Detect(OsRelease.Parse(osRelease));

        Assert.False(detected.IsSuccess);
        Assert.Contains("is not an OS family Patchwarden patches", detected.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_and_escapes_are_removed_from_values()
    {
        var fields = OsRelease.Parse("PRETTY_NAME=\"Say \\\"hi\\\" \\$HOME\"\nEMPTY=\nBAD LINE\n");

        Assert.Equal("Say \"hi\" $HOME", fields["PRETTY_NAME"]);
        Assert.Equal("", fields["EMPTY"]);
        Assert.False(fields.ContainsKey("BAD LINE"));
    }

    [Fact]
    public async Task Detection_reads_etc_os_release_under_the_given_root_and_falls_back_to_usr_lib()
    {
        var root = Directory.CreateTempSubdirectory("pw-os-");
        try
        {
            Directory.CreateDirectory(Path.Combine(root.FullName, "usr/lib"));
            await File.WriteAllTextAsync(Path.Combine(root.FullName, "usr/lib/os-release"), "ID=amzn\nVERSION_ID=\"2023\"\n", TestContext.Current.CancellationToken);
            var fromUsrLib = await OperatingSystemDetector.DetectAsync(root.FullName, TestContext.Current.CancellationToken);

            Directory.CreateDirectory(Path.Combine(root.FullName, "etc"));
            await File.WriteAllTextAsync(Path.Combine(root.FullName, "etc/os-release"), "ID=ubuntu\nVERSION_ID=\"24.04\"\n", TestContext.Current.CancellationToken);
            var fromEtc = await OperatingSystemDetector.DetectAsync(root.FullName, TestContext.Current.CancellationToken);

            Assert.Equal("AmazonLinux2023", fromUsrLib.Value.Product);
            Assert.Equal("Ubuntu24.04", fromEtc.Value.Product);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_root_without_os_release_is_an_error_naming_where_it_looked()
    {
        var root = Directory.CreateTempSubdirectory("pw-os-");
        try
        {
            var detected = await OperatingSystemDetector.DetectAsync(root.FullName, TestContext.Current.CancellationToken);

            Assert.False(detected.IsSuccess);
            Assert.Contains(Path.Combine(root.FullName, "etc/os-release"), detected.Errors[0].Message, StringComparison.Ordinal);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
