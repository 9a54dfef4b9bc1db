using Patchwarden.Core.Targets;
using static Patchwarden.Core.Tests.Targets.Fleet;

namespace Patchwarden.Core.Tests.Targets;

public sealed class TargetSetTests
{
    private static readonly TargetInstance ProdWeb = Instance(1, "payments-prod", ("Env", "prod"), ("Role", "web"), ("Patch Group", "web servers"));
    private static readonly TargetInstance ProdDb = Instance(2, "payments-prod", ("Env", "prod"), ("Role", "db"), ("Patch Group", "databases"));
    private static readonly TargetInstance DevWeb = Instance(3, "payments-dev", ("Env", "dev"), ("Role", "web"), ("Patch Group", "web servers"));
    private static readonly TargetInstance Untagged = Instance(4, "payments-dev");

    public static TheoryData<string[], int[]> Selections => new()
    {
        { ["instance-ids:*"], [1, 2, 3, 4] },
        { ["mi-00000000000000002"], [2] },
        { ["instance-ids:mi-00000000000000001,mi-00000000000000004,mi-00000000000000009"], [1, 4] },
        { ["tag:Env=prod"], [1, 2] },
        { ["tag:Env=prod,dev"], [1, 2, 3] },
        { ["tag:Env=Prod"], [] },
        { ["tag:env=prod"], [] },
        { ["tag:Env=prod", "tag:Role=web"], [1] },
        { ["tag-key:Role"], [1, 2, 3] },
        { ["tag-key:role"], [] },
        { ["tag-key:Role", "tag-key:Missing"], [] },
        { ["patch-group:web servers"], [1, 3] },
        { ["tag:Patch Group=web servers"], [1, 3] },
        { ["patch-group:web servers,databases"], [1, 2, 3] },
        { ["patch-group:web"], [] },
        { ["account:payments-dev"], [3, 4] },
        { ["account:payments-dev", "patch-group:web servers"], [3] },
        { ["account:payments-prod,payments-dev", "tag:Role=web", "tag-key:Env"], [1, 3] },
        { ["mi-00000000000000001", "account:payments-dev"], [] },
        { ["instance-ids:*", "tag:Role=db"], [2] },
    };

    // AND across selectors, OR across the values inside one, as the proven model's Targets.
    [Theory]
    [MemberData(nameof(Selections))]
    public void An_instance_is_a_target_when_it_matches_every_selector(string[] selectors, int[] expected)
    {
        var targets = Set(selectors);
        TargetInstance[] fleet = [ProdWeb, ProdDb, DevWeb, Untagged];

        var matched = fleet.Where(targets.Matches).Select(instance => Convert.ToInt32(instance.Id[3..], 16));

        Assert.Equal(expected, matched);
        Assert.Equal(expected, TargetIndex.Build(fleet).Resolve(targets).Select(instance => Convert.ToInt32(instance.Id[3..], 16)));
    }

    [Fact]
    public void The_patch_group_is_the_Patch_Group_tag()
    {
        Assert.Equal("web servers", ProdWeb.PatchGroup);
        Assert.Null(Untagged.PatchGroup);
    }

    [Fact]
    public void Errors_name_every_bad_entry_by_its_index()
    {
        var parsed = TargetSet.Parse(["tag:Env=prod", "tag:Role", "patch-group:web", "bogus"]);

        Assert.Equal(["Targets[1]", "Targets[3]"], parsed.Errors.Select(error => error.Field));
    }

    [Fact]
    public void Errors_use_the_field_the_caller_names()
    {
        var parsed = TargetSet.Parse(["tag:Role"], "Tasks[0].Targets");

        Assert.Equal("Tasks[0].Targets[0]", Assert.Single(parsed.Errors).Field);
    }

    [Theory]
    [InlineData(new[] { "account:a", "account:b" }, "Targets[1]", "selects by account like Targets[0]")]
    [InlineData(new[] { "tag:Env=prod", "tag-key:Env", "tag:Env=dev" }, "Targets[2]", "selects by tag Env like Targets[0]")]
    [InlineData(new[] { "patch-group:web", "tag:Patch Group=db" }, "Targets[1]", "selects by tag Patch Group like Targets[0]")]
    [InlineData(new[] { "mi-00000000000000001", "mi-00000000000000002" }, "Targets[1]", "selects by instance id like Targets[0]")]
    [InlineData(new[] { "instance-ids:*", "mi-00000000000000002" }, "Targets[1]", "selects by instance id like Targets[0]")]
    public void Two_selectors_on_one_single_valued_attribute_are_rejected(string[] selectors, string field, string reason)
    {
        var error = Assert.Single(TargetSet.Parse(selectors).Errors);

        Assert.Equal(field, error.Field);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Contains("list every accepted value in one selector", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Selectors_on_different_tag_keys_and_several_tag_key_selectors_combine()
    {
        Assert.True(TargetSet.Parse(["tag:Env=prod", "tag:Role=web", "tag-key:Owner", "tag-key:Cost"]).IsSuccess);
    }

    [Fact]
    public void A_set_needs_one_to_five_selectors()
    {
        Assert.Contains("at least one target selector", Assert.Single(TargetSet.Parse([]).Errors).Message, StringComparison.Ordinal);
        Assert.Equal("Targets", Assert.Single(TargetSet.Parse(null).Errors).Field);
        Assert.True(TargetSet.Parse(["tag:A=1", "tag:B=1", "tag:C=1", "tag:D=1", "tag:E=1"]).IsSuccess);
        Assert.Contains("at most 5", Assert.Single(TargetSet.Parse(["tag:A=1", "tag:B=1", "tag:C=1", "tag:D=1", "tag:E=1", "tag:F=1"]).Errors).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_set_reads_back_its_own_text_and_compares_by_value()
    {
        var targets = Set("tag:Note=a\\,b", "patch-group:web servers", "mi-00000000000000001");

        Assert.Equal(["tag:Note=a\\,b", "patch-group:web servers", "instance-ids:mi-00000000000000001"], targets.ToStrings());
        Assert.Equal(targets, TargetSet.Parse([.. targets.ToStrings()]).Value);
        Assert.Equal(targets.GetHashCode(), TargetSet.Parse([.. targets.ToStrings()]).Value.GetHashCode());
        Assert.NotEqual(targets, Set("tag:Note=a\\,b", "patch-group:web servers"));
        Assert.Equal(TargetSet.AllInstances, Set("instance-ids:*"));
    }
}
