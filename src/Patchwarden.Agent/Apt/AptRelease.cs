namespace Patchwarden.Agent.Apt;

/// <summary>One release a candidate version comes from, as apt prints it: <c>Label:Version/Archive</c>, e.g. <c>Debian-Security:12/bookworm-security</c>.</summary>
public sealed record AptRelease(string? Label, string? Version, string? Archive)
{
    /// <summary>Parses one comma-separated entry of apt's release string; the forms are <c>Label:Version/Archive</c>, <c>Label:Archive</c> and <c>Archive</c>.</summary>
    public static AptRelease Parse(string text)
    {
        text = text.Trim();
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var label = colon > 0 ? text[..colon] : null;
        var rest = colon > 0 ? text[(colon + 1)..] : text;
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        return slash >= 0
            ? new AptRelease(label, Empty(rest[..slash]), Empty(rest[(slash + 1)..]))
            : new AptRelease(label, null, Empty(rest));
    }

    /// <summary>
    /// A security pocket: Debian's label <c>Debian-Security</c> (whatever the suite is called; before bullseye it was
    /// plain <c>stable</c>) or any <c>*-security</c> suite (Debian's <c>bookworm-security</c>, Ubuntu's <c>jammy-security</c>,
    /// Ubuntu Pro's <c>jammy-infra-security</c>).
    /// </summary>
    public bool IsSecurity =>
        (Label?.Contains("Security", StringComparison.OrdinalIgnoreCase) ?? false)
        || (Archive?.EndsWith("-security", StringComparison.OrdinalIgnoreCase) ?? false);

    public override string ToString() =>
        (Label is null ? "" : Label + ":") + (Version is null ? "" : Version + "/") + Archive;

    private static string? Empty(string value) => value.Length == 0 ? null : value;
}
