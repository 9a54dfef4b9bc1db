using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Patchwarden.Core.Baselines;
using Patchwarden.Core.Compliance;
using Patchwarden.Core.Evaluation;
using Patchwarden.Core.Exceptions;
using Patchwarden.Core.Patches;

namespace Patchwarden.Benchmarks;

/// <summary>
/// Evaluates a RHEL inventory of 10,000 available updates (and 2,000 installed packages) against a 10-rule baseline with
/// global filters and approved/rejected lists. One operation is one available update, so Op/s is patch evaluations per
/// second on one core; the goal is at least 2,000,000 (500 ns per patch).
/// </summary>
/// <remarks>dotnet run -c Release --project bench/Patchwarden.Benchmarks -- --filter '*EvaluatorBenchmark*'</remarks>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class EvaluatorBenchmark
{
    public const int UpdateCount = 10_000;
    public const int InstalledCount = 2_000;

    private static readonly DateTimeOffset Now = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    private static readonly string[] Classifications = ["Security", "Security", "Bugfix", "Enhancement", "Newpackage"];
    private static readonly string[] Severities = ["Critical", "Important", "Moderate", "Low"];

    private readonly InstanceContext instance = new() { InstanceId = "i-0123456789abcdef0", Account = "payments-prod", PatchGroup = "web" };
    private PatchBaseline baseline = null!;
    private CompiledBaseline compiled = null!;
    private Inventory inventory = null!;
    private IReadOnlyList<StandingException> exceptions = [];

    [GlobalSetup]
    public void Setup()
    {
        baseline = Baseline();
        compiled = CompiledBaseline.Compile(baseline);
        inventory = Inventory();
        exceptions =
        [
            new StandingException
            {
                Id = "ex-1", PatchPattern = "pkg-00042*", ScopeKind = ExceptionScopeKind.PatchGroup, ScopeValue = "web", Account = "payments-prod",
                Reason = "benchmark", Author = "bench", CreatedAt = Now.AddDays(-1), ExpiresAt = Now.AddDays(30),
            },
        ];
    }

    /// <summary>The server's path: the baseline compiled once, reused for every inventory.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = UpdateCount)]
    public BaselineEvaluation EvaluateCompiled() => compiled.Evaluate(inventory, instance, exceptions, Now);

    /// <summary>The one-off path (patchctl preview): compile, then evaluate.</summary>
    [Benchmark(OperationsPerInvoke = UpdateCount)]
    public BaselineEvaluation CompileAndEvaluate() => BaselineEvaluator.Evaluate(inventory, baseline, instance, exceptions, Now);

    /// <summary>Evaluation plus the compliance record and its JSON, as ingestion does.</summary>
    [Benchmark(OperationsPerInvoke = UpdateCount)]
    public string EvaluateAndWriteRecord()
    {
        var evaluation = compiled.Evaluate(inventory, instance, exceptions, Now);
        var record = ComplianceRecordBuilder.Build(evaluation, instance, new ExecutionSummary { ExecutionId = "bench", ExecutionTime = Now });
        return ComplianceJson.Serialize(record);
    }

    private static PatchBaseline Baseline()
    {
        PatchRule Rule(ComplianceSeverity level, int days, bool nonSecurity, params PatchFilter[] filters) => new()
        {
            PatchFilterGroup = new PatchFilterGroup { PatchFilters = filters },
            ComplianceLevel = level,
            ApproveAfterDays = days,
            EnableNonSecurity = nonSecurity,
        };
        PatchFilter Filter(PatchFilterKey key, params string[] values) => new() { Key = key, Values = values };

        return new PatchBaseline
        {
            Id = "pb-0123456789abcdef0",
            Name = "rhel-prod",
            OperatingSystem = OperatingSystemFamily.RedHatEnterpriseLinux,
            GlobalFilters = new PatchFilterGroup { PatchFilters = [Filter(PatchFilterKey.Product, "RedhatEnterpriseLinux9*", "RedhatEnterpriseLinux8.10")] },
            ApprovalRules =
            [
                Rule(ComplianceSeverity.Critical, 0, false, Filter(PatchFilterKey.Classification, "Security"), Filter(PatchFilterKey.Severity, "Critical")),
                Rule(ComplianceSeverity.High, 3, false, Filter(PatchFilterKey.Classification, "Security"), Filter(PatchFilterKey.Severity, "Important")),
                Rule(ComplianceSeverity.Medium, 7, false, Filter(PatchFilterKey.Classification, "Security"), Filter(PatchFilterKey.Severity, "Moderate")),
                Rule(ComplianceSeverity.Low, 14, false, Filter(PatchFilterKey.Classification, "Security"), Filter(PatchFilterKey.Severity, "Low")),
                Rule(ComplianceSeverity.Medium, 7, true, Filter(PatchFilterKey.Classification, "Bugfix"), Filter(PatchFilterKey.Product, "RedhatEnterpriseLinux9.4")),
                Rule(ComplianceSeverity.Low, 30, true, Filter(PatchFilterKey.Classification, "Enhancement"), Filter(PatchFilterKey.Severity, "*")),
                Rule(ComplianceSeverity.Informational, 30, true, Filter(PatchFilterKey.Classification, "Newpackage", "Recommended")),
                Rule(ComplianceSeverity.High, 1, false, Filter(PatchFilterKey.Severity, "Crit*", "Imp*"), Filter(PatchFilterKey.Product, "*9.4")),
                Rule(ComplianceSeverity.Unspecified, 60, true, Filter(PatchFilterKey.Classification, "*")),
                Rule(ComplianceSeverity.Low, 0, true, Filter(PatchFilterKey.Classification, "Bugfix"), Filter(PatchFilterKey.Severity, "None", "Low")),
            ],
            ApprovedPatches = ["pkg-00007", "pkg-00123.x86_64", "pkg-00999-2.*", "CVE-2025-0001", "kernel-5.14.0-503.11.1.el9_5.x86_64"],
            ApprovedPatchesComplianceLevel = ComplianceSeverity.High,
            RejectedPatches = ["pkg-00666*", "pkg-01234.noarch"],
            RejectedPatchesAction = RejectedPatchesAction.Block,
        };
    }

    private static Inventory Inventory()
    {
        var updates = new Patch[UpdateCount];
        uint state = 2463534242;
        uint Next() => state = (state * 1664525) + 1013904223; // deterministic, so every run measures the same inventory
        for (var i = 0; i < UpdateCount; i++)
        {
            var nameIndex = i % 9_000; // some ids offer several candidate versions
            var name = $"pkg-{nameIndex:D5}";
            var arch = Next() % 5 == 0 ? "noarch" : "x86_64";
            var classification = Next() % 8 == 0 ? null : Classifications[Next() % Classifications.Length];
            updates[i] = new Patch
            {
                Id = $"{name}.{arch}",
                Name = name,
                Title = $"{name} update",
                Arch = arch,
                InstalledVersion = "1.0-1.el9",
                Version = $"{1 + (i / 9_000)}.{Next() % 20}-{Next() % 40}.el9",
                Classification = classification,
                Severity = classification is null ? null : Severities[Next() % Severities.Length],
                IsSecurity = classification == "Security",
                AdvisoryId = classification is null ? null : $"RHSA-2026:{Next() % 5000:D4}",
                CveIds = classification == "Security" ? [$"CVE-2025-{Next() % 9000:D4}"] : [],
                ReleaseDate = Next() % 10 == 0 ? null : Now.AddHours(-(Next() % (60 * 24))),
                Product = Next() % 4 == 0 ? "RedhatEnterpriseLinux8.10" : null,
                Repository = "rhel-9-for-x86_64-baseos-rpms",
            };
        }

        var installed = new InstalledPackage[InstalledCount];
        for (var i = 0; i < InstalledCount; i++)
        {
            var name = $"lib-{i:D5}";
            installed[i] = new InstalledPackage
            {
                Id = $"{name}.x86_64",
                Name = name,
                Arch = "x86_64",
                Version = $"2.{i % 7}-{i % 13}.el9",
                Classification = i % 3 == 0 ? "Security" : null,
            };
        }

        return new Inventory
        {
            OperatingSystem = OperatingSystemFamily.RedHatEnterpriseLinux,
            Product = "RedhatEnterpriseLinux9.4",
            Updates = updates,
            Installed = installed,
            FailedPatchIds = ["pkg-00001.x86_64"],
            PendingRebootPatchIds = ["pkg-00002.x86_64"],
            CapturedAt = Now.AddMinutes(-5),
        };
    }

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(StatisticColumn.OperationsPerSecond);
    }
}
