using CsCheck;
using Patchwarden.Core.Versions;

namespace Patchwarden.Core.Tests.Versions;

public sealed class RpmVersionTests
{
    // Segment pairs from rpm's test suite (tests/rpmvercmp.at), which pins rpmvercmp's behaviour.
    [Theory]
    [InlineData("1.0", "1.0", 0)]
    [InlineData("1.0", "2.0", -1)]
    [InlineData("2.0.1", "2.0", 1)]
    [InlineData("2.0.1a", "2.0.1", 1)]
    [InlineData("5.5p1", "5.5p2", -1)]
    [InlineData("5.5p10", "5.5p1", 1)]
    [InlineData("10xyz", "10.1xyz", -1)]
    [InlineData("xyz10", "xyz10.1", -1)]
    [InlineData("xyz.4", "8", -1)]
    [InlineData("5.5p2", "5.6", -1)]
    [InlineData("1.1.a", "1.1.1", -1)]
    [InlineData("1b.fc17", "1b.fc17", 0)]
    [InlineData("1b.fc17", "1.fc17", -1)]
    [InlineData("1g.fc17", "1.fc17", 1)]
    [InlineData("1.0a", "1.0", 1)]
    [InlineData("2_0", "2.0", 0)]
    [InlineData("a+", "a_", 0)]
    [InlineData("+a", "_a", 0)]
    [InlineData("+", "_", 0)]
    [InlineData("1.010", "1.10", 0)]
    [InlineData("1.0~rc1", "1.0", -1)]
    [InlineData("1.0~rc1", "1.0~rc2", -1)]
    [InlineData("1.0~rc1~git123", "1.0~rc1", -1)]
    [InlineData("1.0^", "1.0", 1)]
    [InlineData("1.0^git1", "1.0", 1)]
    [InlineData("1.0^git1", "1.0^git2", -1)]
    [InlineData("1.0^git1", "1.01", -1)]
    [InlineData("1.0^20160101", "1.0.1", -1)]
    [InlineData("1.0^20160101^git1", "1.0^20160101^git2", -1)]
    [InlineData("1.0~rc1^git1", "1.0~rc1", 1)]
    [InlineData("1.0^git1~pre", "1.0^git1", -1)]
    public void Segments_compare_as_rpmvercmp_compares_them(string left, string right, int expected)
    {
        Assert.Equal(expected, Math.Sign(RpmVersion.CompareSegments(left, right)));
        Assert.Equal(-expected, Math.Sign(RpmVersion.CompareSegments(right, left)));
    }

    // Whole epoch:version-release strings, from real RHEL 9 and Amazon Linux 2023 packages.
    [Theory]
    [InlineData("3.0.7-27.el9", "3.0.7-24.el9", 1)]
    [InlineData("5.14.0-503.11.1.el9_5", "5.14.0-427.13.1.el9_4", 1)]
    [InlineData("1:3.0.7-1.el9", "3.0.9-1.el9", 1)]
    [InlineData("0:1.0-1", "1.0-1", 0)]
    [InlineData("1:1.12.28-1.amzn2023.0.1", "1:1.12.28-1.amzn2023.0.0", 1)]
    [InlineData("2.0.1-1.el8", "2.0.1-1.el8_2", -1)]
    [InlineData("8.32-35.el9", "8.32-35.el9_4.1", -1)]
    [InlineData("2:8.2.2637-20.el9_1", "2:8.2.2637-21.el9", -1)]
    [InlineData("1.0", "1.0-5", 0)]
    [InlineData("1.0-5", "1.1", -1)]
    [InlineData("2024a-1.el9", "2023c-1.el9", 1)]
    public void Epoch_version_release_compare_as_rpm_compares_them(string left, string right, int expected)
    {
        Assert.Equal(expected, Math.Sign(RpmVersion.Compare(left, right)));
        Assert.Equal(-expected, Math.Sign(RpmVersion.Compare(right, left)));
    }

    private static readonly Gen<string> Version = Gen.String[Gen.Char["0123456789.~^_ab-:"], 0, 12];

    [Fact]
    public void Order_is_antisymmetric_and_reflexive() =>
        Gen.Select(Version, Version).Sample((a, b) =>
            RpmVersion.Compare(a, a) == 0 && Math.Sign(RpmVersion.Compare(a, b)) == -Math.Sign(RpmVersion.Compare(b, a)));
}
