using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Patchwarden.Core.Patches;
using Patchwarden.Store.Accounts;
using Patchwarden.Store.Activations;
using Patchwarden.Store.Compliance;
using Patchwarden.Store.Instances;

namespace Patchwarden.Store.Tests.Fixtures;

/// <summary>Builders for store test data; times are fixed so assertions can be exact.</summary>
internal static class TestData
{
    public static readonly DateTimeOffset T0 = new(2025, 3, 11, 2, 0, 0, TimeSpan.Zero);

    public const string BaselineId = "pb-0c67a82f35616e86e";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static async Task EnsureAccountAsync(IPatchwardenStore store, string name)
    {
        if (await store.Accounts.GetAsync(AccountScope.All, name, Ct) is null)
        {
            await store.Accounts.CreateAsync(new Account { Name = name, CreatedAt = T0 }, Ct);
        }
    }

    public static Activation Activation(string account, string? patchGroup = "web", int limit = 1000, string? id = null) => new()
    {
        Id = id ?? "act-" + Guid.NewGuid().ToString("N")[..12],
        Account = account,
        Tags = patchGroup is null
            ? new Dictionary<string, string> { ["Env"] = "test" }
            : new Dictionary<string, string> { ["Patch Group"] = patchGroup, ["Env"] = "test" },
        RegistrationLimit = limit,
        CodeHash = Hash("code"),
        CreatedAt = T0,
        ExpiresAt = T0.AddDays(1),
    };

    public static InstanceRegistration Registration(string activationId, OperatingSystemFamily os = OperatingSystemFamily.Debian, string? hostName = null, string? instanceId = null) => new()
    {
        ActivationId = activationId,
        InstanceId = instanceId ?? InstanceIds.New(),
        HostName = hostName ?? "host-" + Guid.NewGuid().ToString("N")[..8],
        OperatingSystem = os,
        OsName = "Debian GNU/Linux",
        OsVersion = "12",
        Arch = "x86_64",
        AgentVersion = "1.0.0",
        SecretHash = Hash("secret"),
        RegisteredAt = T0.AddMinutes(1),
    };

    /// <summary>Creates the account if needed, an activation and one registered instance.</summary>
    public static async Task<Instance> NewInstanceAsync(
        IPatchwardenStore store, string account, string? patchGroup = "web", OperatingSystemFamily os = OperatingSystemFamily.Debian, string? hostName = null)
    {
        await EnsureAccountAsync(store, account);
        var activation = Activation(account, patchGroup);
        await store.Activations.CreateAsync(activation, Ct);
        var outcome = await store.Activations.RegisterInstanceAsync(Registration(activation.Id, os, hostName), Ct);
        Assert.Equal(RegistrationStatus.Registered, outcome.Status);
        return outcome.Instance!;
    }

    public static PatchStateRow Missing(string patchId, ComplianceSeverity severity = ComplianceSeverity.High, string? exceptionId = null) => new()
    {
        PatchId = patchId,
        Title = $"{patchId} update",
        State = PatchState.Missing,
        Severity = severity,
        Classification = "Security",
        VendorSeverity = "Important",
        InstalledVersion = "1.0",
        CandidateVersion = "1.1",
        ReleaseDate = T0.AddDays(-10),
        CveIds = [$"CVE-2025-{Math.Abs(patchId.GetHashCode(StringComparison.Ordinal)) % 10000:D4}"],
        ExceptionId = exceptionId,
    };

    public static PatchStateRow Installed(string patchId) => new()
    {
        PatchId = patchId,
        State = PatchState.Installed,
        InstalledVersion = "2.0",
    };

    public static PatchStateRow Failed(string patchId) => Missing(patchId) with { State = PatchState.Failed };

    public static ComplianceEvaluation Evaluation(string instanceId, IReadOnlyList<PatchStateRow> states, DateTimeOffset? at = null, string baselineId = BaselineId)
    {
        var nonCompliant = states.Where(s => s.ExceptionId is null && s.State is PatchState.Missing or PatchState.Failed or PatchState.InstalledRejected).ToList();
        var status = nonCompliant.Count == 0 ? InstanceComplianceStatus.Compliant : InstanceComplianceStatus.NonCompliant;
        var severity = nonCompliant.Count == 0 ? ComplianceSeverity.Unspecified : nonCompliant.Max(s => s.Severity);
        var record = new
        {
            ComplianceType = "Patch",
            ResourceType = "ManagedInstance",
            ResourceId = instanceId,
            Status = status == InstanceComplianceStatus.Compliant ? "COMPLIANT" : "NON_COMPLIANT",
            MissingPatches = nonCompliant.Select(s => new { Id = s.PatchId }).ToArray(),
        };
        return new ComplianceEvaluation
        {
            InstanceId = instanceId,
            BaselineId = baselineId,
            Status = status,
            OverallSeverity = severity,
            CompliantCount = states.Count - nonCompliant.Count,
            NonCompliantCount = nonCompliant.Count,
            Counts = new PatchStateCounts
            {
                Installed = states.Count(s => s.State == PatchState.Installed),
                Missing = states.Count(s => s.State == PatchState.Missing),
                Failed = states.Count(s => s.State == PatchState.Failed),
            },
            RecordJson = JsonSerializer.Serialize(record),
            PatchStates = states,
            EvaluatedAt = at ?? T0.AddHours(1),
        };
    }

    public static ReportIngestion Report(string instanceId, string executionId, IReadOnlyList<PatchStateRow> states, DateTimeOffset? at = null, string inventoryJson = """{"Installed":[]}""")
    {
        var when = at ?? T0.AddHours(1);
        return new ReportIngestion
        {
            ExecutionId = executionId,
            Operation = ComplianceOperation.Scan,
            ReceivedAt = when,
            CapturedAt = when.AddSeconds(-5),
            Inventory = InventoryDocument.FromJson(inventoryJson),
            Evaluation = Evaluation(instanceId, states, when),
        };
    }
}
