using System.Collections.Concurrent;
using System.Text.Json;
using Patchwarden.Core.Baselines;
using Patchwarden.Core.Evaluation;
using Patchwarden.Core.Patches;
using Patchwarden.Core.Serialization;
using Patchwarden.Store;

namespace Patchwarden.Server.Baselines;

/// <summary>
/// The compiled baseline an instance is evaluated with, resolved in the proven order (its patch group's baseline for its
/// OS family, else the family's default). Resolution asks the store every time, so an edit on any server node counts at
/// once; compiling is cached by the baseline's content, which is its version.
/// </summary>
public sealed class EffectiveBaselines(IPatchwardenStore store)
{
    /// <summary>More distinct baseline versions than any installation has at once; past it the cache starts over.</summary>
    public const int MaxCached = 512;

    private readonly ConcurrentDictionary<string, CompiledBaseline> _compiled = new(StringComparer.Ordinal);

    public async Task<CompiledBaseline> ResolveAsync(string? patchGroup, OperatingSystemFamily operatingSystem, CancellationToken cancellationToken)
    {
        // The built-in default stands in only if the store has none (the seeder adds it at start-up, and defaults cannot be deleted).
        var baseline = await store.Baselines.ResolveEffectiveAsync(patchGroup, operatingSystem, cancellationToken)
            ?? DefaultBaselines.For(operatingSystem);
        var version = JsonSerializer.Serialize(baseline, CoreJson.Options);
        if (_compiled.TryGetValue(version, out var compiled))
        {
            return compiled;
        }

        if (_compiled.Count >= MaxCached)
        {
            _compiled.Clear();
        }

        return _compiled.GetOrAdd(version, _ => CompiledBaseline.Compile(baseline));
    }
}
