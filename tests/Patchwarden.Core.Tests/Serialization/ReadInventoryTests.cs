using Patchwarden.Core.Patches;
using Patchwarden.Core.Serialization;

namespace Patchwarden.Core.Tests.Serialization;

public sealed class ReadInventoryTests
{
    private static string Inventory(string updates = "", string installed = "", string extra = "") => $$"""
        {
          "OperatingSystem": "DEBIAN",
          "CapturedAt": "2024-07-10T09:15:00Z",
          {{extra}}
          "Installed": [ {{installed}} ],
          "Updates": [ {{updates}} ]
        }
        """;

    private const string Update = """{ "Id": "openssl", "Name": "openssl", "Version": "3.0.13-1~deb12u1" """;

    private static readonly Dictionary<string, (string Json, string Field, string Message)> Bad = new()
    {
        ["empty update id"] = (Inventory("""{ "Id": "", "Name": "openssl", "Version": "3.0.13-1" }"""), "Updates[0].Id", "must not be empty"),
        ["blank update version"] = (Inventory("""{ "Id": "openssl", "Name": "openssl", "Version": " " }"""), "Updates[0].Version", "must not be empty"),
        ["missing update version"] = (Inventory("""{ "Id": "openssl", "Name": "openssl" }"""), "Updates[0].Version", "is required: a string"),
        ["empty installed version"] = (Inventory(installed: """{ "Id": "bash", "Name": "bash", "Version": "" }"""), "Installed[0].Version", "must not be empty"),
        ["missing installed name"] = (Inventory(installed: """{ "Id": "bash", "Version": "5.2" }"""), "Installed[0].Name", "is required: a string"),
        ["empty installed version of the update"] = (Inventory(Update + ", \"InstalledVersion\": \"\" }"), "Updates[0].InstalledVersion",
            "must not be empty; leave it out when the package is not installed"),
        ["release after capture"] = (Inventory(Update + ", \"ReleaseDate\": \"2024-08-01T00:00:00Z\" }"), "Updates[0].ReleaseDate",
            "is after the inventory was captured"),
        ["release in 1970"] = (Inventory(Update + ", \"ReleaseDate\": \"1970-01-01T00:00:00Z\" }"), "Updates[0].ReleaseDate", "is before 1990-01-01"),
        ["release date that is not a date"] = (Inventory(Update + ", \"ReleaseDate\": \"last week\" }"), "Updates[0].ReleaseDate",
            "'last week' is not a date and time in ISO 8601 form"),
        ["install after capture"] = (Inventory(installed: """{ "Id": "bash", "Name": "bash", "Version": "5.2", "InstalledAt": "2025-01-01T00:00:00Z" }"""),
            "Installed[0].InstalledAt", "is after the inventory was captured"),
        ["malformed CVE id"] = (Inventory(Update + ", \"CveIds\": [\"CVE-2024-6387\", \"CVE-24-1\"] }"), "Updates[0].CveIds[1]", "'CVE-24-1' is not a CVE id"),
        ["capture time of year one"] = (Inventory().Replace("2024-07-10T09:15:00Z", "0001-01-01T00:00:00Z", StringComparison.Ordinal), "CapturedAt",
            "is before 1990-01-01; is the clock of the scanning machine set?"),
        ["missing capture time"] = (Inventory().Replace("\"CapturedAt\": \"2024-07-10T09:15:00Z\",", "", StringComparison.Ordinal), "CapturedAt",
            "is required: a date and time"),
        ["empty failed id"] = (Inventory(extra: "\"FailedPatchIds\": [\"openssl\", \"\"],"), "FailedPatchIds[1]", "must not be empty"),
        ["empty pending-reboot id"] = (Inventory(extra: "\"PendingRebootPatchIds\": [\"\"],"), "PendingRebootPatchIds[0]", "must not be empty"),
        ["reboot flag as a number"] = (Inventory(extra: "\"RebootRequired\": 1,"), "RebootRequired", "expected true or false, found the number 1"),
        ["unknown update field"] = (Inventory(Update + ", \"Cves\": [] }"), "Updates[0].Cves", "is not a known field; did you mean CveIds?"),
    };

    public static TheoryData<string> BadCases => [.. Bad.Keys];

    [Theory]
    [MemberData(nameof(BadCases))]
    public void Invalid_inventory_is_reported_on_the_exact_field(string name)
    {
        var (json, field, message) = Bad[name];

        var result = CoreJson.ReadInventory(json);

        Assert.False(result.IsSuccess);
        Assert.True(result.Errors.Any(e => e.Field == field && e.Message.Contains(message, StringComparison.Ordinal)), $"expected {field}: {message}; got {string.Join("; ", result.Errors)}");
    }

    [Fact]
    public void Minimal_inventory_reads_with_defaults()
    {
        var inventory = CoreJson.ReadInventory(Inventory(Update + "}")).Value;

        var update = Assert.Single(inventory.Updates);
        Assert.Equal(OperatingSystemFamily.Debian, inventory.OperatingSystem);
        Assert.Null(update.ReleaseDate);
        Assert.Null(update.InstalledVersion);
        Assert.Empty(update.CveIds);
        Assert.False(update.IsSecurity);
        Assert.False(inventory.RebootRequired);
        Assert.Empty(inventory.FailedPatchIds);
    }

    [Fact]
    public void Release_up_to_a_day_after_capture_is_tolerated_as_clock_skew()
    {
        var result = CoreJson.ReadInventory(Inventory(Update + ", \"ReleaseDate\": \"2024-07-11T09:00:00Z\" }"));

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
    }
}
