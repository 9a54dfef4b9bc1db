using Patchwarden.Core.Targets;

namespace Patchwarden.Core.Tests.Targets;

/// <summary>Small hand-made instances for matching tests.</summary>
internal static class Fleet
{
    public static TargetInstance Instance(int number, string account, params (string Key, string Value)[] tags) => new()
    {
        Id = $"mi-{number:x17}",
        Account = account,
        Tags = tags.ToDictionary(tag => tag.Key, tag => tag.Value, StringComparer.Ordinal),
    };

    public static TargetSet Set(params string[] selectors)
    {
        var parsed = TargetSet.Parse(selectors);
        Assert.True(parsed.IsSuccess, string.Join("; ", parsed.Errors));
        return parsed.Value;
    }
}
