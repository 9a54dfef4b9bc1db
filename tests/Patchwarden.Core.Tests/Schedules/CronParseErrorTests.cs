using Patchwarden.Core.Schedules;

namespace Patchwarden.Core.Tests.Schedules;

/// <summary>Every mistake in a cron expression is reported with the field it is in and why, never as an exception.</summary>
public sealed class CronParseErrorTests
{
    [Theory]
    [InlineData("cron(0 2 ? * TUX#2 *)", "Schedule.cron.dayOfWeek", "'TUX' is not a day name (SUN-SAT) or number 1-7")]
    [InlineData("cron(0 2 ? * TUX *)", "Schedule.cron.dayOfWeek", "'TUX' is not a day name (SUN-SAT) or number 1-7")]
    [InlineData("cron(0 2 ? * 0 *)", "Schedule.cron.dayOfWeek", "'0' is not a day name (SUN-SAT) or number 1-7")]
    [InlineData("cron(0 2 ? * 8 *)", "Schedule.cron.dayOfWeek", "'8' is not a day name (SUN-SAT) or number 1-7")]
    [InlineData("cron(0 2 ? * TUE#6 *)", "Schedule.cron.dayOfWeek", "'TUE#6': the number after '#' must be 1-5 (the first to fifth TUE of the month)")]
    [InlineData("cron(0 2 ? * TUE#0 *)", "Schedule.cron.dayOfWeek", "'TUE#0': the number after '#' must be 1-5 (the first to fifth TUE of the month)")]
    [InlineData("cron(0 2 ? * 3#1,6#3 *)", "Schedule.cron.dayOfWeek", "'3#1,6#3': an 'L' or '#' expression must be the only item in day-of-week (e.g. TUE#2 or 6L)")]
    [InlineData("cron(0 2 ? * MON,6L *)", "Schedule.cron.dayOfWeek", "'MON,6L': an 'L' or '#' expression must be the only item in day-of-week (e.g. TUE#2 or 6L)")]
    [InlineData("cron(0 2 ? * 9L *)", "Schedule.cron.dayOfWeek", "'9L': L needs a day name (SUN-SAT) or number 1-7 before it (e.g. 6L, the last Friday)")]
    [InlineData("cron(0 2 ? * 15W *)", "Schedule.cron.dayOfWeek", "'W' is only allowed in day-of-month (e.g. 15W, LW)")]
    [InlineData("cron(60 2 * * ? *)", "Schedule.cron.minutes", "'60' is not a number 0-59")]
    [InlineData("cron(x 2 * * ? *)", "Schedule.cron.minutes", "'x' is not a number 0-59")]
    [InlineData("cron(0,,30 2 * * ? *)", "Schedule.cron.minutes", "has an empty list item; separate values with single commas")]
    [InlineData("cron(L 2 * * ? *)", "Schedule.cron.minutes", "'L' is only allowed in day-of-month or day-of-week")]
    [InlineData("cron(? 2 * * ? *)", "Schedule.cron.minutes", "'?' is only allowed in day-of-month or day-of-week")]
    [InlineData("cron(0 24 * * ? *)", "Schedule.cron.hours", "'24' is not a number 0-23")]
    [InlineData("cron(0 5-3 * * ? *)", "Schedule.cron.hours", "range '5-3' runs backwards; write the smaller value first or list the values")]
    [InlineData("cron(0 1- * * ? *)", "Schedule.cron.hours", "range '1-' needs a value on both sides of '-'")]
    [InlineData("cron(0 0/0 * * ? *)", "Schedule.cron.hours", "step in '0/0' must be a number 1-24")]
    [InlineData("cron(0 0/25 * * ? *)", "Schedule.cron.hours", "step in '0/25' must be a number 1-24")]
    [InlineData("cron(0 /2 * * ? *)", "Schedule.cron.hours", "'/2' needs a value or '*' before '/'")]
    [InlineData("cron(0 2 32 * ? *)", "Schedule.cron.dayOfMonth", "'32' is not a day 1-31 (or L, LW, nW)")]
    [InlineData("cron(0 2 0 * ? *)", "Schedule.cron.dayOfMonth", "'0' is not a day 1-31 (or L, LW, nW)")]
    [InlineData("cron(0 2 L-3 * ? *)", "Schedule.cron.dayOfMonth", "'L-3' is not a day 1-31 (or L, LW, nW)")]
    [InlineData("cron(0 2 32W * ? *)", "Schedule.cron.dayOfMonth", "'32W': W needs a day 1-31 before it (e.g. 15W) or L (LW)")]
    [InlineData("cron(0 2 1#2 * ? *)", "Schedule.cron.dayOfMonth", "'#' is only allowed in day-of-week (e.g. TUE#2)")]
    [InlineData("cron(0 2 1,? * MON *)", "Schedule.cron.dayOfMonth", "'?' must stand alone: it means \"no value\" and takes no other items")]
    [InlineData("cron(0 2 1 13 ? *)", "Schedule.cron.month", "'13' is not a month name (JAN-DEC) or number 1-12")]
    [InlineData("cron(0 2 1 JANUARY ? *)", "Schedule.cron.month", "'JANUARY' is not a month name (JAN-DEC) or number 1-12")]
    [InlineData("cron(0 2 1 * ? 1969)", "Schedule.cron.year", "'1969' is not a year 1970-2199")]
    [InlineData("cron(0 2 1 * ? 2200)", "Schedule.cron.year", "'2200' is not a year 1970-2199")]
    [InlineData("cron(60 0 2 1 * ? *)", "Schedule.cron.seconds", "'60' is not a number 0-59")]
    public void A_bad_field_is_named_with_the_reason(string expression, string field, string message)
    {
        var result = ScheduleExpression.Parse(expression);

        Assert.False(result.IsSuccess);
        var error = Assert.Single(result.Errors);
        Assert.Equal(field, error.Field);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void The_brief_example_reads_as_field_then_reason()
    {
        var error = Assert.Single(ScheduleExpression.Parse("cron(0 2 ? * TUX *)").Errors);

        Assert.Equal("Schedule.cron.dayOfWeek: 'TUX' is not a day name (SUN-SAT) or number 1-7", error.ToString());
    }

    [Theory]
    [InlineData("cron(0 2 * * TUE *)", "Schedule.cron.dayOfMonth", "day-of-month '*' and day-of-week 'TUE' are both set; one of them must be '?' (use '?' in day-of-month to run by day-of-week)")]
    [InlineData("cron(0 2 1 * * *)", "Schedule.cron.dayOfWeek", "day-of-month '1' and day-of-week '*' are both set; one of them must be '?' (use '?' in day-of-week to run by day-of-month)")]
    [InlineData("cron(0 2 * * * *)", "Schedule.cron.dayOfWeek", "day-of-month '*' and day-of-week '*' are both set; one of them must be '?' (use '?' in day-of-week to run by day-of-month)")]
    [InlineData("cron(0 2 ? * ? *)", "Schedule.cron.dayOfWeek", "day-of-month and day-of-week are both '?'; exactly one of them must be '?'")]
    public void Exactly_one_of_day_of_month_and_day_of_week_must_be_a_question_mark(string expression, string field, string message)
    {
        var error = Assert.Single(ScheduleExpression.Parse(expression).Errors);

        Assert.Equal(field, error.Field);
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("cron(0 2 * *)", "has 4 fields; expected 6 (minutes hours day-of-month month day-of-week year) or 7 with leading seconds")]
    [InlineData("cron(0 2 * * ?)", "has 5 fields; expected 6 (minutes hours day-of-month month day-of-week year) or 7 with leading seconds")]
    [InlineData("cron(0 0 2 * * ? * *)", "has 8 fields; expected 6 (minutes hours day-of-month month day-of-week year) or 7 with leading seconds")]
    [InlineData("cron()", "has 0 fields; expected 6 (minutes hours day-of-month month day-of-week year) or 7 with leading seconds")]
    public void The_number_of_fields_is_checked(string expression, string message)
    {
        var error = Assert.Single(ScheduleExpression.Parse(expression).Errors);

        Assert.Equal("Schedule.cron", error.Field);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Every_bad_field_is_reported_at_once()
    {
        var errors = ScheduleExpression.Parse("cron(61 25 ? FOO TUX 1900)").Errors;

        Assert.Equal(
            ["Schedule.cron.minutes", "Schedule.cron.hours", "Schedule.cron.month", "Schedule.cron.dayOfWeek", "Schedule.cron.year"],
            errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData("", "is empty; expected cron(...), rate(...) or at(...)")]
    [InlineData("   ", "is empty; expected cron(...), rate(...) or at(...)")]
    [InlineData("0 2 ? * TUE#2 *", "'0 2 ? * TUE#2 *' is not a cron(...), rate(...) or at(...) expression")]
    [InlineData("cron(0 2 ? * TUE#2 *", "'cron(0 2 ? * TUE#2 *' is not a cron(...), rate(...) or at(...) expression")]
    [InlineData("CRON(0 2 ? * TUE#2 *)", "'CRON(0 2 ? * TUE#2 *)' is not a cron(...), rate(...) or at(...) expression")]
    [InlineData("every(5 minutes)", "'every(5 minutes)' is not a cron(...), rate(...) or at(...) expression")]
    public void Text_that_is_no_expression_at_all_is_named_as_Schedule(string text, string message)
    {
        var error = Assert.Single(ScheduleExpression.Parse(text).Errors);

        Assert.Equal("Schedule", error.Field);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Expressions_longer_than_AWS_allows_are_refused()
    {
        var error = Assert.Single(ScheduleExpression.Parse("cron(0 2 ? * TUE#2 " + new string('*', 300) + ")").Errors);

        Assert.Equal("Schedule", error.Field);
        Assert.StartsWith("is 320 characters long; at most 256", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_expression_keeps_its_text_and_knows_it_has_seconds()
    {
        var six = Assert.IsType<CronExpression>(ScheduleExpression.Parse("  cron(0 2 ? * TUE#2 *) ").Value);
        var seven = Assert.IsType<CronExpression>(ScheduleExpression.Parse("cron(15 0 2 ? * TUE#2 *)").Value);

        Assert.Equal("cron(0 2 ? * TUE#2 *)", six.Text);
        Assert.Equal("cron(0 2 ? * TUE#2 *)", six.ToString());
        Assert.False(six.HasSecondsField);
        Assert.True(seven.HasSecondsField);
    }

    [Fact]
    public void Equal_text_parses_to_equal_expressions()
    {
        Assert.Equal(ScheduleExpression.Parse("cron(0 2 ? * TUE#2 *)").Value, ScheduleExpression.Parse("cron(0 2 ? * TUE#2 *)").Value);
        Assert.NotEqual(ScheduleExpression.Parse("cron(0 2 ? * TUE#2 *)").Value, ScheduleExpression.Parse("cron(0 2 ? * TUE#3 *)").Value);
    }
}
