using Patchwarden.Core.Tests.Serialization;

namespace Patchwarden.Cli.Tests.Baselines;

/// <summary>Bad input to <c>baselines preview</c>: one line on stderr naming the file and field, exit code 2, nothing on stdout.</summary>
public sealed class PreviewInputErrorTests : IDisposable
{
    private static readonly string DebianBaseline = RepositoryFiles.Path("docs/examples/baseline-debian.json");
    private static readonly string DebianInventory = RepositoryFiles.Path("docs/examples/inventory-debian.json");

    private readonly string _folder = Directory.CreateTempSubdirectory("patchctl-preview-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string WriteFile(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await Patchctl.RunAsync(args, stdout, stderr, TestContext.Current.CancellationToken);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static void AssertUsageError((int Exit, string Stdout, string Stderr) run, string expectedLine)
    {
        Assert.Equal(Patchctl.ExitUsage, run.Exit);
        Assert.Equal("", run.Stdout);
        Assert.Equal(expectedLine, Assert.Single(run.Stderr.TrimEnd('\n').Split('\n')));
    }

    [Fact]
    public async Task Missing_baseline_file_is_named()
    {
        var missing = Path.Combine(_folder, "nope.json");

        var run = await RunAsync("baselines", "preview", "--baseline", missing, "--inventory", DebianInventory);

        AssertUsageError(run, $"patchctl: {missing}: no such file");
    }

    [Fact]
    public async Task Missing_inventory_file_is_named()
    {
        var missing = Path.Combine(_folder, "gone", "inventory.json");

        var run = await RunAsync("baselines", "preview", "--baseline", DebianBaseline, "--inventory", missing);

        AssertUsageError(run, $"patchctl: {missing}: no such file");
    }

    [Fact]
    public async Task Malformed_json_names_the_file_line_and_column()
    {
        var bad = WriteFile("baseline.json", "{\n  \"Id\": \"pb-0123456789abcdef0\",\n  \"Name\" \"x\"\n}");

        var run = await RunAsync("baselines", "preview", "--baseline", bad, "--inventory", DebianInventory);

        Assert.Equal(Patchctl.ExitUsage, run.Exit);
        Assert.StartsWith($"patchctl: {bad}: is not valid JSON: line 3, column 10: ", Assert.Single(run.Stderr.TrimEnd('\n').Split('\n')), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_baseline_names_the_file_and_every_field()
    {
        var json = File.ReadAllText(DebianBaseline)
            .Replace("\"ComplianceLevel\": \"CRITICAL\"", "\"ComplianceLevel\": \"SEVERE\"", StringComparison.Ordinal)
            .Replace("\"telnetd\"", "\"Tel Net\"", StringComparison.Ordinal);
        var bad = WriteFile("baseline.json", json);

        var run = await RunAsync("baselines", "preview", "--baseline", bad, "--inventory", DebianInventory);

        // Shape errors stop before domain validation: the enum error alone is reported.
        AssertUsageError(run, $"patchctl: {bad}: ApprovalRules[0].ComplianceLevel: 'SEVERE' is not one of CRITICAL, HIGH, MEDIUM, LOW, INFORMATIONAL, UNSPECIFIED");
    }

    [Fact]
    public async Task Baseline_that_breaks_domain_rules_lists_every_problem_on_one_line()
    {
        var json = File.ReadAllText(DebianBaseline)
            .Replace("\"Key\": \"SECTION\"", "\"Key\": \"SEVERITY\"", StringComparison.Ordinal)
            .Replace("\"telnetd\"", "\"Tel Net\"", StringComparison.Ordinal);
        var bad = WriteFile("baseline.json", json);

        var run = await RunAsync("baselines", "preview", "--baseline", bad, "--inventory", DebianInventory);

        AssertUsageError(run,
            $"patchctl: {bad}: ApprovalRules[2].PatchFilterGroup.PatchFilters[0].Key: 'SEVERITY' is not a filter key for DEBIAN; allowed: PRODUCT, PRIORITY, SECTION; " +
            "RejectedPatches[0]: 'Tel Net' is not a Debian package name: lower-case letters, digits and + - . (optionally :arch), with at most one '*'");
    }

    [Fact]
    public async Task Invalid_inventory_names_the_file_and_field()
    {
        var json = File.ReadAllText(DebianInventory).Replace("\"CVE-2024-6387\"", "\"CVE-6387\"", StringComparison.Ordinal);
        var bad = WriteFile("inventory.json", json);

        var run = await RunAsync("baselines", "preview", "--baseline", DebianBaseline, "--inventory", bad);

        AssertUsageError(run,
            $"patchctl: {bad}: Updates[0].CveIds[0]: 'CVE-6387' is not a CVE id such as CVE-2024-3094; Updates[1].CveIds[0]: 'CVE-6387' is not a CVE id such as CVE-2024-3094");
    }

    [Fact]
    public async Task A_baseline_given_as_inventory_is_explained()
    {
        var run = await RunAsync("baselines", "preview", "--baseline", DebianBaseline, "--inventory", DebianBaseline);

        Assert.Equal(Patchctl.ExitUsage, run.Exit);
        var line = Assert.Single(run.Stderr.TrimEnd('\n').Split('\n'));
        Assert.StartsWith($"patchctl: {DebianBaseline}: Id: is not a known field;", line, StringComparison.Ordinal);
        Assert.Contains("CapturedAt: is required", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--at", "yesterday", "patchctl: --at must be an ISO-8601 instant such as 2024-07-10T12:00:00Z, not 'yesterday'")]
    [InlineData("--output", "csv", "patchctl: --output must be table or json, not 'csv'")]
    public async Task Bad_option_value_is_a_usage_error(string option, string value, string expected)
    {
        var run = await RunAsync("baselines", "preview", "--baseline", DebianBaseline, "--inventory", DebianInventory, option, value);

        AssertUsageError(run, expected);
    }

    [Fact]
    public async Task Missing_required_option_is_a_usage_error()
    {
        var run = await RunAsync("baselines", "preview", "--inventory", DebianInventory);

        Assert.Equal(Patchctl.ExitUsage, run.Exit);
        Assert.Contains("--baseline", Assert.Single(run.Stderr.TrimEnd('\n').Split('\n')), StringComparison.Ordinal);
    }
}
