using Patchwarden.Core.Validation;

namespace Patchwarden.Core.RateControl;

/// <summary>How many targets may run a task at the same time: a number (<c>10</c>) or a percentage of the targets (<c>10%</c>).</summary>
/// <remarks>Never zero. A percentage rounds down but never below one target, so every execution makes progress.</remarks>
public sealed record MaxConcurrency : RateValue
{
    public const string FieldName = "MaxConcurrency";

    private MaxConcurrency(int amount, bool isPercentage)
        : base(amount, isPercentage)
    {
    }

    /// <summary>At most <paramref name="count"/> targets at a time (1 to 9,999,999).</summary>
    public static MaxConcurrency Count(int count) => new(RateValueText.RequireCount(count, minimum: 1), isPercentage: false);

    /// <summary>At most <paramref name="percent"/>% of the targets at a time (1 to 100).</summary>
    public static MaxConcurrency Percent(int percent) => new(RateValueText.RequirePercent(percent, minimum: 1), isPercentage: true);

    /// <summary>Reads <c>10</c> or <c>10%</c>; errors are reported on <paramref name="field"/>.</summary>
    public static Result<MaxConcurrency> Parse(string? text, string field = FieldName) =>
        RateValueText.Parse(text, field, allowZero: false, (amount, isPercentage) => new MaxConcurrency(amount, isPercentage));

    /// <summary>The most invocations that may be in flight at once for <paramref name="targetCount"/> targets; at least 1.</summary>
    public override int Resolve(int targetCount) =>
        IsPercentage ? Math.Max(1, RateValueText.PercentOf(Amount, targetCount)) : Amount;
}
