using Patchwarden.Server.Accounts;

namespace Patchwarden.Server.Tests.Accounts;

public sealed class AccountNamesTests
{
    [Theory]
    [InlineData("payments-prod", true)]
    [InlineData("a", true)]
    [InlineData("team42", true)]
    [InlineData("0-9", true)]
    [InlineData("", false)]
    [InlineData("Payments", false)]
    [InlineData("payments prod", false)]
    [InlineData("-payments", false)]
    [InlineData("payments-", false)]
    [InlineData("payments_prod", false)]
    [InlineData("paymënts", false)]
    [InlineData("abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabc", true)] // 63 characters
    [InlineData("abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcd", false)] // 64 characters
    public void Account_names_are_lower_case_DNS_labels(string name, bool valid)
    {
        Assert.Equal(valid, AccountNames.IsValid(name));
        Assert.Equal(valid, AccountNames.Check(name, "name") is null);
    }
}
