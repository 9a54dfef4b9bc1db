using System.Text.Json;
using System.Text.Json.Nodes;
using Patchwarden.Core.Baselines;
using Patchwarden.Core.Compliance;
using Patchwarden.Core.Evaluation;
using Patchwarden.Core.Exceptions;
using Patchwarden.Core.Patches;

namespace Patchwarden.Core.Tests.Compliance;

public sealed class ComplianceJsonTests
{
    /// <summary>The sample record of the seed document (shared/seed/self-service-patching-at-scale.txt), verbatim: the public contract.</summary>
    private const string Sample = """
        {
          "ComplianceType": "Patch",
          "ResourceType": "ManagedInstance",
          "ResourceId": "i-21s92jfnasd0923a1",
          "Status": "NON_COMPLIANT",
          "OverallSeverity": "UNSPECIFIED",
          "ExecutionSummary": {
            "ExecutionId": "ad378d84-32a9-4cac-a504-5b99490c37d4",
            "ExecutionType": "Command"
          },
          "CompliantSummary": {
            "CompliantCount": 15,
            "SeveritySummary": {
              "CriticalCount": 0,
              "HighCount": 0,
              "MediumCount": 0,
              "LowCount": 0,
              "InformationalCount": 0,
              "UnspecifiedCount": 15
            }
          },
          "NonCompliantSummary": {
            "NonCompliantCount": 2,
            "SeveritySummary": {
              "CriticalCount": 0,
              "HighCount": 0,
              "MediumCount": 0,
              "LowCount": 0,
              "InformationalCount": 0,
              "UnspecifiedCount": 2
            }
          },
          "MissingPatches": [
            {
              "Id": "KB4485447",
              "Title": "2019-02 Servicing Stack Update for Windows Server 2016 for x64-based Systems (KB4485447)",
              "Severity": "UNSPECIFIED",
              "Details": {
                "Classification": "SecurityUpdates",
                "PatchBaselineId": "pb-0c67a82f35616e86e",
                "PatchGroup": "windows-core-baseline",
                "PatchSeverity": "Critical",
                "PatchState": "Missing"
              }
            },
            {
              "Id": "KB890830",
              "Title": "Windows Malicious Software Removal Tool - February 2018 (KB890830)",
              "Severity": "UNSPECIFIED",
              "Details": {
                "Classification": "UpdateRollups",
                "PatchBaselineId": "pb-0c67a82f35616e86e",
                "PatchGroup": "windows-core-baseline",
                "PatchSeverity": "Unspecified",
                "PatchState": "Missing"
              }
            }
          ],
          "Account": "redacted",
          "Name": "redacted"
        }
        """;

    private static readonly DateTimeOffset Now = new(2019, 3, 1, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The sample's situation: a Windows Server 2016 machine with 15 approved updates installed and two missing.</summary>
    private static ComplianceRecord SampleRecord(IReadOnlyList<StandingException>? exceptions = null)
    {
        var baseline = new PatchBaseline
        {
            Id = "pb-0c67a82f35616e86e",
            Name = "windows-core-baseline",
            OperatingSystem = OperatingSystemFamily.Windows,
            ApprovalRules =
            [
                new PatchRule
                {
                    PatchFilterGroup = new PatchFilterGroup { PatchFilters = [new PatchFilter { Key = PatchFilterKey.Classification, Values = ["SecurityUpdates", "UpdateRollups"] }] },
                    ApproveAfterDays = 7,
                },
            ],
        };
        var inventory = new Inventory
        {
            OperatingSystem = OperatingSystemFamily.Windows,
            Product = "WindowsServer2016",
            CapturedAt = Now.AddMinutes(-5),
            Installed = [.. Enumerable.Range(0, 15).Select(i => new InstalledPackage
            {
                Id = $"KB45{i:D5}",
                Name = $"KB45{i:D5}",
                Version = "",
                Classification = "SecurityUpdates",
            })],
            Updates =
            [
                new Patch
                {
                    Id = "KB4485447", Name = "KB4485447", Version = "",
                    Title = "2019-02 Servicing Stack Update for Windows Server 2016 for x64-based Systems (KB4485447)",
                    Classification = "SecurityUpdates", Severity = "Critical", ReleaseDate = new DateTimeOffset(2019, 2, 12, 0, 0, 0, TimeSpan.Zero),
                },
                new Patch
                {
                    Id = "KB890830", Name = "KB890830", Version = "",
                    Title = "Windows Malicious Software Removal Tool - February 2018 (KB890830)",
                    Classification = "UpdateRollups", ReleaseDate = new DateTimeOffset(2018, 2, 13, 0, 0, 0, TimeSpan.Zero),
                },
            ],
        };
        var instance = new InstanceContext { InstanceId = "i-21s92jfnasd0923a1", Account = "redacted", Name = "redacted", PatchGroup = "windows-core-baseline" };
        var evaluation = BaselineEvaluator.Evaluate(inventory, baseline, instance, exceptions ?? [], Now);
        return ComplianceRecordBuilder.Build(evaluation, instance, new ExecutionSummary { ExecutionId = "ad378d84-32a9-4cac-a504-5b99490c37d4", ExecutionTime = Now });
    }

    [Fact]
    public void The_record_has_every_key_of_the_sample_at_every_level_with_the_same_kind_of_value()
    {
        var sample = JsonNode.Parse(Sample)!;
        var ours = JsonNode.Parse(ComplianceJson.Serialize(SampleRecord()))!;
        var problems = new List<string>();
        CompareShape(sample, ours, "$", problems);
        Assert.Empty(problems);
    }

    [Fact]
    public void Without_its_extensions_the_record_of_the_sample_s_situation_is_the_sample()
    {
        var ours = JsonNode.Parse(ComplianceJson.Serialize(SampleRecord()))!.AsObject();
        var sample = JsonNode.Parse(Sample)!.AsObject();
        foreach (var extension in ours.Select(p => p.Key).Where(key => !sample.ContainsKey(key)).ToList())
        {
            ours.Remove(extension);
        }

        ours["ExecutionSummary"]!.AsObject().Remove("ExecutionTime");
        Assert.True(JsonNode.DeepEquals(sample, ours), ours.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    [Fact]
    public void Extensions_follow_the_sample_s_fields_and_nested_objects_add_only_ExecutionTime()
    {
        var json = JsonNode.Parse(ComplianceJson.Serialize(SampleRecord()))!.AsObject();
        var sampleKeys = JsonNode.Parse(Sample)!.AsObject().Select(p => p.Key).ToList();
        Assert.Equal(sampleKeys, json.Select(p => p.Key).Take(sampleKeys.Count));
        Assert.Equal(
            ["PatchBaselineId", "PatchGroup", "RebootPending", "EvaluatedAt", "PatchStateSummary", "ExceptedPatches"],
            json.Select(p => p.Key).Skip(sampleKeys.Count));
        Assert.Equal(["ExecutionId", "ExecutionType", "ExecutionTime"], json["ExecutionSummary"]!.AsObject().Select(p => p.Key));
        Assert.Equal("2019-03-01T10:00:00+00:00", json["ExecutionSummary"]!["ExecutionTime"]!.GetValue<string>());
    }

    [Fact]
    public void Excepted_patches_are_written_with_the_exception_s_id_reason_author_and_expiry()
    {
        var exception = new StandingException
        {
            Id = "ex-42", PatchPattern = "KB890830", ScopeKind = ExceptionScopeKind.Account, ScopeValue = "redacted", Account = "redacted",
            Reason = "MSRT is deployed by the endpoint team", Author = "bob@platform", CreatedAt = Now.AddDays(-1), ExpiresAt = Now.AddDays(90),
        };
        var text = ComplianceJson.Serialize(SampleRecord([exception]));
        var json = JsonNode.Parse(text)!;
        var excepted = Assert.Single(json["ExceptedPatches"]!.AsArray())!;
        var expected = JsonNode.Parse(
            """{"Id":"KB890830","Title":"Windows Malicious Software Removal Tool - February 2018 (KB890830)","Severity":"UNSPECIFIED","PatchState":"Missing","ExceptionId":"ex-42","Reason":"MSRT is deployed by the endpoint team","Author":"bob@platform","ExpiresAt":"2019-05-30T10:00:00+00:00"}""");
        Assert.True(JsonNode.DeepEquals(expected, excepted), excepted.ToJsonString());
        Assert.Contains("\"ExpiresAt\":\"2019-05-30T10:00:00+00:00\"", text, StringComparison.Ordinal);
        Assert.Equal(["KB4485447"], json["MissingPatches"]!.AsArray().Select(p => p!["Id"]!.GetValue<string>()));
        Assert.Equal(1, json["NonCompliantSummary"]!["NonCompliantCount"]!.GetValue<int>());
        Assert.Equal(16, json["CompliantSummary"]!["CompliantCount"]!.GetValue<int>());
    }

    [Fact]
    public void Fields_without_a_value_are_written_as_null_so_every_record_has_every_field()
    {
        var record = SampleRecord() with { PatchGroup = null };
        var json = JsonNode.Parse(ComplianceJson.Serialize(record))!.AsObject();
        Assert.True(json.ContainsKey("PatchGroup"));
        Assert.Null(json["PatchGroup"]);
    }

    [Fact]
    public void A_written_record_reads_back_to_the_same_json()
    {
        var json = ComplianceJson.Serialize(SampleRecord());
        Assert.Equal(json, ComplianceJson.Serialize(ComplianceJson.Deserialize(json)));
        Assert.Equal(JsonNode.Parse(json)!.ToJsonString(), JsonNode.Parse(ComplianceJson.SerializeIndented(SampleRecord()))!.ToJsonString());
    }

    private static void CompareShape(JsonNode? expected, JsonNode? actual, string path, List<string> problems)
    {
        var expectedKind = expected?.GetValueKind() ?? JsonValueKind.Null;
        var actualKind = actual?.GetValueKind() ?? JsonValueKind.Null;
        if (expectedKind != actualKind)
        {
            problems.Add($"{path}: expected {expectedKind}, found {actualKind}");
            return;
        }

        switch (expected)
        {
            case JsonObject expectedObject:
                foreach (var (key, value) in expectedObject)
                {
                    if (!actual!.AsObject().TryGetPropertyValue(key, out var actualValue))
                    {
                        problems.Add($"{path}.{key}: missing");
                        continue;
                    }

                    CompareShape(value, actualValue, $"{path}.{key}", problems);
                }

                break;
            case JsonArray expectedArray:
                var actualArray = actual!.AsArray();
                if (actualArray.Count != expectedArray.Count)
                {
                    problems.Add($"{path}: expected {expectedArray.Count} items, found {actualArray.Count}");
                }

                for (var i = 0; i < Math.Min(expectedArray.Count, actualArray.Count); i++)
                {
                    CompareShape(expectedArray[i], actualArray[i], $"{path}[{i}]", problems);
                }

                break;
        }
    }
}
