namespace Patchwarden.Agent.Apt;

/// <summary>Reads deb822 control text (<c>apt-cache show</c>, <c>Release</c> files): stanzas of <c>Field: value</c> separated by blank lines.</summary>
public static class Deb822
{
    /// <summary>Each stanza as a case-insensitive field map; continuation lines are appended to their field with a newline.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Parse(string text)
    {
        var stanzas = new List<IReadOnlyDictionary<string, string>>();
        var current = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? field = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                if (current.Count > 0)
                {
                    stanzas.Add(current);
                    current = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                }

                field = null;
                continue;
            }

            if ((line[0] == ' ' || line[0] == '\t') && field is not null)
            {
                current[field] += "\n" + line.Trim();
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            field = line[..colon];
            current[field] = line[(colon + 1)..].Trim();
        }

        if (current.Count > 0)
        {
            stanzas.Add(current);
        }

        return stanzas;
    }
}
