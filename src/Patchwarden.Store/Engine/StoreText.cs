using System.Collections.Frozen;
using Patchwarden.Core.Exceptions;
using Patchwarden.Core.Patches;
using Patchwarden.Store.Audit;
using Patchwarden.Store.Compliance;
using Patchwarden.Store.Instances;
using Patchwarden.Store.Principals;

namespace Patchwarden.Store.Engine;

/// <summary>How enums are spelled in the database: the proven model's wire names where it has them, lower-case words otherwise.</summary>
internal static class StoreText
{
    private static readonly FrozenDictionary<OperatingSystemFamily, string> OsNames =
        Enum.GetValues<OperatingSystemFamily>().ToFrozenDictionary(f => f, f => f.ToWireName());

    private static readonly FrozenDictionary<string, OperatingSystemFamily> OsByName =
        OsNames.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    private static readonly FrozenDictionary<PatchState, string> StateNames =
        Enum.GetValues<PatchState>().ToFrozenDictionary(s => s, s => s.ToString());

    private static readonly FrozenDictionary<string, PatchState> StatesByName =
        StateNames.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    private static readonly FrozenDictionary<ComplianceSeverity, string> SeverityNames =
        Enum.GetValues<ComplianceSeverity>().ToFrozenDictionary(s => s, s => System.Text.Json.JsonSerializer.Serialize(s).Trim('"'));

    private static readonly FrozenDictionary<string, ComplianceSeverity> SeveritiesByName =
        SeverityNames.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string Of(OperatingSystemFamily value) => OsNames[value];

    public static OperatingSystemFamily OperatingSystem(string text) => OsByName.TryGetValue(text, out var v) ? v : throw Unknown("OS family", text);

    public static string Of(PatchState value) => StateNames[value];

    public static PatchState PatchState(string text) => StatesByName.TryGetValue(text, out var v) ? v : throw Unknown("patch state", text);

    public static string Of(ComplianceSeverity value) => SeverityNames[value];

    public static ComplianceSeverity Severity(string text) => SeveritiesByName.TryGetValue(text, out var v) ? v : throw Unknown("severity", text);

    public static ComplianceSeverity? SeverityOrNull(string? text) => text is null ? null : Severity(text);

    public static string Of(InstanceComplianceStatus value) => value switch
    {
        InstanceComplianceStatus.NotScanned => "NOT_SCANNED",
        InstanceComplianceStatus.Compliant => "COMPLIANT",
        InstanceComplianceStatus.NonCompliant => "NON_COMPLIANT",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    public static InstanceComplianceStatus ComplianceStatus(string text) => text switch
    {
        "NOT_SCANNED" => InstanceComplianceStatus.NotScanned,
        "COMPLIANT" => InstanceComplianceStatus.Compliant,
        "NON_COMPLIANT" => InstanceComplianceStatus.NonCompliant,
        _ => throw Unknown("compliance status", text),
    };

    public static string Of(InstanceStatus value) => Lower(value);

    public static InstanceStatus InstanceStatus(string text) => Parse<InstanceStatus>(text);

    public static string Of(PrincipalRole value) => Lower(value);

    public static PrincipalRole Role(string text) => Parse<PrincipalRole>(text);

    public static string Of(AuditOutcome value) => Lower(value);

    public static AuditOutcome Outcome(string text) => Parse<AuditOutcome>(text);

    public static string Of(ComplianceOperation value) => Lower(value);

    public static ComplianceOperation Operation(string text) => Parse<ComplianceOperation>(text);

    /// <summary>Exception scope kinds keep the core's JSON names (<c>Instance</c>, <c>Account</c>, <c>PatchGroup</c>).</summary>
    public static string Of(ExceptionScopeKind value) => value.ToString();

    public static ExceptionScopeKind ScopeKind(string text) => Enum.TryParse<ExceptionScopeKind>(text, out var v) ? v : throw Unknown("exception scope", text);

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static T Parse<T>(string text) where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: true, out var v) && Lower(v) == text ? v : throw Unknown(typeof(T).Name, text);

    private static InvalidDataException Unknown(string what, string text) => new($"The database holds an unknown {what} '{text}'.");
}
