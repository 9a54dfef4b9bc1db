namespace Patchwarden.Agent.Tests.Fixtures;

/// <summary>
/// The real tools a test needs, each named with the Debian package that provides it. A missing tool skips the test with
/// that name, unless <c>PATCHWARDEN_REQUIRE_ALL_TESTS=1</c> (CI), where a skip would hide a broken machine: then it fails.
/// </summary>
public static class RequiredTools
{
    public const string RequireAllVariable = "PATCHWARDEN_REQUIRE_ALL_TESTS";

    public static readonly (string Tool, string Package)[] Apt =
        [("apt-get", "apt"), ("dpkg-deb", "dpkg"), ("apt-ftparchive", "apt-utils")];

    public static readonly (string Tool, string Package)[] Dnf =
        [("dnf", "dnf"), ("rpm", "rpm"), ("rpmbuild", "rpm"), ("createrepo_c", "createrepo-c"), ("modifyrepo_c", "createrepo-c")];

    /// <summary>Why the tools cannot be used here, or null when they all can.</summary>
    public static string? Unavailable(IEnumerable<(string Tool, string Package)> tools, bool needsRoot = false)
    {
        var missing = tools.Where(t => !OnPath(t.Tool)).ToList();
        if (missing.Count > 0)
        {
            return $"{string.Join(", ", missing.Select(t => t.Tool))} not found: apt-get install {string.Join(' ', missing.Select(t => t.Package).Distinct())}";
        }

        return needsRoot && Environment.UserName != "root" ? "needs root (dnf installs into an install root only as root)" : null;
    }

    /// <summary>Skips (or, in CI, fails) the running test when <paramref name="unavailable"/> says why it cannot run.</summary>
    public static void Require(string? unavailable)
    {
        if (unavailable is null)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(RequireAllVariable) == "1")
        {
            Assert.Fail($"{unavailable} ({RequireAllVariable}=1 forbids skipping)");
        }

        Assert.Skip(unavailable);
    }

    public static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, tool)));
}
