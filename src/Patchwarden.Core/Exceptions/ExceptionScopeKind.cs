using System.Text.Json.Serialization;

namespace Patchwarden.Core.Exceptions;

/// <summary>What a standing exception covers: one instance, every instance of an account, or of a patch group.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ExceptionScopeKind>))]
public enum ExceptionScopeKind
{
    Instance,
    Account,
    PatchGroup,
}
