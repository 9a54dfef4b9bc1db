using Patchwarden.Server.Tests.Fixtures;

namespace Patchwarden.Server.Tests.Hosting;

/// <summary>Invalid configuration stops start-up with one clear line on stderr and exit code 2, never a stack trace.</summary>
public sealed class ConfigurationTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pw-config-").FullName;

    public static TheoryData<string, string[], string, string> InvalidConfigurations => new()
    {
        // what                                   extra arguments                           environment (K=V)                                   named in the message
        { "unknown store engine",                 ["--store", "nosuch"],                   "",                                                  "Store:Engine" },
        { "postgres without a connection string", ["--store", "postgres"],                 "",                                                  "Store:ConnectionString" },
        { "postgres with a bad connection string", ["--store", "postgres", "--connection-string", "Nonsense=1"], "",                            "ConnectionString" },
        { "a URL that is not one",                ["--urls", "not a url"],                 "",                                                  "Server:Urls" },
        { "an unwritable data folder",            ["--data-dir", "{file}/data"],           "",                                                  "Server:DataDirectory" },
        { "an unknown engine from the environment", [],                                    "PATCHWARDEN_Store__Engine=nosuch",                  "Store:Engine" },
        { "a number that is not one",             [],                                      "PATCHWARDEN_Agents__HeartbeatIntervalSeconds=soon", "HeartbeatIntervalSeconds" },
        { "a number out of range",                [],                                      "PATCHWARDEN_Auth__CacheSeconds=3600",               "CacheSeconds" },
    };

    [Theory]
    [MemberData(nameof(InvalidConfigurations))]
    public async Task Invalid_configuration_exits_2_with_one_line_naming_the_setting(string why, string[] args, string environment, string named)
    {
        var file = Path.Combine(_directory, "a-file");
        await File.WriteAllTextAsync(file, "", TestContext.Current.CancellationToken);
        var dataDir = args.Contains("--data-dir") ? [] : new[] { "--data-dir", Path.Combine(_directory, "data") };
        var urls = args.Contains("--urls") ? [] : new[] { "--urls", "http://127.0.0.1:0" };
        string[] arguments = ["serve", .. dataDir, .. urls, .. args.Select(a => a.Replace("{file}", file, StringComparison.Ordinal))];
        var variables = environment.Length == 0 ? null : new Dictionary<string, string> { [environment.Split('=')[0]] = environment.Split('=')[1] };

        var (exitCode, stdout, stderr) = await PatchwardenProcess.RunAsync(arguments, _directory, variables);

        Assert.True(exitCode == 2, $"{why}: exit {exitCode}\nstdout: {stdout}\nstderr: {stderr}");
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("patchwarden: invalid configuration: ", line, StringComparison.Ordinal);
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_flag_exits_2_with_one_line()
    {
        var (exitCode, _, stderr) = await PatchwardenProcess.RunAsync(["serve", "--dta-dir", "x"], _directory);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("patchwarden: ", Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_serve_and_its_flags()
    {
        var (rootExit, rootHelp, _) = await PatchwardenProcess.RunAsync(["--help"], _directory);
        var (serveExit, serveHelp, _) = await PatchwardenProcess.RunAsync(["serve", "--help"], _directory);

        Assert.Equal(0, rootExit);
        Assert.Contains("serve", rootHelp, StringComparison.Ordinal);
        Assert.Equal(0, serveExit);
        foreach (var flag in new[] { "--data-dir", "--urls", "--store", "--connection-string" })
        {
            Assert.Contains(flag, serveHelp, StringComparison.Ordinal);
        }
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
