using System.Text.Json.Serialization;

namespace Patchwarden.Core.Compliance;

/// <summary>Source-generated serialization of <see cref="ComplianceRecord"/>.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ComplianceRecord))]
internal sealed partial class ComplianceJsonContext : JsonSerializerContext;
