using System.Globalization;

namespace Patchwarden.Agent.Dnf;

/// <summary>Reads dnf 4's <c>updateinfo list</c> (advisory → packages) and <c>updateinfo info</c> (advisory details) output, and joins them.</summary>
public static class UpdateinfoParser
{
    /// <summary>
    /// <c>updateinfo list --available</c> lines: <c>ID TYPE-OR-SEVERITY NEVRA</c>, e.g. <c>RHSA-2024:1234 Important/Sec. openssl-1:3.0.7-27.el9.x86_64</c>.
    /// </summary>
    public static IReadOnlyList<(string AdvisoryId, Nevra Package)> ParseList(string output)
    {
        var entries = new List<(string, Nevra)>();
        foreach (var line in output.Split('\n'))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            // With -v a date and time follow the NEVRA; without, the NEVRA is last.
            var nevra = fields.Length switch
            {
                3 => Nevra.Parse(fields[2]),
                5 => Nevra.Parse(fields[2]),
                _ => null,
            };
            if (nevra is not null)
            {
                entries.Add((fields[0], nevra));
            }
        }

        return entries;
    }

    /// <summary>
    /// <c>updateinfo info</c> blocks: a title between two rules of <c>=</c>, then <c>Label: value</c> lines whose
    /// continuation lines have an empty label (<c>           : CVE-2024-2222</c>).
    /// </summary>
    public static IReadOnlyList<DnfAdvisory> ParseInfo(string output)
    {
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var advisories = new List<DnfAdvisory>();
        string? title = null;
        Dictionary<string, List<string>>? fields = null;
        string? lastLabel = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (IsRule(lines[i]) && i + 2 < lines.Length && IsRule(lines[i + 2]))
            {
                Flush();
                title = lines[i + 1].Trim();
                fields = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
                lastLabel = null;
                i += 2;
                continue;
            }

            var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
            if (fields is null || colon < 0)
            {
                continue;
            }

            var label = lines[i][..colon].Trim();
            var value = lines[i][(colon + 1)..].Trim();
            if (label.Length == 0 && lastLabel is not null)
            {
                fields[lastLabel].Add(value);
                continue;
            }

            lastLabel = label;
            fields[label] = [value];
        }

        Flush();
        return advisories;

        void Flush()
        {
            if (fields is null || !fields.TryGetValue("Update ID", out var id))
            {
                return;
            }

            var severity = First("Severity");
            advisories.Add(new DnfAdvisory
            {
                Id = id[0],
                Title = title,
                Type = First("Type"),
                Severity = severity is null or "None" ? null : severity,
                CveIds = [.. fields.GetValueOrDefault("CVEs", []).Where(c => c.Length > 0)],
                // Newer dnf versions print Issued; dnf 4 prints only Updated, which libsolv fills with the later of the two.
                Date = ParseDate(First("Issued")) ?? ParseDate(First("Updated")),
            });
        }

        string? First(string label) => fields!.TryGetValue(label, out var values) && values[0].Length > 0 ? values[0] : null;
    }

    /// <summary>Gives each advisory from <paramref name="info"/> the packages <paramref name="list"/> names for it.</summary>
    public static IReadOnlyList<DnfAdvisory> Join(IReadOnlyList<DnfAdvisory> info, IReadOnlyList<(string AdvisoryId, Nevra Package)> list)
    {
        var packages = list.ToLookup(e => e.AdvisoryId, e => e.Package, StringComparer.Ordinal);
        return [.. info.Select(a => a with { Packages = [.. packages[a.Id].Distinct()] })];
    }

    /// <summary>dnf prints dates as <c>yyyy-MM-dd HH:mm:ss</c> in the process's time zone; the provider runs it with TZ=UTC.</summary>
    public static DateTimeOffset? ParseDate(string? text) =>
        text is not null && DateTime.TryParseExact(text, ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"], CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? new DateTimeOffset(date, TimeSpan.Zero)
            : null;

    private static bool IsRule(string line) => line.Length >= 10 && line.All(c => c == '=');
}
