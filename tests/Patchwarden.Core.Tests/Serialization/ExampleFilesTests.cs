using Patchwarden.Core.Baselines;
using Patchwarden.Core.Patches;
using Patchwarden.Core.Serialization;

namespace Patchwarden.Core.Tests.Serialization;

/// <summary>The documented example files must stay readable and valid: users copy them.</summary>
public sealed class ExampleFilesTests
{
    [Theory]
    [InlineData("docs/examples/baseline-debian.json", OperatingSystemFamily.Debian)]
    [InlineData("docs/examples/baseline-rhel.json", OperatingSystemFamily.RedHatEnterpriseLinux)]
    public void Example_baseline_parses_and_validates(string file, OperatingSystemFamily family)
    {
        var result = CoreJson.ReadBaseline(RepositoryFiles.Read(file));

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        Assert.Equal(family, result.Value.OperatingSystem);
        Assert.True(result.Value.ApprovalRules.Count >= 3);
    }

    [Theory]
    [InlineData("docs/examples/inventory-debian.json", OperatingSystemFamily.Debian)]
    [InlineData("docs/examples/inventory-rhel.json", OperatingSystemFamily.RedHatEnterpriseLinux)]
    public void Example_inventory_parses_and_validates(string file, OperatingSystemFamily family)
    {
        var result = CoreJson.ReadInventory(RepositoryFiles.Read(file));

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        Assert.Equal(family, result.Value.OperatingSystem);
        Assert.InRange(result.Value.Updates.Count, 8, 15);
        Assert.Contains(result.Value.Updates, u => u.IsSecurity && u.CveIds.Count > 0);
        Assert.Contains(result.Value.Updates, u => !u.IsSecurity);
    }

    [Fact]
    public void Debian_example_mixes_security_and_point_release_updates()
    {
        var updates = CoreJson.ReadInventory(RepositoryFiles.Read("docs/examples/inventory-debian.json")).Value.Updates;

        Assert.All(updates.Where(u => u.IsSecurity), u => Assert.StartsWith("Debian-Security:", u.Repository, StringComparison.Ordinal));
        Assert.Contains(updates, u => !u.IsSecurity && u.CveIds.Count > 0);
        Assert.All(updates, u => Assert.Equal(u.Name, u.Id));
    }

    [Fact]
    public void Rhel_example_uses_name_dot_arch_ids_and_advisories()
    {
        var updates = CoreJson.ReadInventory(RepositoryFiles.Read("docs/examples/inventory-rhel.json")).Value.Updates;

        Assert.All(updates, u => Assert.Equal($"{u.Name}.{u.Arch}", u.Id));
        Assert.All(updates, u => Assert.Matches("^RH[SBE]A-[0-9]{4}:[0-9]+$", u.AdvisoryId));
        Assert.All(updates.Where(u => u.Classification == "Security"), u => Assert.Contains(u.Severity, PatchFilterKeys.RedHatSeverities));
    }
}
