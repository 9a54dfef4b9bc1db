using System.Buffers;
using Patchwarden.Core.Patches;
using Patchwarden.Core.Serialization;
using Patchwarden.Core.Validation;

namespace Patchwarden.Core.Baselines;

/// <summary>Checks a patch baseline against the proven model's limits and this OS family's keys, values and id formats; reports every problem at once.</summary>
public static class BaselineValidator
{
    public const int NameMinLength = 3;
    public const int NameMaxLength = 128;
    public const int DescriptionMaxLength = 1024;
    public const int MaxApprovalRules = 10;
    public const int MaxFiltersPerGroup = 4;
    public const int MaxValuesPerFilter = 20;
    public const int MaxValueLength = 64;
    public const int MaxApproveAfterDays = 360;
    public const int MaxListEntries = 50;

    public static ValidationResult Validate(PatchBaseline baseline)
    {
        var result = new ValidationResult();
        CheckIdentity(baseline, result);

        var operatingSystem = baseline.OperatingSystem;
        if (!Enum.IsDefined(operatingSystem))
        {
            // Without a known OS family nothing below can be judged.
            return result.Add(nameof(PatchBaseline.OperatingSystem), $"'{operatingSystem}' is not one of {string.Join(", ", WireNames.All<OperatingSystemFamily>())}");
        }

        FilterGroupValidator.Check(baseline.GlobalFilters, operatingSystem, nameof(PatchBaseline.GlobalFilters), requireOne: false, result);

        var rules = baseline.ApprovalRules ?? [];
        if (rules.Count > MaxApprovalRules)
        {
            result.Add(nameof(PatchBaseline.ApprovalRules), $"has {rules.Count} rules; at most {MaxApprovalRules} are allowed");
        }

        for (var i = 0; i < rules.Count; i++)
        {
            CheckRule(rules[i], operatingSystem, $"{nameof(PatchBaseline.ApprovalRules)}[{i}]", result);
        }

        CheckList(baseline.ApprovedPatches, operatingSystem, nameof(PatchBaseline.ApprovedPatches), result);
        CheckList(baseline.RejectedPatches, operatingSystem, nameof(PatchBaseline.RejectedPatches), result);
        CheckDefined(baseline.ApprovedPatchesComplianceLevel, nameof(PatchBaseline.ApprovedPatchesComplianceLevel), result);
        CheckDefined(baseline.RejectedPatchesAction, nameof(PatchBaseline.RejectedPatchesAction), result);
        if (baseline.ApprovedPatchesEnableNonSecurity && operatingSystem.PackageManager() == PackageManagerKind.WindowsUpdate)
        {
            result.Add(nameof(PatchBaseline.ApprovedPatchesEnableNonSecurity), "applies to Linux only; Windows baselines must leave it false");
        }

        return result;
    }

    private static void CheckIdentity(PatchBaseline baseline, ValidationResult result)
    {
        if (!BaselineId.IsValid(baseline.Id))
        {
            result.Add(nameof(PatchBaseline.Id), $"'{baseline.Id}' is not a baseline id: expected '{BaselineId.Prefix}' followed by {BaselineId.HexDigits} lower-case hex digits");
        }

        var name = baseline.Name ?? "";
        if (name.Length is < NameMinLength or > NameMaxLength)
        {
            result.Add(nameof(PatchBaseline.Name), $"is {name.Length} characters long; it must have {NameMinLength} to {NameMaxLength}");
        }
        else if (name.AsSpan().ContainsAnyExcept(NameCharacters))
        {
            result.Add(nameof(PatchBaseline.Name), $"'{name}' may only hold letters, digits, '_', '-' and '.'");
        }

        if (baseline.Description is { Length: > DescriptionMaxLength } description)
        {
            result.Add(nameof(PatchBaseline.Description), $"is {description.Length} characters long; at most {DescriptionMaxLength} are allowed");
        }
    }

    private static void CheckRule(PatchRule? rule, OperatingSystemFamily operatingSystem, string path, ValidationResult result)
    {
        if (rule is null)
        {
            result.Add(path, "must not be null");
            return;
        }

        FilterGroupValidator.Check(rule.PatchFilterGroup, operatingSystem, $"{path}.{nameof(PatchRule.PatchFilterGroup)}", requireOne: true, result);
        CheckDefined(rule.ComplianceLevel, $"{path}.{nameof(PatchRule.ComplianceLevel)}", result);

        switch (rule)
        {
            case { ApproveAfterDays: not null, ApproveUntilDate: not null }:
                result.Add(path, "set either ApproveAfterDays or ApproveUntilDate, not both");
                break;
            case { ApproveAfterDays: < 0 or > MaxApproveAfterDays }:
                result.Add($"{path}.{nameof(PatchRule.ApproveAfterDays)}", $"is {rule.ApproveAfterDays}; it must be 0 to {MaxApproveAfterDays}");
                break;
            // apt repositories carry no reliable release dates, so the proven model approves apt patches at once and needs neither.
            case { ApproveAfterDays: null, ApproveUntilDate: null } when operatingSystem.PackageManager() != PackageManagerKind.Apt:
                result.Add(path, $"needs ApproveAfterDays (0 to {MaxApproveAfterDays}) or ApproveUntilDate (YYYY-MM-DD)");
                break;
        }

        if (rule.EnableNonSecurity && operatingSystem.PackageManager() == PackageManagerKind.WindowsUpdate)
        {
            result.Add($"{path}.{nameof(PatchRule.EnableNonSecurity)}", "applies to Linux only; Windows rules must leave it false");
        }
    }

    private static void CheckList(IReadOnlyList<string>? entries, OperatingSystemFamily operatingSystem, string path, ValidationResult result)
    {
        entries ??= [];
        if (entries.Count > MaxListEntries)
        {
            result.Add(path, $"has {entries.Count} entries; at most {MaxListEntries} are allowed");
        }

        for (var i = 0; i < entries.Count; i++)
        {
            if (PatchListEntryFormat.Problem(operatingSystem.PackageManager(), entries[i]) is { } problem)
            {
                result.Add($"{path}[{i}]", problem);
            }
        }
    }

    private static void CheckDefined<TEnum>(TEnum value, string path, ValidationResult result) where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            result.Add(path, $"'{value}' is not one of {string.Join(", ", WireNames.All<TEnum>())}");
        }
    }

    private static readonly SearchValues<char> NameCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.");
}
