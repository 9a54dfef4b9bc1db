using Patchwarden.Cli.Baselines;
using Patchwarden.Core.Compliance;
using Patchwarden.Core.Evaluation;
using Patchwarden.Core.Exceptions;
using Patchwarden.Core.Serialization;
using Patchwarden.Core.Tests.Serialization;

namespace Patchwarden.Cli.Tests.Baselines;

/// <summary><c>patchctl baselines preview</c> on the documented example files.</summary>
public sealed class PreviewCommandTests
{
    private static readonly string DebianBaseline = RepositoryFiles.Path("docs/examples/baseline-debian.json");
    private static readonly string DebianInventory = RepositoryFiles.Path("docs/examples/inventory-debian.json");
    private static readonly string DebianExceptions = RepositoryFiles.Path("docs/examples/exceptions-debian.json");
    private static readonly string RhelBaseline = RepositoryFiles.Path("docs/examples/baseline-rhel.json");
    private static readonly string RhelInventory = RepositoryFiles.Path("docs/examples/inventory-rhel.json");

    private const string ScanDay = "2024-07-10T12:00:00Z";

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await Patchctl.RunAsync(args, stdout, stderr, TestContext.Current.CancellationToken);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The table row of <paramref name="id"/>, split into its cells.</summary>
    private static string[] RowOf(string stdout, string id) =>
        Lines(stdout).Single(line => line.StartsWith(id + " ", StringComparison.Ordinal))
            .Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public async Task Table_lists_each_patch_with_state_severity_and_versions()
    {
        var run = await RunAsync("baselines", "preview", "--baseline", DebianBaseline, "--inventory", DebianInventory, "--at", ScanDay);

        Assert.Equal(Patchctl.ExitOk, run.Exit);
        Assert.Equal("", run.Stderr);
        Assert.Equal(["Id", "State", "Severity", "Classification", "Vendor severity", "Version", "Exception"],
            Lines(run.Stdout)[0].Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Equal(["openssh-server", "Missing", "HIGH", "1:9.2p1-2+deb12u2 -> 1:9.2p1-2+deb12u3"], RowOf(run.Stdout, "openssh-server"));
        Assert.Equal(["less", "Missing", "CRITICAL", "590-2 -> 590-2.1~deb12u1"], RowOf(run.Stdout, "less"));
        Assert.Equal(["tzdata", "Missing", "MEDIUM", "2023c-5+deb12u1 -> 2024a-0+deb12u1"], RowOf(run.Stdout, "tzdata"));
        Assert.Equal(["nginx", "InstalledOther", "UNSPECIFIED", "1.22.1-9"], RowOf(run.Stdout, "nginx"));
    }

    [Fact]
    public async Task Table_ends_with_a_summary_line()
    {
        var run = await RunAsync("baselines", "preview", "--baseline", RhelBaseline, "--inventory", RhelInventory, "--at", ScanDay);

        Assert.Equal(
            "Status: NON_COMPLIANT | OverallSeverity: CRITICAL | NonCompliant: 6 | Compliant: 3 | Missing: 6 | Failed: 0 | " +
            "InstalledPendingReboot: 0 | InstalledRejected: 0 | Installed: 0 | InstalledOther: 3 | NotApplicable: 0 | Excepted: 0 | RebootPending: no",
            Lines(run.Stdout)[^1]);
        Assert.Equal(["glibc.x86_64", "Missing", "CRITICAL", "Security", "Important", "2.34-83.el9_3.12 -> 2.34-100.el9_4.2"], RowOf(run.Stdout, "glibc.x86_64"));
    }

    [Fact]
    public async Task At_moves_the_clock_that_approval_delays_count_from()
    {
        // The kernel update was released on 2024-07-09 and the baseline waits 3 days for important security fixes.
        var early = await RunAsync("baselines", "preview", "--baseline", RhelBaseline, "--inventory", RhelInventory, "--at", "2024-07-10T12:00:00Z");
        var later = await RunAsync("baselines", "preview", "--baseline", RhelBaseline, "--inventory", RhelInventory, "--at", "2024-07-12T00:00:00Z");

        Assert.Equal("InstalledOther", RowOf(early.Stdout, "kernel.x86_64")[1]);
        Assert.Equal(["kernel.x86_64", "Missing", "CRITICAL"], RowOf(later.Stdout, "kernel.x86_64")[..3]);
    }

    [Fact]
    public async Task Json_is_exactly_the_compliance_record()
    {
        var run = await RunAsync("baselines", "preview", "--baseline", RhelBaseline, "--inventory", RhelInventory, "--at", ScanDay,
            "--instance-id", "i-0abc1234def567890", "--account", "payments-prod", "--patch-group", "rhel-prod", "--output", "json");

        var instance = new InstanceContext { InstanceId = "i-0abc1234def567890", Account = "payments-prod", PatchGroup = "rhel-prod" };
        var inventory = CoreJson.ReadInventory(File.ReadAllText(RhelInventory)).Value;
        var evaluation = BaselineEvaluator.Evaluate(inventory, CoreJson.ReadBaseline(File.ReadAllText(RhelBaseline)).Value, instance, [], DateTimeOffset.Parse(ScanDay, System.Globalization.CultureInfo.InvariantCulture));
        var expected = ComplianceRecordBuilder.Build(evaluation, instance,
            new ExecutionSummary { ExecutionId = PreviewReport.ExecutionId, ExecutionType = PreviewReport.ExecutionType, ExecutionTime = inventory.CapturedAt });
        Assert.Equal(Patchctl.ExitOk, run.Exit);
        Assert.Equal(ComplianceJson.SerializeIndented(expected), run.Stdout.TrimEnd('\n'));

        var record = ComplianceJson.Deserialize(run.Stdout);
        Assert.Equal("i-0abc1234def567890", record.ResourceId);
        Assert.Equal("payments-prod", record.Account);
        Assert.Equal("rhel-prod", record.PatchGroup);
        Assert.Equal("pb-07c3e9a41f2b85d60", record.PatchBaselineId);
        Assert.Equal(ComplianceStatus.NonCompliant, record.Status);
        Assert.Equal(6, record.MissingPatches.Count);
    }

    [Fact]
    public async Task Active_exceptions_for_the_instance_show_in_the_table_and_the_summary()
    {
        var run = await RunAsync("baselines", "preview", "--baseline", DebianBaseline, "--inventory", DebianInventory, "--at", ScanDay,
            "--instance-id", "i-0f1e2d3c4b5a69788", "--account", "payments-prod", "--exceptions", DebianExceptions);

        Assert.Equal(Patchctl.ExitOk, run.Exit);
        Assert.Equal("ex-0001 until 2024-07-31", RowOf(run.Stdout, "openssh-server")[^1]);
        Assert.Equal("ex-0001 until 2024-07-31", RowOf(run.Stdout, "openssh-client")[^1]);
        // ex-0002 expired on 2024-07-01: the kernel counts again.
        Assert.Equal("6.1.94-1 -> 6.1.99-1", RowOf(run.Stdout, "linux-image-amd64")[^1]);
        Assert.Contains("| NonCompliant: 9 | Compliant: 5 |", Lines(run.Stdout)[^1], StringComparison.Ordinal);
        Assert.Contains("| Excepted: 2 |", Lines(run.Stdout)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exceptions_of_another_account_have_no_effect()
    {
        var run = await RunAsync("baselines", "preview", "--baseline", DebianBaseline, "--inventory", DebianInventory, "--at", ScanDay,
            "--account", "search-prod", "--exceptions", DebianExceptions);

        Assert.Contains("| Excepted: 0 |", Lines(run.Stdout)[^1], StringComparison.Ordinal);
        Assert.Equal("1:9.2p1-2+deb12u2 -> 1:9.2p1-2+deb12u3", RowOf(run.Stdout, "openssh-server")[^1]);
    }

    [Fact]
    public async Task Baseline_for_another_operating_system_is_a_usage_error()
    {
        var run = await RunAsync("baselines", "preview", "--baseline", RhelBaseline, "--inventory", DebianInventory);

        Assert.Equal(Patchctl.ExitUsage, run.Exit);
        Assert.Equal("", run.Stdout);
        Assert.Equal(
            $"patchctl: {DebianInventory}: baseline pb-07c3e9a41f2b85d60 is for REDHAT_ENTERPRISE_LINUX, but the inventory is of a DEBIAN machine",
            run.Stderr.TrimEnd('\n'));
    }

    [Fact]
    public async Task Without_at_the_preview_evaluates_now()
    {
        // Every example update was released long before today, so every approved one is due.
        var run = await RunAsync("baselines", "preview", "--baseline", RhelBaseline, "--inventory", RhelInventory);

        Assert.Equal(Patchctl.ExitOk, run.Exit);
        Assert.Equal("Missing", RowOf(run.Stdout, "kernel.x86_64")[1]);
        Assert.Equal("Missing", RowOf(run.Stdout, "NetworkManager.x86_64")[1]);
    }

    [Fact]
    public async Task Default_baseline_written_to_a_file_previews_like_any_other()
    {
        var file = Path.Combine(Path.GetTempPath(), $"patchctl-default-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, CoreJson.Write(Core.Baselines.DefaultBaselines.For(Core.Patches.OperatingSystemFamily.Debian)), TestContext.Current.CancellationToken);
        try
        {
            var run = await RunAsync("baselines", "preview", "--baseline", file, "--inventory", DebianInventory, "--at", ScanDay, "-o", "json");

            var record = ComplianceJson.Deserialize(run.Stdout);
            // Security updates only, at once, all UNSPECIFIED, as AWS-DebianDefaultPatchBaseline does.
            Assert.Equal(["openssh-server", "openssh-client", "linux-image-amd64", "libc6", "less"], record.MissingPatches.Select(p => p.Id));
            Assert.All(record.MissingPatches, p => Assert.Equal(Core.Patches.ComplianceSeverity.Unspecified, p.Severity));
            Assert.Equal("pb-00000000000000001", record.PatchBaselineId);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
