namespace Patchwarden.Agent.Reboot;

/// <summary>Reads the output of <c>dnf needs-restarting -r</c>.</summary>
public static class NeedsRestartingParser
{
    /// <summary>The verdict and the core packages it names; null when the output is not a verdict (plugin missing, error).</summary>
    public static (bool Required, IReadOnlyList<string> Packages)? Parse(string output)
    {
        if (output.Contains("Reboot should not be necessary", StringComparison.Ordinal))
        {
            return (false, []);
        }

        if (!output.Contains("Reboot is required", StringComparison.Ordinal))
        {
            return null;
        }

        // "Core libraries or services have been updated since boot-up:" is followed by "  * name" lines.
        IReadOnlyList<string> packages = [.. output.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("* ", StringComparison.Ordinal))
            .Select(l => l[2..].Trim())];
        return (true, packages);
    }
}
