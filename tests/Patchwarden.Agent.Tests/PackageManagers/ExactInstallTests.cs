using Patchwarden.Agent.PackageManagers;
using Patchwarden.Agent.Tests.Fixtures;

namespace Patchwarden.Agent.Tests.PackageManagers;

public sealed class ExactInstallTests
{
    [Theory]
    [InlineData("fixture-apt-get-install-postinst-fails.txt", "gamma", "dpkg: error processing package gamma (--configure): | installed gamma package post-installation script subprocess returned error exit status 1")]
    [InlineData("fixture-apt-get-install-unknown-version.txt", "alpha", "E: Version '9.9' for 'alpha' was not found")]
    [InlineData("fixture-dnf-upgrade-no-match.txt", "toaster.noarch", "No match for argument: toaster-9.9-1.noarch")]
    [InlineData("fixture-dnf-upgrade-prein-fails.txt", "sprocket.noarch", "Error in PREIN scriptlet in rpm package sprocket")]
    public void The_package_managers_own_words_about_a_failed_package_become_its_message(string captured, string id, string expected)
    {
        var run = new ProcessResult { Command = new CommandLine { FileName = "x" }, ExitCode = 1, StandardOutput = CapturedOutput.Read(captured), StandardError = "" };

        Assert.Contains(expected, ExactInstall.Complaint(id.Split('.')[0], run), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_lines_about_the_package_the_message_says_how_the_command_ended()
    {
        var run = new ProcessResult { Command = new CommandLine { FileName = "apt-get", Arguments = ["install"] }, ExitCode = 100, StandardOutput = "", StandardError = "E: Could not open lock file\n" };

        Assert.Equal("apt-get install exited 100: E: Could not open lock file", ExactInstall.Complaint("beta", run));
    }
}
