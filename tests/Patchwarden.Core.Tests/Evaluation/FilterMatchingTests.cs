using Patchwarden.Core.Baselines;
using Patchwarden.Core.Patches;
using static Patchwarden.Core.Baselines.PatchFilterKey;
using static Patchwarden.Core.Tests.Evaluation.Fleet;

namespace Patchwarden.Core.Tests.Evaluation;

public sealed class FilterMatchingTests
{
    public sealed record Case(PatchBaseline Baseline, Patch Patch, bool Approved);

    private static readonly Patch Openssl = Rpm("openssl");
    private static readonly Patch Unadvised = Rpm("vim-enhanced", classification: null, severity: null);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["one value equal"] = new(Debian(Rule(Filter(Priority, "optional"))), Deb("libc6"), true),
        ["values compare ignoring case"] = new(Debian(Rule(Filter(Priority, "OPTIONAL"))), Deb("libc6"), true),
        ["another value"] = new(Debian(Rule(Filter(Priority, "Required"))), Deb("libc6"), false),
        ["values of one filter are alternatives"] = new(Debian(Rule(Filter(Priority, "Required", "Optional"))), Deb("libc6"), true),
        ["filters of a group must all match"] = new(Debian(Rule(Filter(Priority, "Optional"), Filter(Section, "net"))), Deb("libc6"), false),
        ["filters of a group all matching"] = new(Debian(Rule(Filter(Priority, "Optional"), Filter(Section, "libs"))), Deb("libc6"), true),
        ["star alone matches everything"] = new(Debian(Rule(Filter(Section, "*"))), Deb("libc6"), true),
        ["prefix wildcard"] = new(Rhel(Rule(Filter(Severity, "Imp*"))), Openssl, true),
        ["prefix wildcard not matching"] = new(Rhel(Rule(Filter(Severity, "Crit*"))), Openssl, false),
        ["suffix wildcard"] = new(Rhel(Rule(Filter(Classification, "*rity"))), Openssl, true),
        ["infix wildcard"] = new(Rhel(Rule(Filter(Severity, "Im*nt"))), Openssl, true),
        ["infix wildcard needs both ends"] = new(Rhel(Rule(Filter(Severity, "Im*ate"))), Openssl, false),
        ["missing classification matches star"] = new(Rhel(Rule(Filter(Classification, "*"))), Unadvised, true),
        ["missing severity matches None"] = new(Baseline(OperatingSystemFamily.AmazonLinux2023, Rule(Filter(Severity, "None"))), Unadvised, true),
        ["missing classification fails a value"] = new(Rhel(Rule(Filter(Classification, "Security", "Bugfix"))), Unadvised, false),
        ["missing classification fails a wildcard"] = new(Rhel(Rule(Filter(Classification, "S*"))), Unadvised, false),
        ["missing MSRC severity matches Unspecified"] = new(Windows(Rule(Filter(MsrcSeverity, "Unspecified"))), Kb("KB890830", "UpdateRollups", severity: null), true),
        ["MSRC severity is the vendor severity"] = new(Windows(Rule(Filter(MsrcSeverity, "Critical"))), Kb("KB5034439"), true),
        ["product of the patch"] = new(Windows(Rule(Filter(Product, "WindowsServer2022"))), Kb("KB5034439"), true),
        ["product of the machine when the patch names none"] = new(Debian(Rule(Filter(Product, "Debian12"))), Deb("libc6"), true),
        ["product of the patch wins over the machine's"] = new(Debian(Rule(Filter(Product, "Debian12"))), Deb("libc6") with { Product = "Debian11" }, false),
        ["product wildcard"] = new(Rhel(Rule(Filter(Product, "RedhatEnterpriseLinux9*"))), Openssl, true),
        ["product family"] = new(Windows(Rule(Filter(ProductFamily, "Office"))), Kb("KB5002537") with { ProductFamily = "Office" }, true),
        ["patch set defaults to OS on Windows"] = new(Windows(Rule(Filter(PatchSet, "OS"))), Kb("KB5034439"), true),
        ["application patch set"] = new(Windows(Rule(Filter(PatchSet, "OS"))), Kb("KB5002537") with { PatchSet = "APPLICATION" }, false),
        ["section"] = new(Debian(Rule(Filter(Section, "net", "libs"))), Deb("libc6"), true),
        ["an empty filter group approves every patch"] = new(Debian(Rule()), Deb("libc6"), true),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Filter_values_match_the_patch_field_of_their_key(string name)
    {
        var test = Cases[name];
        Assert.Equal(test.Approved, EvaluateOne(test.Baseline, test.Patch) is not null);
    }
}
