using Patchwarden.Agent.Dnf;
using Patchwarden.Agent.Tests.Fixtures;

namespace Patchwarden.Agent.Tests.Dnf;

public sealed class DnfOutputParserTests
{
    [Fact]
    public void Repoquery_upgrades_lines_become_candidates_with_their_repository()
    {
        var upgrades = DnfUpgrade.Parse(CapturedOutput.Read("fixture-dnf-repoquery-upgrades.txt"));

        Assert.Equal(["kettle.noarch 1.1-1", "mixer.noarch 3.0-2", "toaster.noarch 2.1-1"], upgrades.Select(u => $"{u.Candidate.Id} {u.Candidate.Evr}"));
        Assert.All(upgrades, u => Assert.Equal("pw-updates", u.RepositoryId));
    }

    [Fact]
    public void Rpm_query_lines_become_installed_packages_with_install_times()
    {
        var packages = RpmPackage.Parse(CapturedOutput.Read("fixture-rpm-qa.txt") + "gpg-pubkey|0|fd431d51|4ae0493b|(none)|1700000000\n");

        Assert.Equal(["kettle.noarch 1.0-1", "mixer.noarch 3.0-1", "toaster.noarch 2.0-1"], packages.Select(p => $"{p.Nevra.Id} {p.Nevra.Evr}").Order());
        Assert.All(packages, p => Assert.True(p.InstalledAt > new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Updateinfo_info_gives_type_severity_cves_and_date_of_each_advisory()
    {
        var advisories = UpdateinfoParser.ParseInfo(CapturedOutput.Read("fixture-dnf-updateinfo-info.txt")).ToDictionary(a => a.Id);

        var kettle = advisories["PWSA-2024:0001"];
        Assert.Equal(("Important: kettle security update", "security", "Important"), (kettle.Title, kettle.Type, kettle.Severity));
        Assert.Equal(["CVE-2024-1111", "CVE-2024-2222"], kettle.CveIds);
        Assert.Equal(new DateTimeOffset(2024, 3, 2, 0, 0, 0, TimeSpan.Zero), kettle.Date);
        Assert.Equal(("Security", true), (kettle.Classification, kettle.IsSecurity));

        var toaster = advisories["PWBA-2024:0002"];
        Assert.Equal(("bugfix", null, "Bugfix", false), (toaster.Type, toaster.Severity, toaster.Classification, toaster.IsSecurity));
        Assert.Empty(toaster.CveIds);
        Assert.Equal(new DateTimeOffset(2024, 4, 15, 10, 30, 0, TimeSpan.Zero), toaster.Date);
    }

    [Fact]
    public void Updateinfo_list_names_the_packages_of_each_advisory_and_the_join_attaches_them()
    {
        var list = UpdateinfoParser.ParseList(CapturedOutput.Read("fixture-dnf-updateinfo-list.txt"));
        var joined = UpdateinfoParser.Join(UpdateinfoParser.ParseInfo(CapturedOutput.Read("fixture-dnf-updateinfo-info.txt")), list).ToDictionary(a => a.Id);

        Assert.Equal([("PWSA-2024:0001", "kettle.noarch"), ("PWBA-2024:0002", "toaster.noarch")], list.Select(e => (e.AdvisoryId, e.Package.Id)));
        Assert.Equal(new Nevra("kettle", 0, "1.1", "1", "noarch"), Assert.Single(joined["PWSA-2024:0001"].Packages));
    }

    [Theory]
    [InlineData("security", "Security")]
    [InlineData("bugfix", "Bugfix")]
    [InlineData("enhancement", "Enhancement")]
    [InlineData("newpackage", "Newpackage")]
    [InlineData("unspecified", "Unspecified")]
    public void Advisory_types_map_to_the_proven_models_classifications(string type, string classification) =>
        Assert.Equal(classification, new DnfAdvisory { Id = "X", Type = type }.Classification);

    [Theory]
    [InlineData("kettle-1.1-1.noarch", "kettle", 0, "1.1", "1", "noarch")]
    [InlineData("bash-1:5.1.8-9.el9.x86_64", "bash", 1, "5.1.8", "9.el9", "x86_64")]
    [InlineData("python3-dnf-plugins-core-4.3.0-13.el9.noarch", "python3-dnf-plugins-core", 0, "4.3.0", "13.el9", "noarch")]
    [InlineData("kernel-core-5.14.0-427.13.1.el9_4.x86_64", "kernel-core", 0, "5.14.0", "427.13.1.el9_4", "x86_64")]
    public void Nevras_split_from_the_right(string text, string name, int epoch, string version, string release, string arch)
    {
        var nevra = Nevra.Parse(text);

        Assert.Equal(new Nevra(name, epoch, version, release, arch), nevra);
        Assert.Equal(text, $"{nevra!.Name}-{nevra.Evr}.{nevra.Arch}");
    }

    [Theory]
    [InlineData("noarch")]
    [InlineData("kettle.noarch")]
    [InlineData("kettle-1.1.noarch")]
    [InlineData("kettle-x:1.1-1.noarch")]
    public void Text_that_is_not_a_nevra_is_refused(string text) => Assert.Null(Nevra.Parse(text));
}
