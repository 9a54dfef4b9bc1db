using System.Text.Json;
using Patchwarden.Core.Baselines;

namespace Patchwarden.Store.Engine;

/// <summary>Reads and writes the store's JSON columns.</summary>
internal static class StoreJson
{
    public static string Tags(IReadOnlyDictionary<string, string> tags) =>
        JsonSerializer.Serialize(new Dictionary<string, string>(tags, StringComparer.Ordinal), StoreJsonContext.Default.DictionaryStringString);

    public static IReadOnlyDictionary<string, string> Tags(string json) =>
        JsonSerializer.Deserialize(json, StoreJsonContext.Default.DictionaryStringString) ?? [];

    public static string Strings(IReadOnlyList<string> values) =>
        JsonSerializer.Serialize(values.ToArray(), StoreJsonContext.Default.StringArray);

    public static IReadOnlyList<string> Strings(string json) =>
        JsonSerializer.Deserialize(json, StoreJsonContext.Default.StringArray) ?? [];

    public static string Baseline(PatchBaseline baseline) =>
        JsonSerializer.Serialize(baseline, StoreJsonContext.Default.PatchBaseline);

    public static PatchBaseline Baseline(string json) =>
        JsonSerializer.Deserialize(json, StoreJsonContext.Default.PatchBaseline)
        ?? throw new InvalidDataException("A stored baseline is JSON null.");
}
