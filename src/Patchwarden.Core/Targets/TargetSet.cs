using Patchwarden.Core.Validation;

namespace Patchwarden.Core.Targets;

/// <summary>The selectors of one window target or task; an instance is a target when it matches <em>every</em> selector.</summary>
/// <remarks>
/// AND across selectors, OR across the values inside one, as the proven model does: "if you include more than one Key
/// criteria, the system targets instances that meet all of the criteria". <c>tag:Env=prod</c> with <c>tag:Role=web</c>
/// selects the production web servers, not every production machine plus every web server.
/// </remarks>
public sealed record TargetSet
{
    /// <summary>The proven model allows 5 target criteria per registration.</summary>
    public const int MaxSelectors = 5;

    public const string FieldName = "Targets";

    private TargetSet(IReadOnlyList<TargetSelector> selectors) => Selectors = selectors;

    public IReadOnlyList<TargetSelector> Selectors { get; }

    /// <summary>Every instance: <c>instance-ids:*</c>.</summary>
    public static TargetSet AllInstances { get; } = new([AllInstancesSelector.Instance]);

    /// <summary>Reads a list such as <c>["tag:Env=prod", "patch-group:web"]</c>; errors name the entry, e.g. <c>Targets[1]</c>.</summary>
    public static Result<TargetSet> Parse(IReadOnlyList<string?>? texts, string field = FieldName)
    {
        if (texts is null || texts.Count == 0)
        {
            return Result<TargetSet>.Failure(field, NoSelectors);
        }

        var errors = new List<ValidationError>();
        var selectors = new List<TargetSelector>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            var selector = TargetSelector.Parse(texts[i], $"{field}[{i}]");
            if (selector.IsSuccess)
            {
                selectors.Add(selector.Value);
            }
            else
            {
                errors.AddRange(selector.Errors);
            }
        }

        return errors.Count == 0 ? Create(selectors, field) : Result<TargetSet>.Failure(errors);
    }

    /// <summary>Checks that the selectors make a sensible set: 1 to 5 of them, no two pinning down the same attribute.</summary>
    public static Result<TargetSet> Create(IReadOnlyList<TargetSelector> selectors, string field = FieldName)
    {
        ArgumentNullException.ThrowIfNull(selectors);
        if (selectors.Count == 0)
        {
            return Result<TargetSet>.Failure(field, NoSelectors);
        }

        var errors = new List<ValidationError>();
        if (selectors.Count > MaxSelectors)
        {
            errors.Add(new(field, $"has {selectors.Count} selectors; at most {MaxSelectors} are allowed"));
        }

        // Under AND, two selectors on one single-valued attribute either repeat or exclude each other
        // ("account:a" and "account:b" selects nothing); almost always the author meant one selector with both values.
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < selectors.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(selectors[i], nameof(selectors));
            if (selectors[i].Dimension is not { } dimension)
            {
                continue;
            }

            if (seen.TryGetValue(dimension, out var first))
            {
                errors.Add(new($"{field}[{i}]",
                    $"'{selectors[i]}' selects by {dimension} like {field}[{first}]; selectors are combined with AND, so list every accepted value in one selector"));
            }
            else
            {
                seen.Add(dimension, i);
            }
        }

        return errors.Count == 0 ? Result<TargetSet>.Success(new TargetSet([.. selectors])) : Result<TargetSet>.Failure(errors);
    }

    public bool Matches(TargetInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        foreach (var selector in Selectors)
        {
            if (!selector.Matches(instance))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text forms, which <see cref="Parse"/> reads back to an equal set.</summary>
    public IReadOnlyList<string> ToStrings() => [.. Selectors.Select(s => s.Text)];

    public bool Equals(TargetSet? other) => other is not null && Selectors.SequenceEqual(other.Selectors);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var selector in Selectors)
        {
            hash.Add(selector);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => string.Join(" AND ", Selectors.Select(s => s.Text));

    private const string NoSelectors = "needs at least one target selector (instance-ids:* selects every instance)";
}
