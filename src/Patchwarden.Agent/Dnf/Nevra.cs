using System.Globalization;

namespace Patchwarden.Agent.Dnf;

/// <summary>An RPM package identity: name, epoch, version, release, architecture.</summary>
public sealed record Nevra(string Name, int Epoch, string Version, string Release, string Arch)
{
    /// <summary>The patch id on dnf machines: <c>name.arch</c>.</summary>
    public string Id => $"{Name}.{Arch}";

    /// <summary><c>[epoch:]version-release</c>, the epoch written only when it is not 0, as rpm and dnf print it.</summary>
    public string Evr => FormatEvr(Epoch, Version, Release);

    public static string FormatEvr(int epoch, string version, string release) =>
        epoch == 0 ? $"{version}-{release}" : $"{epoch.ToString(CultureInfo.InvariantCulture)}:{version}-{release}";

    /// <summary>Parses <c>name-[epoch:]version-release.arch</c> as dnf prints it (<c>kettle-1.1-1.noarch</c>, <c>bash-1:5.1-2.el9.x86_64</c>).</summary>
    public static Nevra? Parse(string text)
    {
        var dot = text.LastIndexOf('.');
        if (dot <= 0)
        {
            return null;
        }

        var arch = text[(dot + 1)..];
        var rest = text[..dot];
        var releaseDash = rest.LastIndexOf('-');
        if (releaseDash <= 0)
        {
            return null;
        }

        var release = rest[(releaseDash + 1)..];
        rest = rest[..releaseDash];
        var versionDash = rest.LastIndexOf('-');
        if (versionDash <= 0)
        {
            return null;
        }

        var name = rest[..versionDash];
        var (epoch, version) = SplitEpoch(rest[(versionDash + 1)..]);
        return epoch is null || name.Length == 0 || version.Length == 0 || release.Length == 0 || arch.Length == 0
            ? null
            : new Nevra(name, epoch.Value, version, release, arch);
    }

    /// <summary>Splits <c>[epoch:]version-release</c> as the scan reports it; null when it is not one.</summary>
    public static (int Epoch, string Version, string Release)? ParseEvr(string evr)
    {
        var dash = evr.LastIndexOf('-');
        if (dash <= 0 || dash == evr.Length - 1)
        {
            return null;
        }

        var (epoch, version) = SplitEpoch(evr[..dash]);
        return epoch is null || version.Length == 0 ? null : (epoch.Value, version, evr[(dash + 1)..]);
    }

    /// <summary>Splits a patch id <c>name.arch</c>; the architecture is what follows the last dot.</summary>
    public static (string Name, string Arch)? SplitId(string id)
    {
        var dot = id.LastIndexOf('.');
        return dot <= 0 || dot == id.Length - 1 ? null : (id[..dot], id[(dot + 1)..]);
    }

    /// <summary>An epoch, or 0 when the text says none (rpm's <c>(none)</c>, an empty field).</summary>
    public static int ParseEpoch(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch) ? epoch : 0;

    private static (int? Epoch, string Version) SplitEpoch(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return (0, text);
        }

        return int.TryParse(text.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var epoch)
            ? (epoch, text[(colon + 1)..])
            : (null, text);
    }
}
