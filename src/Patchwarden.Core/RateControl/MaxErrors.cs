using Patchwarden.Core.Validation;

namespace Patchwarden.Core.RateControl;

/// <summary>How many targets may fail before no further invocations start: a number (<c>10</c>) or a percentage of the targets (<c>10%</c>).</summary>
/// <remarks>
/// Zero is allowed and stops dispatch at the first error. Dispatch stops when the error count <em>exceeds</em> the
/// resolved threshold: <c>3</c> stops at the fourth error. A percentage rounds down, with no minimum: 10% of 7 targets is 0.
/// </remarks>
public sealed record MaxErrors : RateValue
{
    public const string FieldName = "MaxErrors";

    private MaxErrors(int amount, bool isPercentage)
        : base(amount, isPercentage)
    {
    }

    /// <summary>Tolerate <paramref name="count"/> errors (0 to 9,999,999).</summary>
    public static MaxErrors Count(int count) => new(RateValueText.RequireCount(count, minimum: 0), isPercentage: false);

    /// <summary>Tolerate errors on <paramref name="percent"/>% of the targets (0 to 100).</summary>
    public static MaxErrors Percent(int percent) => new(RateValueText.RequirePercent(percent, minimum: 0), isPercentage: true);

    /// <summary>Reads <c>0</c>, <c>10</c>, <c>0%</c> or <c>10%</c>; errors are reported on <paramref name="field"/>.</summary>
    public static Result<MaxErrors> Parse(string? text, string field = FieldName) =>
        RateValueText.Parse(text, field, allowZero: true, (amount, isPercentage) => new MaxErrors(amount, isPercentage));

    /// <summary>The most errors tolerated for <paramref name="targetCount"/> targets; one more stops dispatch.</summary>
    public override int Resolve(int targetCount) =>
        IsPercentage ? RateValueText.PercentOf(Amount, targetCount) : Amount;
}
