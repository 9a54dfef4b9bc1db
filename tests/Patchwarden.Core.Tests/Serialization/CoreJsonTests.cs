using Patchwarden.Core.Baselines;
using Patchwarden.Core.Patches;
using Patchwarden.Core.Serialization;
using Patchwarden.Core.Validation;

namespace Patchwarden.Core.Tests.Serialization;

public sealed class CoreJsonTests
{
    private const string ValidRule = """{ "PatchFilterGroup": { "PatchFilters": [ { "Key": "CLASSIFICATION", "Values": ["Security"] } ] }, "ApproveAfterDays": 7 }""";

    private static string Baseline(string rules = ValidRule, string extra = "") => $$"""
        {
          "Id": "pb-0123456789abcdef0",
          "Name": "rhel-prod",
          "OperatingSystem": "REDHAT_ENTERPRISE_LINUX",
          {{extra}}
          "ApprovalRules": [ {{rules}} ]
        }
        """;

    private static string Rule(string members) =>
        $$"""{ "PatchFilterGroup": { "PatchFilters": [ { "Key": "CLASSIFICATION", "Values": ["Security"] } ] }, {{members}} }""";

    /// <summary>Each case is a document with one mistake: the reader must name this field and say this.</summary>
    private static readonly Dictionary<string, (string Json, string Field, string Message)> Bad = new()
    {
        ["unknown compliance level"] = (Baseline(Rule("\"ApproveAfterDays\": 7, \"ComplianceLevel\": \"SEVERE\"")), "ApprovalRules[0].ComplianceLevel",
            "'SEVERE' is not one of CRITICAL, HIGH, MEDIUM, LOW, INFORMATIONAL, UNSPECIFIED"),
        ["compliance level as a number"] = (Baseline(Rule("\"ApproveAfterDays\": 7, \"ComplianceLevel\": 5")), "ApprovalRules[0].ComplianceLevel",
            "expected one of CRITICAL, HIGH, MEDIUM, LOW, INFORMATIONAL, UNSPECIFIED (a string)"),
        ["unknown filter key"] = (Baseline("""{ "PatchFilterGroup": { "PatchFilters": [ { "Key": "ARCH", "Values": ["x86_64"] } ] }, "ApproveAfterDays": 7 }"""),
            "ApprovalRules[0].PatchFilterGroup.PatchFilters[0].Key", "'ARCH' is not one of PRODUCT, PRODUCT_FAMILY, CLASSIFICATION, SEVERITY, MSRC_SEVERITY, PATCH_SET, PRIORITY, SECTION"),
        ["unknown operating system"] = (Baseline().Replace("REDHAT_ENTERPRISE_LINUX", "FREEBSD", StringComparison.Ordinal), "OperatingSystem", "'FREEBSD' is not one of DEBIAN, UBUNTU,"),
        ["days as words"] = (Baseline(Rule("\"ApproveAfterDays\": \"seven\"")), "ApprovalRules[0].ApproveAfterDays", "'seven' is not a whole number"),
        ["days in quotes"] = (Baseline(Rule("\"ApproveAfterDays\": \"7\"")), "ApprovalRules[0].ApproveAfterDays", "'7' is a string; write 7 without quotes"),
        ["flag in quotes"] = (Baseline(Rule("\"ApproveAfterDays\": 7, \"EnableNonSecurity\": \"true\"")), "ApprovalRules[0].EnableNonSecurity", "'true' is a string; write true without quotes"),
        ["days as a fraction"] = (Baseline(Rule("\"ApproveAfterDays\": 7.5")), "ApprovalRules[0].ApproveAfterDays", "expected a whole number, found the number 7.5"),
        ["impossible date"] = (Baseline(Rule("\"ApproveUntilDate\": \"2024-13-01\"")), "ApprovalRules[0].ApproveUntilDate", "'2024-13-01' is not a date in the form YYYY-MM-DD"),
        ["date with a time"] = (Baseline(Rule("\"ApproveUntilDate\": \"2024-12-31T00:00:00Z\"")), "ApprovalRules[0].ApproveUntilDate", "is not a date in the form YYYY-MM-DD"),
        ["flag as a string"] = (Baseline(Rule("\"ApproveAfterDays\": 7, \"EnableNonSecurity\": \"yes\"")), "ApprovalRules[0].EnableNonSecurity", "'yes' is not true or false"),
        ["values as one string"] = (Baseline("""{ "PatchFilterGroup": { "PatchFilters": [ { "Key": "CLASSIFICATION", "Values": "Security" } ] }, "ApproveAfterDays": 7 }"""),
            "ApprovalRules[0].PatchFilterGroup.PatchFilters[0].Values", "expected an array, found the string 'Security'"),
        ["number among values"] = (Baseline("""{ "PatchFilterGroup": { "PatchFilters": [ { "Key": "PRODUCT", "Values": ["RHEL9", 9] } ] }, "ApproveAfterDays": 7 }"""),
            "ApprovalRules[0].PatchFilterGroup.PatchFilters[0].Values[1]", "expected a string, found the number 9"),
        ["rules as an object"] = (Baseline("").Replace("[  ]", "{ \"PatchRules\": [] }", StringComparison.Ordinal), "ApprovalRules", "expected an array, found an object"),
        ["misspelt field"] = (Baseline(Rule("\"ApproveAfterDay\": 7")), "ApprovalRules[0].ApproveAfterDay", "is not a known field; did you mean ApproveAfterDays?"),
        ["field in camel case"] = (Baseline(extra: "\"description\": \"x\","), "description", "is not a known field; field names are case-sensitive: did you mean Description?"),
        ["field from another model"] = (Baseline(extra: "\"Sources\": [],"), "Sources", "is not a known field; expected one of Id, Name, Description, OperatingSystem,"),
        ["null name"] = (Baseline().Replace("\"rhel-prod\"", "null", StringComparison.Ordinal), "Name", "must not be null; expected a string"),
        ["null flag"] = (Baseline(extra: "\"ApprovedPatchesEnableNonSecurity\": null,"), "ApprovedPatchesEnableNonSecurity", "must not be null; expected true or false"),
        ["null entry in a list"] = (Baseline(extra: "\"RejectedPatches\": [\"telnet\", null],"), "RejectedPatches[1]", "must not be empty"),
        ["field given twice"] = (Baseline(extra: "\"Name\": \"again\","), "Name", "appears more than once; give each field once"),
        ["missing filter group"] = (Baseline("{ \"ApproveAfterDays\": 7 }"), "ApprovalRules[0].PatchFilterGroup", "is required: an object"),
        ["missing filter values"] = (Baseline("""{ "PatchFilterGroup": { "PatchFilters": [ { "Key": "PRODUCT" } ] }, "ApproveAfterDays": 7 }"""),
            "ApprovalRules[0].PatchFilterGroup.PatchFilters[0].Values", "is required: an array"),
        ["document is an array"] = ("[]", "$", "expected an object, found an array"),
        ["document is null"] = ("null", "$", "expected an object, found null"),
    };

    public static TheoryData<string> BadCases => [.. Bad.Keys];

    [Theory]
    [MemberData(nameof(BadCases))]
    public void Shape_error_is_reported_on_the_exact_field(string name)
    {
        var (json, field, message) = Bad[name];

        var result = CoreJson.ReadBaseline(json);

        Assert.False(result.IsSuccess);
        Assert.True(result.Errors.Any(e => e.Field == field && e.Message.Contains(message, StringComparison.Ordinal)), $"expected {field}: {message}; got {string.Join("; ", result.Errors)}");
    }

    [Fact]
    public void Unknown_enum_value_reads_as_the_documented_message()
    {
        var result = CoreJson.ReadBaseline(Baseline(Rule("\"ApproveAfterDays\": 7, \"ComplianceLevel\": \"SEVERE\"")));

        Assert.Equal(
            "ApprovalRules[0].ComplianceLevel: 'SEVERE' is not one of CRITICAL, HIGH, MEDIUM, LOW, INFORMATIONAL, UNSPECIFIED",
            Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Every_shape_error_is_reported_at_once()
    {
        var json = """
            {
              "Name": "rhel-prod",
              "OperatingSystem": "REDHAT",
              "ApprovalRules": [
                { "PatchFilterGroup": { "PatchFilters": [ { "Key": "ARCH", "Values": ["x"] } ] }, "ComplianceLevel": "SEVERE" },
                { "PatchFilterGroup": { "PatchFilters": [] }, "ApproveAfterDays": "soon" }
              ],
              "Colour": "blue"
            }
            """;

        var fields = CoreJson.ReadBaseline(json).Errors.Select(e => e.Field).ToList();

        Assert.Equal(
            [
                "OperatingSystem",
                "ApprovalRules[0].PatchFilterGroup.PatchFilters[0].Key",
                "ApprovalRules[0].ComplianceLevel",
                "ApprovalRules[1].ApproveAfterDays",
                "Colour",
                "Id",
            ],
            fields);
    }

    [Fact]
    public void Malformed_json_is_reported_with_its_line_and_column()
    {
        var json = "{\n  \"Id\": \"pb-0123456789abcdef0\",\n  \"Name\": ,\n}";

        var error = Assert.Single(CoreJson.ReadBaseline(json).Errors);

        Assert.Equal("$", error.Field);
        Assert.StartsWith("is not valid JSON: line 3, column 11: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{ \"Id\": \"pb-0123456789abcdef0\"")]
    [InlineData("{ \"Name\": \"a\", } ")]
    [InlineData("{ /* comment */ \"Name\": \"a\" }")]
    public void Text_that_is_not_strict_json_is_a_document_error(string json)
    {
        var error = Assert.Single(CoreJson.ReadBaseline(json).Errors);

        Assert.Equal("$", error.Field);
        Assert.StartsWith("is not valid JSON: line 1, column ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Well_formed_but_invalid_baseline_reports_the_validators_errors()
    {
        var json = Baseline("""{ "PatchFilterGroup": { "PatchFilters": [ { "Key": "PRIORITY", "Values": ["Required"] } ] } }""");

        var result = CoreJson.ReadBaseline(json);

        Assert.Equal(
            [
                new ValidationError("ApprovalRules[0].PatchFilterGroup.PatchFilters[0].Key",
                    "'PRIORITY' is not a filter key for REDHAT_ENTERPRISE_LINUX; allowed: PRODUCT, CLASSIFICATION, SEVERITY"),
                new ValidationError("ApprovalRules[0]", "needs ApproveAfterDays (0 to 360) or ApproveUntilDate (YYYY-MM-DD)"),
            ],
            result.Errors);
    }

    [Fact]
    public void Enum_names_are_read_in_any_case()
    {
        var json = Baseline(Rule("\"ApproveAfterDays\": 7, \"ComplianceLevel\": \"critical\"")).Replace("REDHAT_ENTERPRISE_LINUX", "redhat_enterprise_linux", StringComparison.Ordinal);

        var baseline = CoreJson.ReadBaseline(json).Value;

        Assert.Equal(OperatingSystemFamily.RedHatEnterpriseLinux, baseline.OperatingSystem);
        Assert.Equal(ComplianceSeverity.Critical, baseline.ApprovalRules[0].ComplianceLevel);
    }

    [Fact]
    public void Omitted_optional_fields_take_the_proven_models_defaults()
    {
        var baseline = CoreJson.ReadBaseline(Baseline()).Value;

        Assert.Empty(baseline.GlobalFilters.PatchFilters);
        Assert.Empty(baseline.ApprovedPatches);
        Assert.Equal(ComplianceSeverity.Unspecified, baseline.ApprovedPatchesComplianceLevel);
        Assert.Equal(RejectedPatchesAction.AllowAsDependency, baseline.RejectedPatchesAction);
        Assert.Equal(ComplianceSeverity.Unspecified, baseline.ApprovalRules[0].ComplianceLevel);
        Assert.Null(baseline.ApprovalRules[0].ApproveUntilDate);
    }

    [Fact]
    public void Written_json_uses_pascal_case_wire_names_and_leaves_out_nulls()
    {
        var json = CoreJson.Write(DefaultBaselines.For(OperatingSystemFamily.Windows));

        Assert.Contains("\"OperatingSystem\": \"WINDOWS\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Key\": \"MSRC_SEVERITY\"", json, StringComparison.Ordinal);
        Assert.Contains("\"ComplianceLevel\": \"UNSPECIFIED\"", json, StringComparison.Ordinal);
        Assert.Contains("\"RejectedPatchesAction\": \"ALLOW_AS_DEPENDENCY\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("ApproveUntilDate", json, StringComparison.Ordinal);
    }

    public static TheoryData<OperatingSystemFamily> Families => [.. Enum.GetValues<OperatingSystemFamily>()];

    [Theory]
    [MemberData(nameof(Families))]
    public void Default_baselines_survive_a_round_trip(OperatingSystemFamily family)
    {
        var json = CoreJson.Write(DefaultBaselines.For(family));

        var read = CoreJson.ReadBaseline(json);

        Assert.True(read.IsSuccess, string.Join("; ", read.Errors));
        Assert.Equal(json, CoreJson.Write(read.Value));
    }

    [Fact]
    public void Dates_round_trip_in_their_documented_forms()
    {
        var baseline = SampleRule(new PatchRule
        {
            PatchFilterGroup = new PatchFilterGroup { PatchFilters = [new PatchFilter { Key = PatchFilterKey.Classification, Values = ["Security"] }] },
            ApproveUntilDate = new DateOnly(2024, 12, 31),
        });

        var json = CoreJson.Write(baseline);

        Assert.Contains("\"ApproveUntilDate\": \"2024-12-31\"", json, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 12, 31), CoreJson.ReadBaseline(json).Value.ApprovalRules[0].ApproveUntilDate);
    }

    private static PatchBaseline SampleRule(PatchRule rule) => new()
    {
        Id = "pb-0123456789abcdef0",
        Name = "rhel-prod",
        OperatingSystem = OperatingSystemFamily.RedHatEnterpriseLinux,
        ApprovalRules = [rule],
    };
}
