using System.Text.Json.Serialization;

namespace Patchwarden.Core.Patches;

/// <summary>The operating systems a baseline can be written for; JSON names follow the proven model's.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OperatingSystemFamily>))]
public enum OperatingSystemFamily
{
    [JsonStringEnumMemberName("DEBIAN")] Debian,
    [JsonStringEnumMemberName("UBUNTU")] Ubuntu,
    [JsonStringEnumMemberName("REDHAT_ENTERPRISE_LINUX")] RedHatEnterpriseLinux,
    [JsonStringEnumMemberName("CENTOS")] CentOS,
    [JsonStringEnumMemberName("ROCKY_LINUX")] RockyLinux,
    [JsonStringEnumMemberName("ALMA_LINUX")] AlmaLinux,
    [JsonStringEnumMemberName("ORACLE_LINUX")] OracleLinux,
    [JsonStringEnumMemberName("AMAZON_LINUX_2")] AmazonLinux2,
    [JsonStringEnumMemberName("AMAZON_LINUX_2023")] AmazonLinux2023,
    [JsonStringEnumMemberName("SUSE")] Suse,
    [JsonStringEnumMemberName("WINDOWS")] Windows,
}
