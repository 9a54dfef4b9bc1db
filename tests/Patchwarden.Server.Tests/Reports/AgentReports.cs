using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Patchwarden.Core.Patches;
using Patchwarden.Core.Serialization;
using Patchwarden.Server.Tests.Fixtures;

namespace Patchwarden.Server.Tests.Reports;

/// <summary>Agent reports as an agent sends them: a camelCase envelope around a PascalCase Debian inventory.</summary>
internal static class AgentReports
{
    public static readonly DateTimeOffset CapturedAt = new(2025, 3, 11, 2, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// A Debian 12 machine with <paramref name="installed"/> packages and updates for the first few of them:
    /// <paramref name="security"/> from the security origin (the default baseline approves these at once) and
    /// <paramref name="other"/> from the regular origin (not approved without EnableNonSecurity).
    /// </summary>
    public static Inventory Debian(int security = 3, int other = 2, int installed = 20, DateTimeOffset? capturedAt = null)
    {
        var packages = Enumerable.Range(0, installed).Select(i => new InstalledPackage
        {
            Id = $"pkg{i:000}",
            Name = $"pkg{i:000}",
            Version = "1.0-1",
            Arch = "amd64",
            Priority = i % 3 == 0 ? "required" : "optional",
            Section = "libs",
        }).ToList();
        var updates = Enumerable.Range(0, security + other).Select(i => new Patch
        {
            Id = packages[i].Id,
            Name = packages[i].Name,
            Title = $"{packages[i].Name} update",
            Arch = "amd64",
            InstalledVersion = "1.0-1",
            Version = "1.0-2",
            Priority = packages[i].Priority,
            Section = "libs",
            Product = "Debian12",
            Repository = i < security ? "Debian-Security:12/bookworm-security" : "Debian:12/bookworm",
            IsSecurity = i < security,
            ReleaseDate = (capturedAt ?? CapturedAt).AddDays(-3),
            CveIds = i < security ? [$"CVE-2025-{1000 + i}"] : [],
        }).ToList();
        return new Inventory
        {
            OperatingSystem = OperatingSystemFamily.Debian,
            Product = "Debian12",
            Installed = packages,
            Updates = updates,
            CapturedAt = capturedAt ?? CapturedAt,
        };
    }

    /// <summary>The report body; <paramref name="change"/> may edit the envelope (add, remove or break fields).</summary>
    public static string Json(string executionId, Inventory inventory, string operation = "Scan", Action<JsonObject>? change = null)
    {
        var envelope = new JsonObject
        {
            ["executionId"] = executionId,
            ["operation"] = operation,
            ["startedAt"] = inventory.CapturedAt.AddMinutes(-2),
            ["finishedAt"] = inventory.CapturedAt,
            ["inventory"] = JsonSerializer.SerializeToNode(inventory, CoreJson.Options),
        };
        change?.Invoke(envelope);
        return envelope.ToJsonString();
    }

    public static Task<HttpResponseMessage> PostAsync(this PatchwardenFactory server, RegisteredInstance instance, string json, bool gzip = false) =>
        server.PostAsync(instance.Token, json, gzip);

    public static async Task<HttpResponseMessage> PostAsync(this PatchwardenFactory server, string token, string json, bool gzip = false)
    {
        using var client = server.CreateClient(token);
        HttpContent content;
        if (gzip)
        {
            content = new ByteArrayContent(Gzip(Encoding.UTF8.GetBytes(json)));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            content.Headers.ContentEncoding.Add("gzip");
        }
        else
        {
            content = Fixtures.Json.Body(json);
        }

        using (content)
        {
            return await client.PostAsync("/api/v1/agent/reports", content, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Posts the report and asserts it was accepted as new.</summary>
    public static async Task<JsonElement> IngestAsync(this PatchwardenFactory server, RegisteredInstance instance, string json)
    {
        using var response = await server.PostAsync(instance, json);
        var body = await Fixtures.Json.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.False(body.GetProperty("duplicate").GetBoolean());
        return body;
    }

    public static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }
}
