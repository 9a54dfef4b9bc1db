using Patchwarden.Cli.Output;

namespace Patchwarden.Cli.Tests;

public sealed class OutputTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("-5", "-5")]
    public void Csv_cells_are_quoted_and_formulas_defused(string cell, string expected) =>
        Assert.Equal(expected, TableWriter.Escape(cell));

    [Fact]
    public async Task Unknown_output_format_is_a_usage_error_with_exit_code_2()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await Patchctl.RunAsync(["no-such-verb"], stdout, stderr, TestContext.Current.CancellationToken);
        Assert.Equal(Patchctl.ExitUsage, exit);
        Assert.Single(stderr.ToString().TrimEnd().Split('\n'));
        Assert.StartsWith("patchctl: ", stderr.ToString(), StringComparison.Ordinal);
    }
}
