using System.CommandLine;
using System.Globalization;
using Patchwarden.Core.Evaluation;
using Patchwarden.Core.Exceptions;
using Patchwarden.Core.Serialization;

namespace Patchwarden.Cli.Baselines;

/// <summary><c>patchctl baselines preview</c>: evaluates an inventory file against a baseline file offline and prints the patch states or the compliance record.</summary>
public static class PreviewCommand
{
    /// <summary>Instance and account named in the record when the caller names none.</summary>
    public const string DefaultInstanceId = "preview";

    public const string DefaultAccount = "preview";

    public static Command Create(CliConsole console)
    {
        var baseline = new Option<string>("--baseline") { HelpName = "FILE.json", Description = "The patch baseline, a JSON file (see docs/formats.md).", Required = true };
        var inventory = new Option<string>("--inventory") { HelpName = "FILE.json", Description = "The inventory of one machine, a JSON file (see docs/formats.md).", Required = true };
        var at = new Option<DateTimeOffset?>("--at")
        {
            HelpName = "ISO-8601",
            Description = "Evaluate as of this ISO-8601 instant (default: now); approval delays count from it.",
            CustomParser = ParseInstant,
        };
        var instanceId = new Option<string>("--instance-id") { HelpName = "ID", Description = "The instance id the record names.", DefaultValueFactory = _ => DefaultInstanceId };
        var account = new Option<string>("--account") { HelpName = "A", Description = "The account the record names.", DefaultValueFactory = _ => DefaultAccount };
        var patchGroup = new Option<string?>("--patch-group") { HelpName = "G", Description = "The patch group the record names." };
        var exceptions = new Option<string?>("--exceptions")
        {
            HelpName = "FILE.json",
            Description = "Standing exceptions to apply, a JSON array (see docs/formats.md); only those covering the instance count.",
        };
        var output = PreviewOutput.Create();

        var command = new Command("preview", "Evaluate an inventory against a baseline offline: per-patch states (table) or the compliance record (json).")
        {
            baseline, inventory, at, instanceId, account, patchGroup, exceptions, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var inventoryPath = parse.GetRequiredValue(inventory);
            var request = new PreviewRequest
            {
                Baseline = await DocumentFile.ReadAsync(parse.GetRequiredValue(baseline), CoreJson.ReadBaseline, cancellationToken),
                Inventory = await DocumentFile.ReadAsync(inventoryPath, CoreJson.ReadInventory, cancellationToken),
                Instance = new InstanceContext
                {
                    InstanceId = parse.GetRequiredValue(instanceId),
                    Account = parse.GetRequiredValue(account),
                    PatchGroup = parse.GetValue(patchGroup),
                },
                Exceptions = parse.GetValue(exceptions) is { } exceptionsPath
                    ? await DocumentFile.ReadAsync(exceptionsPath, CoreJson.Read<IReadOnlyList<StandingException>>, cancellationToken)
                    : [],
                Now = parse.GetValue(at) ?? TimeProvider.System.GetUtcNow(),
            };
            if (BaselineEvaluator.Incompatibility(request.Baseline, request.Inventory) is { } reason)
            {
                throw new UsageException($"{inventoryPath}: {reason}");
            }

            await PreviewReport.WriteAsync(request, parse.GetValue(output), console.Out);
            return Patchctl.ExitOk;
        });
        return command;
    }

    private static DateTimeOffset? ParseInstant(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant;
        }

        result.AddError($"--at must be an ISO-8601 instant such as 2024-07-10T12:00:00Z, not '{text}'");
        return null;
    }
}
