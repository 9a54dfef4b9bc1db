using System.Buffers;
using Patchwarden.Core.Patches;
using Patchwarden.Core.Validation;
using Patchwarden.Store.Compliance;
using Patchwarden.Store.Instances;

namespace Patchwarden.Server.Reports;

/// <summary>Checks a report against the instance that sent it: ids, times, install results, and the inventory (the core's checks, under <c>inventory.</c>).</summary>
public static class AgentReportValidator
{
    public const int MaxIdLength = 128;
    public const int MaxInstallResults = 10_000;
    public const int MaxMessageLength = 2048;

    private static readonly SearchValues<char> IdCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:");

    public static ValidationResult Validate(AgentReport report, Instance instance, DateTimeOffset now)
    {
        var result = new ValidationResult();
        CheckId(report.ExecutionId, "executionId", required: true, result);
        CheckId(report.CommandId, "commandId", required: false, result);
        if (report.FinishedAt < report.StartedAt)
        {
            result.Add("finishedAt", $"{report.FinishedAt:O} is before startedAt ({report.StartedAt:O})");
        }

        if (report.FinishedAt > now + InventoryValidator.Skew)
        {
            result.Add("finishedAt", $"{report.FinishedAt:O} is in the future; is the instance's clock set?");
        }

        CheckInstallResults(report, result);

        var inventory = report.Inventory;
        foreach (var error in InventoryValidator.Validate(inventory).Errors)
        {
            result.Add($"inventory.{error.Field}", error.Message);
        }

        if (inventory.OperatingSystem != instance.OperatingSystem)
        {
            result.Add("inventory.OperatingSystem",
                $"is {inventory.OperatingSystem.ToWireName()}, but instance {instance.Id} registered as {instance.OperatingSystem.ToWireName()}");
        }

        return result;
    }

    private static void CheckId(string? id, string field, bool required, ValidationResult result)
    {
        if (string.IsNullOrEmpty(id))
        {
            if (required)
            {
                result.Add(field, "must not be empty");
            }

            return;
        }

        if (id.Length > MaxIdLength || id.AsSpan().ContainsAnyExcept(IdCharacters))
        {
            result.Add(field, $"must be 1 to {MaxIdLength} letters, digits and - _ . : (a UUID is fine)");
        }
    }

    private static void CheckInstallResults(AgentReport report, ValidationResult result)
    {
        if (report.InstallResults is not { } results)
        {
            return;
        }

        if (report.Operation != ComplianceOperation.Install && results.Count > 0)
        {
            result.Add("installResults", "only an Install report carries install results");
            return;
        }

        if (results.Count > MaxInstallResults)
        {
            result.Add("installResults", $"has {results.Count} entries; at most {MaxInstallResults} are allowed");
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < results.Count; i++)
        {
            var path = $"installResults[{i}]";
            if (results[i] is not { } entry)
            {
                result.Add(path, "must not be null");
                continue;
            }

            if (string.IsNullOrWhiteSpace(entry.PatchId))
            {
                result.Add($"{path}.patchId", "must not be empty");
            }
            else if (!seen.Add(entry.PatchId))
            {
                result.Add($"{path}.patchId", $"'{entry.PatchId}' appears more than once");
            }

            if (entry.Message is { Length: > MaxMessageLength })
            {
                result.Add($"{path}.message", $"is {entry.Message.Length} characters long; at most {MaxMessageLength} are allowed");
            }
        }
    }
}
