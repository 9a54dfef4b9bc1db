namespace Patchwarden.Core.RateControl;

/// <summary>A rate limit as the proven model writes it: a whole number (<c>10</c>) or a whole percentage of the targets (<c>10%</c>).</summary>
public abstract record RateValue
{
    private protected RateValue(int amount, bool isPercentage)
    {
        Amount = amount;
        IsPercentage = isPercentage;
    }

    /// <summary>The number, or the percentage when <see cref="IsPercentage"/>.</summary>
    public int Amount { get; }

    public bool IsPercentage { get; }

    /// <summary>The limit for an execution over <paramref name="targetCount"/> targets.</summary>
    public abstract int Resolve(int targetCount);

    /// <summary>The text form, <c>10</c> or <c>10%</c>, which the type's <c>Parse</c> reads back.</summary>
    public sealed override string ToString() => RateValueText.Format(Amount, IsPercentage);
}
