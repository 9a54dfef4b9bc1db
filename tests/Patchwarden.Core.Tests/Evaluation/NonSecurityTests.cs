using Patchwarden.Core.Baselines;
using Patchwarden.Core.Patches;
using static Patchwarden.Core.Baselines.PatchFilterKey;
using static Patchwarden.Core.Tests.Evaluation.Fleet;

namespace Patchwarden.Core.Tests.Evaluation;

public sealed class NonSecurityTests
{
    public sealed record Case(PatchBaseline Baseline, Patch Patch, bool Approved);

    private static PatchRule SecurityOnly(params PatchFilter[] filters) => Rule(filters) with { EnableNonSecurity = false };

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["apt: a candidate from a security origin"] = new(Debian(SecurityOnly(Filter(Priority, "*"))), Deb("openssl", security: true), true),
        ["apt: a candidate from another origin"] = new(Debian(SecurityOnly(Filter(Priority, "*"))), Deb("nginx", security: false), false),
        ["apt: another origin with EnableNonSecurity"] = new(Debian(Rule(Filter(Priority, "*"))), Deb("nginx", security: false), true),
        ["dnf: a package in a security advisory"] = new(Rhel(SecurityOnly(Filter(Classification, "*"))), Rpm("openssl"), true),
        ["dnf: classification Security without the flag"] = new(Rhel(SecurityOnly(Filter(Classification, "*"))), Rpm("openssl") with { IsSecurity = false }, true),
        ["dnf: a bug-fix advisory"] = new(Rhel(SecurityOnly(Filter(Classification, "Bugfix"))), Rpm("tzdata", classification: "Bugfix", severity: null), false),
        ["dnf: a bug-fix advisory with EnableNonSecurity"] = new(Rhel(Rule(Filter(Classification, "Bugfix"))), Rpm("tzdata", classification: "Bugfix", severity: null), true),
        ["dnf: a package outside any advisory"] = new(Rhel(SecurityOnly(Filter(Classification, "*"))), Rpm("vim-enhanced", classification: null, severity: null), false),
        ["dnf: outside any advisory with EnableNonSecurity"] = new(Rhel(Rule(Filter(Classification, "*"))), Rpm("vim-enhanced", classification: null, severity: null), true),
        ["zypper: a recommended patch"] = new(Baseline(OperatingSystemFamily.Suse, SecurityOnly(Filter(Classification, "*"))), Rpm("zypper", classification: "Recommended"), false),
        ["Windows ignores the setting"] = new(Windows(SecurityOnly(Filter(Classification, "UpdateRollups"))), Kb("KB890830", "UpdateRollups", null), true),
        ["apt approved list: non-security needs ApprovedPatchesEnableNonSecurity"] = new(Debian() with { ApprovedPatches = ["nginx"] }, Deb("nginx", security: false), false),
        ["apt approved list: with ApprovedPatchesEnableNonSecurity"] = new(Debian() with { ApprovedPatches = ["nginx"], ApprovedPatchesEnableNonSecurity = true }, Deb("nginx", security: false), true),
        ["apt approved list: a security update needs nothing more"] = new(Debian() with { ApprovedPatches = ["openssl"] }, Deb("openssl", security: true), true),
        ["Windows approved list ignores the setting"] = new(Windows() with { ApprovedPatches = ["KB890830"] }, Kb("KB890830", "UpdateRollups", null), true),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Without_EnableNonSecurity_only_security_updates_qualify_on_Linux(string name)
    {
        var test = Cases[name];
        Assert.Equal(test.Approved, EvaluateOne(test.Baseline, test.Patch) is not null);
    }
}
