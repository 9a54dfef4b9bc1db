using Patchwarden.Core.Targets;

namespace Patchwarden.Core.Tests.Targets;

public sealed class TargetSelectorParsingTests
{
    private const string Id1 = "mi-0123456789abcdef0";
    private const string Id2 = "mi-00000000000000001";

    [Theory]
    [InlineData(Id1, typeof(InstanceIdSelector), "instance-ids:" + Id1)]
    [InlineData("instance-ids:" + Id1 + "," + Id2, typeof(InstanceIdSelector), "instance-ids:" + Id1 + "," + Id2)]
    [InlineData("instance-ids:*", typeof(AllInstancesSelector), "instance-ids:*")]
    [InlineData("tag:Env=prod", typeof(TagSelector), "tag:Env=prod")]
    [InlineData("tag:Env=prod,staging", typeof(TagSelector), "tag:Env=prod,staging")]
    [InlineData("tag:Patch Group=web servers", typeof(TagSelector), "tag:Patch Group=web servers")]
    [InlineData("tag:aws:cloudformation:stack-name=core", typeof(TagSelector), "tag:aws:cloudformation:stack-name=core")]
    [InlineData(@"tag:a\=b=c\,d,e\\f", typeof(TagSelector), @"tag:a\=b=c\,d,e\\f")]
    [InlineData("tag:Note=x=y", typeof(TagSelector), @"tag:Note=x\=y")]
    [InlineData("tag-key:Owner", typeof(TagKeySelector), "tag-key:Owner")]
    [InlineData("tag-key:Owner,Cost Center", typeof(TagKeySelector), "tag-key:Owner,Cost Center")]
    [InlineData("patch-group:web", typeof(PatchGroupSelector), "patch-group:web")]
    [InlineData("patch-group:web,db servers", typeof(PatchGroupSelector), "patch-group:web,db servers")]
    [InlineData("account:payments-prod", typeof(AccountSelector), "account:payments-prod")]
    [InlineData("account:payments-prod,payments-dev", typeof(AccountSelector), "account:payments-prod,payments-dev")]
    public void Valid_selectors_parse_to_their_kind_and_canonical_text(string text, Type kind, string canonical)
    {
        var parsed = TargetSelector.Parse(text, "Targets[0]");

        Assert.True(parsed.IsSuccess, string.Join("; ", parsed.Errors));
        Assert.IsType(kind, parsed.Value);
        Assert.Equal(canonical, parsed.Value.Text);
        Assert.Equal(parsed.Value, TargetSelector.Parse(canonical, "Targets[0]").Value);
    }

    [Fact]
    public void Escapes_make_commas_equals_signs_and_backslashes_literal()
    {
        var tag = Assert.IsType<TagSelector>(TargetSelector.Parse(@"tag:a\=b=c\,d,e\\f", "Targets[0]").Value);

        Assert.Equal("a=b", tag.Key);
        Assert.Equal(["c,d", @"e\f"], tag.Values);
    }

    [Theory]
    [InlineData(null, "is empty")]
    [InlineData("", "is empty")]
    [InlineData("web-01", "'web-01' is not a target selector: expected mi-<17 hex digits>")]
    [InlineData("i-0123456789abcdef0", "EC2 instance ids are not Patchwarden instance ids")]
    [InlineData("i-01234567", "EC2 instance ids are not Patchwarden instance ids")]
    [InlineData("mi-0123456789ABCDEF0", "an instance id is mi- and 17 lower-case hex digits")]
    [InlineData("mi-0123", "an instance id is mi- and 17 lower-case hex digits")]
    [InlineData("instance-ids:", "lists no instance ids")]
    [InlineData("instance-ids:mi-0123", "has 'mi-0123', which is not an instance id")]
    [InlineData("instance-ids:i-0123456789abcdef0", "has 'i-0123456789abcdef0', an EC2 instance id")]
    [InlineData("instance-ids:" + Id1 + ",", "has '', which is not an instance id")]
    [InlineData("instance-ids:*," + Id1, "has '*', which is not an instance id")]
    [InlineData("tag:Env", "has no '=': expected tag:Key=Value[,Value...] (use tag-key:Key to select by the key alone)")]
    [InlineData("tag:=prod", "has an empty tag key")]
    [InlineData("tag:Env=", "lists no tag values")]
    [InlineData("tag:Env=prod,", "has an empty tag value")]
    [InlineData("tag:Env=a,,b", "has an empty tag value")]
    [InlineData(@"tag:Env=prod\", "ends with a lone backslash")]
    [InlineData(@"tag:Env=pr\od", @"has an unknown escape '\o'")]
    [InlineData("tag:Env=pr\tod", "has a tag value with a control character")]
    [InlineData("tag-key:", "lists no tag keys")]
    [InlineData("patch-group:", "lists no patch groups")]
    [InlineData("account:", "lists no accounts")]
    [InlineData("account:a,,b", "has an empty account")]
    [InlineData("Tag:Env=prod", "starts with the unknown kind 'Tag:'")]
    [InlineData("InstanceIds:" + Id1, "starts with the unknown kind 'InstanceIds:'")]
    [InlineData("resource-groups:Name=web", "starts with the unknown kind 'resource-groups:'")]
    public void Invalid_selectors_are_rejected_with_the_field_and_the_reason(string? text, string reason)
    {
        var parsed = TargetSelector.Parse(text, "Targets[2]");

        Assert.False(parsed.IsSuccess);
        Assert.All(parsed.Errors, error => Assert.Equal("Targets[2]", error.Field));
        Assert.Contains(parsed.Errors, error => error.Message.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_bad_value_of_a_selector_is_reported()
    {
        var parsed = TargetSelector.Parse("instance-ids:mi-1,i-2,mi-3", "Targets[0]");

        Assert.Equal(3, parsed.Errors.Count);
    }

    [Fact]
    public void Tag_keys_and_values_are_limited_to_the_proven_models_lengths()
    {
        Assert.True(TargetSelector.Parse($"tag:{new string('k', 128)}={new string('v', 256)}", "Targets[0]").IsSuccess);
        Assert.Contains("at most 128", Assert.Single(TargetSelector.Parse($"tag:{new string('k', 129)}=v", "Targets[0]").Errors).Message,
            StringComparison.Ordinal);
        Assert.Contains("at most 256", Assert.Single(TargetSelector.Parse($"tag:k={new string('v', 257)}", "Targets[0]").Errors).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_selector_takes_at_most_50_values()
    {
        var ids = Enumerable.Range(0, 51).Select(i => $"mi-{i:x17}").ToList();

        Assert.True(TargetSelector.Parse("instance-ids:" + string.Join(',', ids.Take(50)), "Targets[0]").IsSuccess);
        Assert.Contains("has 51 instance ids; at most 50 are allowed in one selector",
            Assert.Single(TargetSelector.Parse("instance-ids:" + string.Join(',', ids), "Targets[0]").Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructors_refuse_what_the_parser_would_reject()
    {
        Assert.Throws<ArgumentException>(() => new TagSelector("", ["prod"]));
        Assert.Throws<ArgumentException>(() => new TagSelector("Env", []));
        Assert.Throws<ArgumentException>(() => new TagSelector("Env", [""]));
        Assert.Throws<ArgumentException>(() => new InstanceIdSelector(["i-0123456789abcdef0"]));
        Assert.Throws<ArgumentException>(() => new AccountSelector(["a\nb"]));
        Assert.Equal("tag:Env=prod", new TagSelector("Env", ["prod"]).ToString());
    }
}
