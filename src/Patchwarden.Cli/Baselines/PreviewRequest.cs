using Patchwarden.Core.Baselines;
using Patchwarden.Core.Exceptions;
using Patchwarden.Core.Patches;

namespace Patchwarden.Cli.Baselines;

/// <summary>Everything one preview evaluates: the documents read from files and the facts given on the command line.</summary>
internal sealed record PreviewRequest
{
    public required PatchBaseline Baseline { get; init; }

    public required Inventory Inventory { get; init; }

    public required InstanceContext Instance { get; init; }

    /// <summary>Standing exceptions to apply; those that do not cover the instance or are not active at <see cref="Now"/> have no effect.</summary>
    public IReadOnlyList<StandingException> Exceptions { get; init; } = [];

    public required DateTimeOffset Now { get; init; }
}
