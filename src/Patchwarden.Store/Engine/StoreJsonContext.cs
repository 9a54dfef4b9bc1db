using System.Text.Json.Serialization;
using Patchwarden.Core.Baselines;

namespace Patchwarden.Store.Engine;

/// <summary>Source-generated JSON for what the store keeps as JSON text: baselines, tags, account lists.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PatchBaseline))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
