using Patchwarden.Core.Validation;

namespace Patchwarden.Core.Targets;

/// <summary>Reads the text form of one selector: <c>mi-…</c>, <c>instance-ids:…</c>, <c>tag:K=V,…</c>, <c>tag-key:K,…</c>, <c>patch-group:G,…</c>, <c>account:A,…</c>.</summary>
internal static class TargetSelectorParser
{
    public const string Expected =
        "expected mi-<17 hex digits>, instance-ids:Id[,Id...], instance-ids:*, tag:Key=Value[,Value...], "
        + "tag-key:Key[,Key...], patch-group:Group[,Group...] or account:Name[,Name...]";

    public static Result<TargetSelector> Parse(string? text, string field)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Result<TargetSelector>.Failure(field, "is empty: " + Expected);
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return ParseBareId(text, field);
        }

        var rest = text.AsSpan(colon + 1);
        return text[..(colon + 1)] switch
        {
            InstanceIdSelector.Prefix when rest is "*" => Result<TargetSelector>.Success(AllInstancesSelector.Instance),
            InstanceIdSelector.Prefix => ParseList(text, rest, field, "instance ids", SelectorValueRules.CheckInstanceId, ids => new InstanceIdSelector(ids)),
            TagSelector.Prefix => ParseTag(text, rest, field),
            TagKeySelector.Prefix => ParseList(text, rest, field, "tag keys", SelectorValueRules.CheckTagKey, keys => new TagKeySelector(keys)),
            PatchGroupSelector.Prefix => ParseList(text, rest, field, "patch groups", SelectorValueRules.CheckPatchGroup, groups => new PatchGroupSelector(groups)),
            AccountSelector.Prefix => ParseList(text, rest, field, "accounts", SelectorValueRules.CheckAccount, accounts => new AccountSelector(accounts)),
            var prefix => Result<TargetSelector>.Failure(field, $"'{text}' starts with the unknown kind '{prefix}': {Expected}"),
        };
    }

    private static Result<TargetSelector> ParseBareId(string text, string field)
    {
        if (InstanceIdFormat.IsValid(text))
        {
            return Result<TargetSelector>.Success(new InstanceIdSelector([text]));
        }

        var hint = InstanceIdFormat.LooksLikeEc2Id(text)
            ? "EC2 instance ids are not Patchwarden instance ids (mi- and 17 lower-case hex digits); select cloud machines by tag"
            : text.StartsWith(InstanceIdFormat.Prefix, StringComparison.Ordinal)
                ? "an instance id is mi- and 17 lower-case hex digits"
                : Expected;
        return Result<TargetSelector>.Failure(field, $"'{text}' is not a target selector: {hint}");
    }

    private static Result<TargetSelector> ParseTag(string text, ReadOnlySpan<char> rest, string field)
    {
        var equals = SelectorText.IndexOfUnescaped(rest, '=');
        if (equals < 0)
        {
            return Result<TargetSelector>.Failure(field,
                $"'{text}' has no '=': expected tag:Key=Value[,Value...] (use tag-key:Key to select by the key alone)");
        }

        var key = SelectorText.Unescape(rest[..equals], out var keyError);
        if (key is null)
        {
            return Result<TargetSelector>.Failure(field, $"'{text}' {keyError}");
        }

        if (SelectorValueRules.CheckTagKey(key) is { } keyProblem)
        {
            return Result<TargetSelector>.Failure(field, $"'{text}' {keyProblem}");
        }

        return ParseList(text, rest[(equals + 1)..], field, "tag values", SelectorValueRules.CheckTagValue, values => new TagSelector(key, values));
    }

    private static Result<TargetSelector> ParseList(
        string text, ReadOnlySpan<char> list, string field, string what, Func<string, string?> check, Func<IReadOnlyList<string>, TargetSelector> create)
    {
        if (list.IsEmpty)
        {
            return Result<TargetSelector>.Failure(field, $"'{text}' lists no {what}");
        }

        var values = SelectorText.SplitList(list, out var error);
        if (values is null)
        {
            return Result<TargetSelector>.Failure(field, $"'{text}' {error}");
        }

        var errors = new List<ValidationError>();
        if (SelectorValueRules.CheckCount(values.Count, what) is { } tooMany)
        {
            errors.Add(new(field, $"'{text}' {tooMany}"));
        }

        foreach (var value in values)
        {
            if (check(value) is { } problem)
            {
                errors.Add(new(field, $"'{text}' {problem}"));
            }
        }

        return errors.Count == 0 ? Result<TargetSelector>.Success(create(values)) : Result<TargetSelector>.Failure(errors);
    }
}
