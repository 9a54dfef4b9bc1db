using Patchwarden.Core.Validation;

namespace Patchwarden.Core.Targets;

/// <summary>One criterion of a target set, such as <c>tag:Env=prod,staging</c>; an instance matches when it has any of the listed values.</summary>
public abstract record TargetSelector
{
    /// <summary>The canonical text form, which <see cref="Parse"/> reads back to an equal selector.</summary>
    public abstract string Text { get; }

    /// <summary>
    /// The attribute this selector pins down when an instance can hold only one value of it (its id, account, or the
    /// value of one tag key); null otherwise. Two selectors on the same dimension in one set contradict or repeat each other.
    /// </summary>
    internal abstract string? Dimension { get; }

    public abstract bool Matches(TargetInstance instance);

    /// <summary>Reads one selector; errors are reported on <paramref name="field"/>, e.g. <c>Targets[2]</c>.</summary>
    public static Result<TargetSelector> Parse(string? text, string field) => TargetSelectorParser.Parse(text, field);

    public sealed override string ToString() => Text;
}
