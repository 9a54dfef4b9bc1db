using Patchwarden.Core.Baselines;
using Patchwarden.Core.Compliance;
using Patchwarden.Core.Exceptions;
using Patchwarden.Core.Patches;
using static Patchwarden.Core.Baselines.PatchFilterKey;
using static Patchwarden.Core.Tests.Evaluation.Fleet;

namespace Patchwarden.Core.Tests.Evaluation;

public sealed class StandingExceptionTests
{
    private static readonly PatchBaseline Baseline = Debian(Rule(Filter(Priority, "*")) with { ComplianceLevel = ComplianceSeverity.Critical });

    private static StandingException Exception(string pattern = "openssl", ExceptionScopeKind scope = ExceptionScopeKind.Instance, string? value = null) => new()
    {
        Id = "ex-1",
        PatchPattern = pattern,
        ScopeKind = scope,
        ScopeValue = value ?? Instance.InstanceId,
        Account = Instance.Account,
        Reason = "openssl 3.0.17 breaks the payment gateway's TLS pinning; vendor fix due in February",
        Author = "alice@payments",
        CreatedAt = Now.AddDays(-3),
        ExpiresAt = Now.AddDays(30),
    };

    public static TheoryData<string, StandingException, bool> Cases => new()
    {
        { "instance scope naming the instance", Exception(), true },
        { "instance scope naming another instance", Exception(value: "i-0fedcba9876543210"), false },
        { "account scope naming the account", Exception(scope: ExceptionScopeKind.Account, value: "payments-prod"), true },
        { "account scope naming another account", Exception(scope: ExceptionScopeKind.Account, value: "payments-dev"), false },
        { "patch-group scope naming the group", Exception(scope: ExceptionScopeKind.PatchGroup, value: "web"), true },
        { "patch-group scope naming another group", Exception(scope: ExceptionScopeKind.PatchGroup, value: "db"), false },
        { "patch-group scope of another account", Exception(scope: ExceptionScopeKind.PatchGroup, value: "web") with { Account = "search-prod" }, false },
        { "pattern with a wildcard", Exception("open*"), true },
        { "pattern ignoring case", Exception("OpenSSL"), true },
        { "pattern with several wildcards", Exception("*pen*l"), true },
        { "pattern naming another patch", Exception("openssh-server"), false },
        { "pattern naming a prefix only", Exception("open"), false },
        { "expired", Exception() with { ExpiresAt = Now.AddSeconds(-1) }, false },
        { "expiring this very instant", Exception() with { ExpiresAt = Now }, false },
        { "revoked", Exception() with { RevokedAt = Now.AddHours(-1) }, false },
        { "revoked later", Exception() with { RevokedAt = Now.AddHours(1) }, true },
        { "not yet created", Exception() with { CreatedAt = Now.AddHours(1) }, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_active_exception_in_scope_excuses_a_missing_patch(string name, StandingException exception, bool excepted)
    {
        Assert.NotEmpty(name);
        var evaluation = Evaluate(Baseline, Inventory(OperatingSystemFamily.Debian, [Fleet.Deb("openssl")], [Installed("openssl")]), exceptions: [exception]);
        var patch = evaluation.Find("openssl")!;
        Assert.Equal(PatchState.Missing, patch.State);
        Assert.Equal(excepted, patch.Exception is not null);
        Assert.Equal(excepted, patch.IsCompliant);

        var record = ComplianceRecordBuilder.Build(evaluation, Instance, new ExecutionSummary { ExecutionId = "e-1", ExecutionTime = Now });
        Assert.Equal(excepted ? ComplianceStatus.Compliant : ComplianceStatus.NonCompliant, record.Status);
        Assert.Equal(excepted ? ComplianceSeverity.Unspecified : ComplianceSeverity.Critical, record.OverallSeverity);
        Assert.Equal(excepted ? 0 : 1, record.MissingPatches.Count);
        Assert.Equal(excepted ? ["ex-1"] : [], record.ExceptedPatches.Select(e => e.ExceptionId));
    }

    public static TheoryData<string, PatchState, bool> StateCases => new()
    {
        { "Missing", PatchState.Missing, true },
        { "Failed", PatchState.Failed, true },
        { "InstalledPendingReboot: a reboot is the remedy", PatchState.InstalledPendingReboot, false },
        { "InstalledRejected: the baseline's own decision", PatchState.InstalledRejected, false },
    };

    [Theory]
    [MemberData(nameof(StateCases))]
    public void Exceptions_excuse_absent_patches_only(string name, PatchState state, bool excepted)
    {
        Assert.NotEmpty(name);
        var baseline = Baseline with { RejectedPatches = state == PatchState.InstalledRejected ? ["openssl"] : [], RejectedPatchesAction = RejectedPatchesAction.Block };
        var inventory = Inventory(OperatingSystemFamily.Debian, [Fleet.Deb("openssl")], [Installed("openssl")]) with
        {
            FailedPatchIds = state == PatchState.Failed ? ["openssl"] : [],
            PendingRebootPatchIds = state == PatchState.InstalledPendingReboot ? ["openssl"] : [],
        };
        var patch = Evaluate(baseline, inventory, exceptions: [Exception()]).Find("openssl")!;
        Assert.Equal(state, patch.State);
        Assert.Equal(excepted, patch.Exception is not null);
    }

    [Fact]
    public void Of_several_covering_exceptions_the_longest_running_is_reported()
    {
        var soon = Exception() with { Id = "ex-soon", ExpiresAt = Now.AddDays(2) };
        var later = Exception("open*") with { Id = "ex-later", ExpiresAt = Now.AddDays(60) };
        var evaluation = Evaluate(Baseline, Inventory(OperatingSystemFamily.Debian, [Fleet.Deb("openssl")], [Installed("openssl")]), exceptions: [soon, later]);
        Assert.Equal("ex-later", evaluation.Find("openssl")?.Exception?.Id);
    }

    [Fact]
    public void An_excepted_patch_is_listed_with_the_exception_s_reason_author_and_expiry()
    {
        var evaluation = Evaluate(Baseline, Inventory(OperatingSystemFamily.Debian, [Fleet.Deb("openssl")], [Installed("openssl")]), exceptions: [Exception()]);
        var record = ComplianceRecordBuilder.Build(evaluation, Instance, new ExecutionSummary { ExecutionId = "e-1", ExecutionTime = Now });
        var excepted = Assert.Single(record.ExceptedPatches);
        Assert.Equal(
            ("openssl", PatchState.Missing, ComplianceSeverity.Critical, "ex-1", Exception().Reason, "alice@payments", Now.AddDays(30)),
            (excepted.Id, excepted.PatchState, excepted.Severity, excepted.ExceptionId, excepted.Reason, excepted.Author, excepted.ExpiresAt));
        Assert.Equal(1, record.CompliantSummary.SeveritySummary.CriticalCount);
        Assert.Equal(1, record.PatchStateSummary.ExceptedCount);
    }
}
