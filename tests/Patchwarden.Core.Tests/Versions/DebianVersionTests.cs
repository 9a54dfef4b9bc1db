using CsCheck;
using Patchwarden.Core.Versions;

namespace Patchwarden.Core.Tests.Versions;

public sealed class DebianVersionTests
{
    // Pairs from dpkg's own ordering rules (deb-version(7)) and from real Debian 12 packages.
    [Theory]
    [InlineData("1.0", "1.0", 0)]
    [InlineData("1.0", "1.0-0", 0)]
    [InlineData("0:1.0", "1.0", 0)]
    [InlineData("1.01", "1.1", 0)]
    [InlineData("1.0", "1.0-1", -1)]
    [InlineData("1:1.0-1", "9.9-9", 1)]
    [InlineData("1:0.1", "2:0.0", -1)]
    [InlineData("10:1.0", "9:1.0", 1)]
    [InlineData("1.2.3", "1.2.10", -1)]
    [InlineData("6.1.99-1", "6.1.100-1", -1)]
    [InlineData("1.0~rc1", "1.0", -1)]
    [InlineData("1.0~rc1", "1.0~rc2", -1)]
    [InlineData("1.0~~", "1.0~", -1)]
    [InlineData("1.0~~a", "1.0~~", 1)]
    [InlineData("1.0~", "1.0", -1)]
    [InlineData("1.0", "1.0a", -1)]
    [InlineData("1.0a", "1.0+", -1)]
    [InlineData("1.0+dfsg", "1.0.1", -1)]
    [InlineData("1.0a", "1.0b", -1)]
    [InlineData("1.0Z", "1.0a", -1)]
    [InlineData("2.36-9+deb12u4", "2.36-9+deb12u7", -1)]
    [InlineData("7.88.1-10+deb12u5", "7.88.1-10+deb12u12", -1)]
    [InlineData("3.0.11-1~deb12u2", "3.0.11-1", -1)]
    [InlineData("3.0.11-1~deb12u2", "3.0.11-0", 1)]
    [InlineData("1:9.2p1-2+deb12u2", "1:9.2p1-2+deb12u3", -1)]
    [InlineData("1:9.2p1-2+deb12u3", "9.6p1-1", 1)]
    [InlineData("590-2", "590-2.1~deb12u1", -1)]
    [InlineData("2023c-5+deb12u1", "2024a-0+deb12u1", -1)]
    [InlineData("252.22-1~deb12u1", "252.30-1~deb12u2", -1)]
    [InlineData("1.22.1-9", "1.22.1-9+deb12u1", -1)]
    [InlineData("2.4.57-2", "2.4.62-1~deb12u1", -1)]
    [InlineData("1.0-1ubuntu1", "1.0-1", 1)]
    [InlineData("5.15.0-91.101", "5.15.0-101.111", -1)]
    [InlineData("1.0-a-1", "1.0-a-2", -1)]
    [InlineData("99999999999999999999999", "99999999999999999999998", 1)]
    public void Versions_compare_as_dpkg_compares_them(string left, string right, int expected)
    {
        Assert.Equal(expected, Math.Sign(DebianVersion.Compare(left, right)));
        Assert.Equal(-expected, Math.Sign(DebianVersion.Compare(right, left)));
    }

    [Fact]
    public void Sorting_with_the_comparer_gives_dpkg_order()
    {
        string[] versions = ["1.0", "1.0~rc1", "1:0.9", "1.0-1", "1.0~~", "1.0a", "1.0+1", "0.9"];
        Assert.Equal(["0.9", "1.0~~", "1.0~rc1", "1.0", "1.0-1", "1.0a", "1.0+1", "1:0.9"], versions.Order(DebianVersion.Comparer));
    }

    private static readonly Gen<string> Version = Gen.String[Gen.Char["0123456789.+~-:ab"], 0, 12];

    [Fact]
    public void Order_is_antisymmetric_and_reflexive() =>
        Gen.Select(Version, Version).Sample((a, b) =>
            DebianVersion.Compare(a, a) == 0 && Math.Sign(DebianVersion.Compare(a, b)) == -Math.Sign(DebianVersion.Compare(b, a)));

    [Fact]
    public void Order_is_transitive() =>
        Gen.Select(Version, Version, Version).Sample((a, b, c) =>
            !(DebianVersion.Compare(a, b) <= 0 && DebianVersion.Compare(b, c) <= 0) || DebianVersion.Compare(a, c) <= 0);
}
