using Patchwarden.Core.Baselines;
using Patchwarden.Core.Patches;
using Patchwarden.Store.Baselines;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Store.Tests.Baselines;

public abstract class BaselineTests(StoreTarget target) : StoreTestBase(target)
{
    public static PatchBaseline Baseline(string id, OperatingSystemFamily os, string? name = null) => new()
    {
        Id = id,
        Name = name ?? id,
        OperatingSystem = os,
        ApprovalRules =
        [
            new PatchRule
            {
                PatchFilterGroup = new PatchFilterGroup { PatchFilters = [new PatchFilter { Key = PatchFilterKey.Priority, Values = ["Required", "Important"] }] },
                ComplianceLevel = ComplianceSeverity.High,
                ApproveAfterDays = 7,
            },
        ],
        RejectedPatches = ["telnet*"],
        RejectedPatchesAction = RejectedPatchesAction.Block,
    };

    [Fact]
    public async Task A_baseline_round_trips_through_its_json_document()
    {
        var baseline = Baseline("pb-debian", OperatingSystemFamily.Debian) with { ApprovalRules = [Baseline("x", OperatingSystemFamily.Debian).ApprovalRules[0] with { ApproveAfterDays = null, ApproveUntilDate = new DateOnly(2025, 1, 31) }] };

        Assert.Equal(BaselineChangeStatus.Done, await Store.Baselines.CreateAsync(baseline, TestData.T0, Ct));
        Assert.Equal(BaselineChangeStatus.AlreadyExists, await Store.Baselines.CreateAsync(baseline, TestData.T0, Ct));

        var stored = (await Store.Baselines.GetAsync("pb-debian", Ct))!;
        Assert.Equal(StoreJsonOf(baseline), StoreJsonOf(stored.Baseline));
        Assert.Equal(new DateOnly(2025, 1, 31), stored.Baseline.ApprovalRules[0].ApproveUntilDate);
        Assert.False(stored.IsDefault);
    }

    [Fact]
    public async Task Update_keeps_the_os_family_and_delete_refuses_a_baseline_in_use()
    {
        await Store.Baselines.CreateAsync(Baseline("pb-1", OperatingSystemFamily.Debian), TestData.T0, Ct);

        Assert.Equal(BaselineChangeStatus.Done, await Store.Baselines.UpdateAsync(Baseline("pb-1", OperatingSystemFamily.Debian, "renamed"), TestData.T0.AddHours(1), Ct));
        Assert.Equal(BaselineChangeStatus.OperatingSystemMismatch, await Store.Baselines.UpdateAsync(Baseline("pb-1", OperatingSystemFamily.Windows), TestData.T0, Ct));
        Assert.Equal(BaselineChangeStatus.NotFound, await Store.Baselines.UpdateAsync(Baseline("pb-none", OperatingSystemFamily.Debian), TestData.T0, Ct));
        var stored = (await Store.Baselines.GetAsync("pb-1", Ct))!;
        Assert.Equal("renamed", stored.Baseline.Name);
        Assert.Equal(TestData.T0.AddHours(1), stored.UpdatedAt);

        await Store.Baselines.RegisterPatchGroupAsync(new PatchGroupRegistration { PatchGroup = "web", OperatingSystem = OperatingSystemFamily.Debian, BaselineId = "pb-1" }, Ct);
        Assert.Equal(BaselineChangeStatus.InUse, await Store.Baselines.DeleteAsync("pb-1", Ct));
        await Store.Baselines.DeregisterPatchGroupAsync("web", OperatingSystemFamily.Debian, Ct);
        Assert.Equal(BaselineChangeStatus.Done, await Store.Baselines.DeleteAsync("pb-1", Ct));
        Assert.Equal(BaselineChangeStatus.NotFound, await Store.Baselines.DeleteAsync("pb-1", Ct));
    }

    [Fact]
    public async Task Each_os_family_has_at_most_one_default_and_a_default_cannot_be_deleted()
    {
        await Store.Baselines.CreateAsync(Baseline("pb-a", OperatingSystemFamily.Debian), TestData.T0, Ct);
        await Store.Baselines.CreateAsync(Baseline("pb-b", OperatingSystemFamily.Debian), TestData.T0, Ct);
        await Store.Baselines.CreateAsync(Baseline("pb-w", OperatingSystemFamily.Windows), TestData.T0, Ct);

        Assert.Equal(BaselineChangeStatus.Done, await Store.Baselines.SetDefaultAsync(OperatingSystemFamily.Debian, "pb-a", Ct));
        Assert.Equal(BaselineChangeStatus.Done, await Store.Baselines.SetDefaultAsync(OperatingSystemFamily.Debian, "pb-b", Ct));
        Assert.Equal(BaselineChangeStatus.Done, await Store.Baselines.SetDefaultAsync(OperatingSystemFamily.Windows, "pb-w", Ct));
        Assert.Equal(BaselineChangeStatus.OperatingSystemMismatch, await Store.Baselines.SetDefaultAsync(OperatingSystemFamily.Debian, "pb-w", Ct));

        var debian = await Store.Baselines.ListAsync(OperatingSystemFamily.Debian, Ct);
        Assert.Equal([("pb-a", false), ("pb-b", true)], debian.Select(b => (b.Baseline.Id, b.IsDefault)));
        Assert.Equal(BaselineChangeStatus.InUse, await Store.Baselines.DeleteAsync("pb-b", Ct));
        Assert.Equal(3, (await Store.Baselines.ListAsync(null, Ct)).Count);
    }

    [Fact]
    public async Task The_effective_baseline_is_the_patch_groups_for_the_os_else_the_os_default()
    {
        await Store.Baselines.CreateAsync(Baseline("pb-default", OperatingSystemFamily.Debian), TestData.T0, Ct);
        await Store.Baselines.CreateAsync(Baseline("pb-web", OperatingSystemFamily.Debian), TestData.T0, Ct);
        await Store.Baselines.CreateAsync(Baseline("pb-web-win", OperatingSystemFamily.Windows), TestData.T0, Ct);
        Assert.Null(await Store.Baselines.ResolveEffectiveAsync("web", OperatingSystemFamily.Debian, Ct));

        await Store.Baselines.SetDefaultAsync(OperatingSystemFamily.Debian, "pb-default", Ct);
        Assert.Equal(BaselineChangeStatus.Done, await Store.Baselines.RegisterPatchGroupAsync(new PatchGroupRegistration { PatchGroup = "web", OperatingSystem = OperatingSystemFamily.Debian, BaselineId = "pb-web" }, Ct));
        Assert.Equal(BaselineChangeStatus.OperatingSystemMismatch, await Store.Baselines.RegisterPatchGroupAsync(new PatchGroupRegistration { PatchGroup = "web", OperatingSystem = OperatingSystemFamily.Debian, BaselineId = "pb-web-win" }, Ct));
        Assert.Equal(BaselineChangeStatus.Done, await Store.Baselines.RegisterPatchGroupAsync(new PatchGroupRegistration { PatchGroup = "web", OperatingSystem = OperatingSystemFamily.Windows, BaselineId = "pb-web-win" }, Ct));

        Assert.Equal("pb-web", (await Store.Baselines.ResolveEffectiveAsync("web", OperatingSystemFamily.Debian, Ct))!.Id);
        Assert.Equal("pb-default", (await Store.Baselines.ResolveEffectiveAsync("db", OperatingSystemFamily.Debian, Ct))!.Id);
        Assert.Equal("pb-default", (await Store.Baselines.ResolveEffectiveAsync(null, OperatingSystemFamily.Debian, Ct))!.Id);
        Assert.Equal("pb-web-win", (await Store.Baselines.ResolveEffectiveAsync("web", OperatingSystemFamily.Windows, Ct))!.Id);
        Assert.Null(await Store.Baselines.ResolveEffectiveAsync("db", OperatingSystemFamily.Windows, Ct));
        Assert.Equal([("web", OperatingSystemFamily.Debian, "pb-web"), ("web", OperatingSystemFamily.Windows, "pb-web-win")],
            (await Store.Baselines.ListPatchGroupsAsync(Ct)).Select(g => (g.PatchGroup, g.OperatingSystem, g.BaselineId)));
    }

    private static string StoreJsonOf(PatchBaseline baseline) => System.Text.Json.JsonSerializer.Serialize(baseline);
}

public sealed class SqliteBaselineTests() : BaselineTests(new SqliteTarget());

public sealed class PostgresBaselineTests(PostgresFixture postgres) : BaselineTests(new PostgresTarget(postgres));
