using System.Globalization;
using Patchwarden.Core.Validation;

namespace Patchwarden.Core.RateControl;

/// <summary>The proven grammar shared by <c>MaxConcurrency</c> and <c>MaxErrors</c>: a whole number or a whole percentage.</summary>
/// <remarks>
/// AWS Systems Manager's API patterns are <c>^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$</c> (MaxConcurrency) and
/// <c>^([1-9][0-9]*|[0]|[1-9][0-9]%|[0-9]%|100%)$</c> (MaxErrors), both 1 to 7 characters long: no sign, no spaces,
/// no leading zeros, percentages up to 100%. Only zero separates the two.
/// </remarks>
internal static class RateValueText
{
    public const int MaxLength = 7;

    /// <summary>The largest number the grammar admits: seven digits.</summary>
    public const int MaxCount = 9_999_999;

    public static Result<T> Parse<T>(string? text, string field, bool allowZero, Func<int, bool, T> create)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Result<T>.Failure(field, "is required: a number such as 10 or a percentage such as 10%");
        }

        if (text.Length > MaxLength)
        {
            return Result<T>.Failure(field, $"'{text}' is too long: at most {MaxLength} characters (a number up to {MaxCount} or a percentage up to 100%)");
        }

        var isPercentage = text[^1] == '%';
        var digits = isPercentage ? text.AsSpan(0, text.Length - 1) : text.AsSpan();
        if (digits.IsEmpty || digits.ContainsAnyExceptInRange('0', '9'))
        {
            return Result<T>.Failure(field, $"'{text}' is not a number (such as 10) or a percentage (such as 10%)");
        }

        if (digits.Length > 1 && digits[0] == '0')
        {
            return Result<T>.Failure(field, $"'{text}' has a leading zero");
        }

        var amount = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        if (amount == 0 && !allowZero)
        {
            return Result<T>.Failure(field, $"'{text}' would never run anything: at least 1 target (or 1%) must be allowed at a time");
        }

        return isPercentage && amount > 100
            ? Result<T>.Failure(field, $"'{text}' is more than 100%")
            : Result<T>.Success(create(amount, isPercentage));
    }

    public static int RequireCount(int count, int minimum)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, minimum);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxCount);
        return count;
    }

    public static int RequirePercent(int percent, int minimum)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(percent, minimum);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        return percent;
    }

    public static string Format(int amount, bool isPercentage) =>
        isPercentage ? amount.ToString(CultureInfo.InvariantCulture) + "%" : amount.ToString(CultureInfo.InvariantCulture);

    /// <summary>The whole part of <paramref name="percent"/>% of <paramref name="targetCount"/>: percentages round down.</summary>
    public static int PercentOf(int percent, int targetCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(targetCount);
        return (int)((long)targetCount * percent / 100);
    }
}
