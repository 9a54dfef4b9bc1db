using Patchwarden.Core.Validation;

namespace Patchwarden.Core.Tests;

public sealed class ValidationTests
{
    [Fact]
    public void Failure_result_carries_the_field_and_refuses_its_value()
    {
        var result = Result<int>.Failure("Schedule", "is empty");
        Assert.False(result.IsSuccess);
        Assert.Equal("Schedule: is empty", result.Errors[0].ToString());
        Assert.Throws<InvalidOperationException>(() => result.Value);
    }
}
