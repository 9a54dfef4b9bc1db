namespace Patchwarden.Core.Targets;

/// <summary>What each value of a selector may be; one place for the parser (which reports) and the constructors (which throw).</summary>
internal static class SelectorValueRules
{
    /// <summary>The proven model allows 50 values per target key.</summary>
    public const int MaxValues = 50;

    /// <summary>Tag limits of the proven model, which activations use too.</summary>
    public const int MaxTagKeyLength = 128;

    public const int MaxTagValueLength = 256;

    public const int MaxNameLength = 256;

    public static string? CheckInstanceId(string id)
    {
        if (InstanceIdFormat.IsValid(id))
        {
            return null;
        }

        return InstanceIdFormat.LooksLikeEc2Id(id)
            ? $"has '{id}', an EC2 instance id: Patchwarden instance ids are mi- and 17 lower-case hex digits (select cloud machines by tag instead)"
            : $"has '{id}', which is not an instance id: expected mi- and 17 lower-case hex digits";
    }

    public static string? CheckTagKey(string key) => CheckText(key, MaxTagKeyLength, "tag key");

    public static string? CheckTagValue(string value) => CheckText(value, MaxTagValueLength, "tag value");

    public static string? CheckPatchGroup(string group) => CheckText(group, MaxNameLength, "patch group");

    public static string? CheckAccount(string account) => CheckText(account, MaxNameLength, "account");

    /// <summary>The problem with the length of a list, or null. Every check returns a phrase about the selector ("has …").</summary>
    public static string? CheckCount(int count, string what) =>
        count > MaxValues ? $"has {count} {what}; at most {MaxValues} are allowed in one selector" : null;

    /// <summary>Throws for a value that the parser would have rejected; constructors are for trusted input.</summary>
    public static IReadOnlyList<string> Require(IReadOnlyList<string> values, string what, Func<string, string?> check, string parameter)
    {
        ArgumentNullException.ThrowIfNull(values, parameter);
        if (values.Count == 0)
        {
            throw new ArgumentException($"At least one {what} is required.", parameter);
        }

        if (CheckCount(values.Count, what) is { } tooMany)
        {
            throw new ArgumentException(tooMany, parameter);
        }

        foreach (var value in values)
        {
            ArgumentNullException.ThrowIfNull(value, parameter);
            if (check(value) is { } problem)
            {
                throw new ArgumentException(problem, parameter);
            }
        }

        return [.. values];
    }

    // Spaces are data ("Patch Group"); control characters never are, and empty values are almost always a typo.
    private static string? CheckText(string text, int maxLength, string what)
    {
        if (text.Length == 0)
        {
            return $"has an empty {what}";
        }

        if (text.Length > maxLength)
        {
            return $"has a {what} of {text.Length} characters; at most {maxLength} are allowed";
        }

        return text.Any(char.IsControl) ? $"has a {what} with a control character" : null;
    }
}
