using System.Globalization;
using Patchwarden.Cli.Output;
using Patchwarden.Core.Compliance;
using Patchwarden.Core.Evaluation;
using Patchwarden.Core.Patches;
using Patchwarden.Core.Serialization;

namespace Patchwarden.Cli.Baselines;

/// <summary>Evaluates a preview request and prints either the per-patch states with a summary line, or the compliance record itself.</summary>
internal static class PreviewReport
{
    /// <summary>The record's execution: a preview runs no command, so it says so instead of inventing an id.</summary>
    public const string ExecutionId = "preview";

    public const string ExecutionType = "Preview";

    private static readonly string[] Columns = ["Id", "State", "Severity", "Classification", "Vendor severity", "Version", "Exception"];

    public static async Task WriteAsync(PreviewRequest request, OutputFormat format, TextWriter output)
    {
        var evaluation = BaselineEvaluator.Evaluate(request.Inventory, request.Baseline, request.Instance, request.Exceptions, request.Now);
        var record = ComplianceRecordBuilder.Build(evaluation, request.Instance, new ExecutionSummary
        {
            ExecutionId = ExecutionId,
            ExecutionType = ExecutionType,
            ExecutionTime = request.Inventory.CapturedAt,
        });

        if (format == OutputFormat.Json)
        {
            await output.WriteLineAsync(ComplianceJson.SerializeIndented(record));
            return;
        }

        TableWriter.Write(output, OutputFormat.Table, Columns, evaluation.Patches.Select(Row));
        await output.WriteLineAsync(Summary(record));
    }

    private static string?[] Row(PatchEvaluation patch) =>
    [
        patch.Id,
        patch.State.ToString(),
        WireNames.Of(patch.Severity),
        patch.Classification,
        patch.VendorSeverity,
        (patch.InstalledVersion, patch.CandidateVersion) switch
        {
            (null, null) => null,
            (var installed, null) => installed,
            (var installed, var candidate) => $"{installed ?? "(none)"} -> {candidate}",
        },
        patch.Exception is { } exception
            ? $"{exception.Id} until {exception.ExpiresAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" // the reason is in the json record
            : null,
    ];

    /// <summary>One line a person can read and a script can split on " | ".</summary>
    internal static string Summary(ComplianceRecord record)
    {
        var states = record.PatchStateSummary;
        (string Name, object Value)[] parts =
        [
            ("Status", WireNames.Of(record.Status)),
            ("OverallSeverity", WireNames.Of(record.OverallSeverity)),
            ("NonCompliant", record.NonCompliantSummary.NonCompliantCount),
            ("Compliant", record.CompliantSummary.CompliantCount),
            (nameof(PatchState.Missing), states.MissingCount),
            (nameof(PatchState.Failed), states.FailedCount),
            (nameof(PatchState.InstalledPendingReboot), states.InstalledPendingRebootCount),
            (nameof(PatchState.InstalledRejected), states.InstalledRejectedCount),
            (nameof(PatchState.Installed), states.InstalledCount),
            (nameof(PatchState.InstalledOther), states.InstalledOtherCount),
            (nameof(PatchState.NotApplicable), states.NotApplicableCount),
            ("Excepted", states.ExceptedCount),
            ("RebootPending", record.RebootPending ? "yes" : "no"),
        ];
        return string.Join(" | ", parts.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name}: {p.Value}")));
    }
}
