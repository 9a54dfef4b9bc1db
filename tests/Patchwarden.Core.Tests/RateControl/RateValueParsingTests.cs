using Patchwarden.Core.RateControl;
using Patchwarden.Core.Validation;

namespace Patchwarden.Core.Tests.RateControl;

/// <summary>MaxConcurrency and MaxErrors share one grammar; only zero separates them.</summary>
public sealed class RateValueParsingTests
{
    [Theory]
    [InlineData("MaxConcurrency", "1", 1, false)]
    [InlineData("MaxConcurrency", "10", 10, false)]
    [InlineData("MaxConcurrency", "9999999", 9_999_999, false)]
    [InlineData("MaxConcurrency", "1%", 1, true)]
    [InlineData("MaxConcurrency", "9%", 9, true)]
    [InlineData("MaxConcurrency", "99%", 99, true)]
    [InlineData("MaxConcurrency", "100%", 100, true)]
    [InlineData("MaxErrors", "0", 0, false)]
    [InlineData("MaxErrors", "0%", 0, true)]
    [InlineData("MaxErrors", "3", 3, false)]
    [InlineData("MaxErrors", "9999999", 9_999_999, false)]
    [InlineData("MaxErrors", "5%", 5, true)]
    [InlineData("MaxErrors", "100%", 100, true)]
    public void Numbers_and_percentages_of_the_proven_grammar_parse(string kind, string text, int amount, bool isPercentage)
    {
        var (value, errors) = Parse(kind, text, kind);

        Assert.True(value is not null, string.Join("; ", errors));
        Assert.Equal(amount, value.Amount);
        Assert.Equal(isPercentage, value.IsPercentage);
        Assert.Equal(text, value.ToString());
    }

    [Theory]
    [InlineData("MaxConcurrency", null, "is required")]
    [InlineData("MaxConcurrency", "", "is required")]
    [InlineData("MaxConcurrency", "0", "would never run anything")]
    [InlineData("MaxConcurrency", "0%", "would never run anything")]
    [InlineData("MaxConcurrency", "00", "leading zero")]
    [InlineData("MaxConcurrency", "010", "leading zero")]
    [InlineData("MaxConcurrency", "05%", "leading zero")]
    [InlineData("MaxConcurrency", "101%", "more than 100%")]
    [InlineData("MaxConcurrency", "999%", "more than 100%")]
    [InlineData("MaxConcurrency", "10000000", "too long")]
    [InlineData("MaxConcurrency", "-1", "not a number")]
    [InlineData("MaxConcurrency", "+5", "not a number")]
    [InlineData("MaxConcurrency", " 10", "not a number")]
    [InlineData("MaxConcurrency", "10 ", "not a number")]
    [InlineData("MaxConcurrency", "1.5", "not a number")]
    [InlineData("MaxConcurrency", "%", "not a number")]
    [InlineData("MaxConcurrency", "10%%", "not a number")]
    [InlineData("MaxConcurrency", "ten", "not a number")]
    [InlineData("MaxConcurrency", "١٠", "not a number")]
    [InlineData("MaxErrors", null, "is required")]
    [InlineData("MaxErrors", "00", "leading zero")]
    [InlineData("MaxErrors", "00%", "leading zero")]
    [InlineData("MaxErrors", "01", "leading zero")]
    [InlineData("MaxErrors", "101%", "more than 100%")]
    [InlineData("MaxErrors", "12345678", "too long")]
    [InlineData("MaxErrors", "1e3", "not a number")]
    [InlineData("MaxErrors", "%5", "not a number")]
    public void Values_outside_the_grammar_are_rejected_naming_the_field(string kind, string? text, string reason)
    {
        var (value, errors) = Parse(kind, text, kind);

        Assert.Null(value);
        var error = Assert.Single(errors);
        Assert.Equal(kind, error.Field);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_are_reported_on_the_field_the_caller_names()
    {
        Assert.Equal("Tasks[1].MaxConcurrency: '0' would never run anything: at least 1 target (or 1%) must be allowed at a time",
            Assert.Single(MaxConcurrency.Parse("0", "Tasks[1].MaxConcurrency").Errors).ToString());
        Assert.Equal("Tasks[1].MaxErrors: '101%' is more than 100%",
            Assert.Single(MaxErrors.Parse("101%", "Tasks[1].MaxErrors").Errors).ToString());
    }

    [Fact]
    public void Equal_texts_of_different_kinds_are_different_values()
    {
        Assert.Equal(MaxConcurrency.Parse("25%").Value, MaxConcurrency.Percent(25));
        Assert.NotEqual(MaxConcurrency.Count(25), MaxConcurrency.Percent(25));
        Assert.NotEqual<RateValue>(MaxConcurrency.Count(25), MaxErrors.Count(25));
    }

    private static (RateValue? Value, IReadOnlyList<ValidationError> Errors) Parse(string kind, string? text, string field) => kind switch
    {
        MaxConcurrency.FieldName => Unpack(MaxConcurrency.Parse(text, field)),
        MaxErrors.FieldName => Unpack(MaxErrors.Parse(text, field)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static (RateValue? Value, IReadOnlyList<ValidationError> Errors) Unpack<T>(Result<T> result)
        where T : RateValue => (result.IsSuccess ? result.Value : null, result.Errors);
}
