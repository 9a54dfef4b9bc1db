using System.Text;

namespace Patchwarden.Agent.OsDetection;

/// <summary>Parses os-release(5) text: <c>KEY=value</c> lines, values optionally in single or double quotes with backslash escapes.</summary>
public static class OsRelease
{
    public static IReadOnlyDictionary<string, string> Parse(string text)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            fields[line[..equals].Trim()] = Unquote(line[(equals + 1)..].Trim());
        }

        return fields;
    }

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0])
        {
            value = value[1..^1];
        }

        if (!value.Contains('\\', StringComparison.Ordinal))
        {
            return value;
        }

        var unescaped = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
            }

            unescaped.Append(value[i]);
        }

        return unescaped.ToString();
    }
}
