using System.Text;

namespace Patchwarden.Server.Compliance;

/// <summary>Writes one CSV field (RFC 4180), and keeps text that agents control from being read as a formula by a spreadsheet.</summary>
public static class CsvField
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    /// <summary>Appends <paramref name="value"/>, quoted when it holds a comma, quote or line break; null is an empty field.</summary>
    public static void Append(StringBuilder line, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        // Host names and patch titles come from machines; a leading = + - @ would make a spreadsheet evaluate them (OWASP "CSV injection").
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        if (value.IndexOfAny(NeedsQuotes) < 0)
        {
            line.Append(value);
            return;
        }

        line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
