using System.Globalization;
using System.IO.Compression;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Patchwarden.Core.Patches;
using Patchwarden.Core.Serialization;

namespace Patchwarden.IngestionLoad;

/// <summary>
/// One scan report per simulated agent, built once: a Debian 12 machine with real package names, its updates (a third
/// from the security pocket, with CVEs). Each post only changes the execution id, which leads the body, so the rest is
/// serialized and gzipped once; a gzip body may be several members, which every gzip reader (and the server) joins.
/// </summary>
public sealed class ReportTemplates
{
    private const string IdPlaceholder = "00000000-0000-0000-0000-000000000000";

    private static readonly string[] Sections = ["libs", "admin", "net", "utils", "python", "perl", "devel", "web", "text", "shells", "kernel", "database"];
    private static readonly string[] Priorities = ["optional", "optional", "optional", "optional", "standard", "important", "required"];

    private readonly byte[][] _tails;
    private readonly bool _gzip;

    private ReportTemplates(byte[][] tails, bool gzip, int uncompressedBytes)
    {
        _tails = tails;
        _gzip = gzip;
        UncompressedBytes = uncompressedBytes;
    }

    /// <summary>The size of one report's JSON before compression.</summary>
    public int UncompressedBytes { get; }

    /// <summary>The average size of what is sent per report.</summary>
    public int AverageSentBytes => (int)_tails.Average(t => t.Length) + (_gzip ? 60 : IdPlaceholder.Length + 20);

    public static ReportTemplates Build(int agents, int installed, int updates, bool gzip, DateTimeOffset now)
    {
        var names = PackageNames();
        var tails = new byte[agents][];
        var size = 0;
        for (var agent = 0; agent < agents; agent++)
        {
            var json = Json(Inventory(names, agent, installed, updates, now));
            size = Encoding.UTF8.GetByteCount(json);
            var tail = Encoding.UTF8.GetBytes(json[Head(IdPlaceholder).Length..]);
            tails[agent] = gzip ? Gzip(tail) : tail;
        }

        var templates = new ReportTemplates(tails, gzip, size);
        templates.CheckRoundTrip();
        return templates;
    }

    /// <summary>The body of one report of <paramref name="agent"/> with this execution id (36 characters).</summary>
    public byte[] Body(int agent, string executionId)
    {
        var head = Encoding.UTF8.GetBytes(Head(executionId));
        if (_gzip)
        {
            head = Gzip(head);
        }

        var tail = _tails[agent];
        var body = new byte[head.Length + tail.Length];
        head.CopyTo(body, 0);
        tail.CopyTo(body, head.Length);
        return body;
    }

    private static string Head(string executionId) => $"{{\"executionId\":\"{executionId}\",";

    private static string Json(Inventory inventory) =>
        Head(IdPlaceholder)
        + $"\"operation\":\"Scan\",\"startedAt\":\"{inventory.CapturedAt.AddSeconds(-40):O}\",\"finishedAt\":\"{inventory.CapturedAt:O}\","
        + $"\"inventory\":{JsonSerializer.Serialize(inventory, CoreJson.Options)}}}";

    private static Inventory Inventory(List<string> names, int agent, int installedCount, int updateCount, DateTimeOffset now)
    {
        var random = new Random(agent);
        var chosen = names.OrderBy(_ => random.Next()).Take(Math.Min(installedCount, names.Count)).ToList();
        // Past the sample's size, add the library packages real machines have many of.
        for (var i = 0; chosen.Count < installedCount; i++)
        {
            chosen.Add($"lib{names[i % names.Count]}{i / names.Count + 1}");
        }

        chosen.Sort(StringComparer.Ordinal);
        var installed = chosen.Select(name => new InstalledPackage
        {
            Id = name,
            Name = name,
            Version = $"{random.Next(1, 9)}.{random.Next(0, 30)}.{random.Next(0, 10)}-{random.Next(1, 5)}+deb12u{random.Next(1, 4)}",
            Arch = random.Next(4) == 0 ? "all" : "amd64",
            Priority = Priorities[random.Next(Priorities.Length)],
            Section = Sections[random.Next(Sections.Length)],
        }).ToList();
        var updates = installed.OrderBy(_ => random.Next()).Take(updateCount).Select((package, i) =>
        {
            var security = i % 3 == 0;
            return new Patch
            {
                Id = package.Id,
                Name = package.Name,
                Title = $"{package.Name} {(security ? "security" : "stable")} update",
                Arch = package.Arch,
                InstalledVersion = package.Version,
                Version = package.Version[..^1] + "9",
                Priority = package.Priority,
                Section = package.Section,
                Product = "Debian12",
                Repository = security ? "Debian-Security:12/bookworm-security" : "Debian:12.11/bookworm-updates",
                IsSecurity = security,
                ReleaseDate = new DateTimeOffset(now.UtcDateTime.Date.AddDays(-random.Next(1, 60)), TimeSpan.Zero),
                CveIds = security ? [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => $"CVE-2025-{random.Next(1000, 60000).ToString(CultureInfo.InvariantCulture)}").Distinct()] : [],
                AdvisoryId = security ? $"DSA-{random.Next(5000, 6000)}-1" : null,
            };
        }).ToList();
        return new Inventory
        {
            OperatingSystem = OperatingSystemFamily.Debian,
            Product = "Debian12",
            Installed = installed,
            Updates = updates,
            CapturedAt = now.AddMinutes(-1),
        };
    }

    private static List<string> PackageNames()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("debian-package-names.txt")
            ?? throw new InvalidOperationException("The package name list is not embedded.");
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(line => !line.StartsWith('#'))];
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>Proves a two-member body reads back as one JSON document, as the server will read it.</summary>
    private void CheckRoundTrip()
    {
        var body = Body(0, Guid.NewGuid().ToString());
        var json = _gzip ? Gunzip(body) : body;
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.GetProperty("inventory").GetProperty("Installed").GetArrayLength() == 0)
        {
            throw new InvalidOperationException("The report template has no installed packages.");
        }
    }

    private static byte[] Gunzip(byte[] data)
    {
        using var input = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
