using Patchwarden.Core.Baselines;

namespace Patchwarden.Core.Tests.Baselines;

public sealed class BaselineIdTests
{
    [Fact]
    public void New_ids_are_valid_and_distinct()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => BaselineId.New()).ToList();

        Assert.All(ids, id => Assert.True(BaselineId.IsValid(id), id));
        Assert.All(ids, id => Assert.Matches("^pb-[0-9a-f]{17}$", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("pb-0c67a82f35616e86e", true)]
    [InlineData("pb-00000000000000001", true)]
    [InlineData("pb-0C67A82F35616E86E", false)]
    [InlineData("pb-0c67a82f35616e86", false)]
    [InlineData("pb-0c67a82f35616e86e0", false)]
    [InlineData("pb-0c67a82f35616e86g", false)]
    [InlineData("PB-0c67a82f35616e86e", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Ids_are_pb_and_17_lower_case_hex_digits(string? id, bool valid) =>
        Assert.Equal(valid, BaselineId.IsValid(id));
}
