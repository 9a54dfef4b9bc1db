using Patchwarden.Core.Baselines;
using Patchwarden.Core.Exceptions;
using Patchwarden.Core.Patches;

namespace Patchwarden.Core.Evaluation;

/// <summary>Evaluates an inventory against a patch baseline and standing exceptions; see <see cref="CompiledBaseline"/> to reuse one baseline for many inventories.</summary>
public static class BaselineEvaluator
{
    /// <summary>Compiles <paramref name="baseline"/> and evaluates <paramref name="inventory"/> with it at <paramref name="now"/>.</summary>
    /// <exception cref="ArgumentException">The inventory is of another operating system (check <see cref="Incompatibility"/> first to report it as a value).</exception>
    public static BaselineEvaluation Evaluate(
        Inventory inventory, PatchBaseline baseline, InstanceContext instance, IReadOnlyList<StandingException> exceptions, DateTimeOffset now) =>
        CompiledBaseline.Compile(baseline).Evaluate(inventory, instance, exceptions, now);

    /// <summary>Why <paramref name="baseline"/> cannot evaluate <paramref name="inventory"/>, or null when it can.</summary>
    public static string? Incompatibility(PatchBaseline baseline, Inventory inventory)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(inventory);
        return baseline.OperatingSystem == inventory.OperatingSystem
            ? null
            : $"baseline {baseline.Id} is for {baseline.OperatingSystem.ToWireName()}, but the inventory is of a {inventory.OperatingSystem.ToWireName()} machine";
    }
}
