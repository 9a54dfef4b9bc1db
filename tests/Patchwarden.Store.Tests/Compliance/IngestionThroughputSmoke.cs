using System.Diagnostics;
using System.Text.Json;
using Patchwarden.Core.Patches;
using Patchwarden.Store.Compliance;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Store.Tests.Compliance;

/// <summary>
/// Not a timed test: prints how long 500 ingestions of a 200-update / 1,500-installed report take, so the schema's
/// speed can be judged. Explicit: run with <c>dotnet test --filter FullyQualifiedName~ThroughputSmoke -- xUnit.Explicit=only</c>.
/// </summary>
public abstract class IngestionThroughputSmoke(StoreTarget target) : StoreTestBase(target)
{
    private const int Instances = 500;
    private const int Concurrency = 8;

    [Fact(Explicit = true)]
    public async Task Five_hundred_reports_of_200_updates_and_1500_installed_packages()
    {
        var ids = new List<string>();
        for (var i = 0; i < Instances; i++)
        {
            ids.Add((await TestData.NewInstanceAsync(Store, $"account-{i % 10}", $"group-{i % 4}")).Id);
        }

        var inventoryJson = InventoryJson();
        var compress = Stopwatch.StartNew();
        var document = InventoryDocument.FromJson(inventoryJson);
        for (var i = 1; i < 100; i++)
        {
            _ = InventoryDocument.FromJson(inventoryJson);
        }

        compress.Stop();
        var updates = Enumerable.Range(0, 200).Select(n => TestData.Missing($"package-{n:D4}", (ComplianceSeverity)(n % 6))).ToList();
        var installed = Enumerable.Range(0, 1500).Select(n => TestData.Installed($"installed-{n:D4}") with { State = PatchState.InstalledOther }).ToList();

        var output = TestContext.Current.TestOutputHelper!;
        output.WriteLine($"{Target.Engine}: inventory JSON {inventoryJson.Length / 1024} KiB, gzip {document.Gzip.Length / 1024} KiB, gzip time {compress.Elapsed.TotalMilliseconds / 100:F2} ms per report (not in the figures below)");
        await MeasureAsync("first report per instance (counters created), 200 rows", ids, "first", _ => updates, document, output);
        await MeasureAsync("next report per instance (steady state), 200 rows", ids, "second", _ => updates, document, output);
        await MeasureAsync("one report per instance with 1,700 rows (200 updates + 1,500 installed)", ids, "third", _ => [.. updates, .. installed], document, output);
        var summary = Stopwatch.StartNew();
        var fleet = await Store.Fleet.GetSummaryAsync(AccountScope.All, 10, Ct);
        output.WriteLine($"{Target.Engine}: fleet summary over {fleet.Totals.Total} instances in {summary.Elapsed.TotalMilliseconds:F1} ms");
        Assert.Equal(Instances, fleet.TopMissingPatches[0].Instances);
    }

    private async Task MeasureAsync(
        string what, IReadOnlyList<string> ids, string execution, Func<string, IReadOnlyList<PatchStateRow>> rows, InventoryDocument document, ITestOutputHelper output)
    {
        var reports = ids.Select(id => TestData.Report(id, execution, rows(id)) with { Inventory = document }).ToList();
        var next = -1;
        var latencies = new double[reports.Count];
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < reports.Count)
            {
                var started = Stopwatch.GetTimestamp();
                Assert.Equal(IngestionStatus.Ingested, await Store.Compliance.IngestReportAsync(reports[i], Ct));
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }, Ct)));
        clock.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        Array.Sort(latencies);
        output.WriteLine(
            $"{Target.Engine}: {what}: {reports.Count} in {clock.Elapsed.TotalSeconds:F2} s = {reports.Count / clock.Elapsed.TotalSeconds:F0}/s " +
            $"(concurrency {Concurrency}; p50 {latencies[latencies.Length / 2]:F1} ms, p99 {latencies[(int)(latencies.Length * 0.99)]:F1} ms; " +
            $"test-process CPU {cpu.TotalMilliseconds / reports.Count:F2} ms per report; load average {LoadAverage()})");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static string InventoryJson()
    {
        var installed = Enumerable.Range(0, 1500).Select(n => new InstalledPackage
        {
            Id = $"installed-{n:D4}", Name = $"installed-{n:D4}", Version = $"1.{n % 17}.{n % 5}-3+deb12u1", Arch = "amd64",
            Priority = "optional", Section = "libs", InstalledAt = TestData.T0.AddDays(-n % 300),
        });
        var updates = Enumerable.Range(0, 200).Select(n => new Patch
        {
            Id = $"package-{n:D4}", Name = $"package-{n:D4}", Title = $"package-{n:D4} security update", Arch = "amd64",
            InstalledVersion = "1.0-1", Version = "1.0-2+deb12u1", Priority = "optional", Section = "libs", Product = "Debian12",
            Repository = "Debian-Security:12/stable-security", IsSecurity = n % 2 == 0, ReleaseDate = TestData.T0.AddDays(-n),
            CveIds = [$"CVE-2024-{n:D5}"],
        });
        var inventory = new Inventory { OperatingSystem = OperatingSystemFamily.Debian, Product = "Debian12", Installed = installed.ToList(), Updates = updates.ToList(), CapturedAt = TestData.T0 };
        return JsonSerializer.Serialize(inventory);
    }
}

public sealed class SqliteIngestionThroughputSmoke() : IngestionThroughputSmoke(new SqliteTarget());

public sealed class PostgresIngestionThroughputSmoke(PostgresFixture postgres) : IngestionThroughputSmoke(new PostgresTarget(postgres));
