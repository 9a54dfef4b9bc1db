using System.Buffers;
using System.Security.Cryptography;

namespace Patchwarden.Store.Instances;

/// <summary>Instance ids in the proven model's format: <c>mi-</c> and 17 lower-case hex digits.</summary>
public static class InstanceIds
{
    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");

    public static string New() => "mi-" + RandomNumberGenerator.GetHexString(17, lowercase: true);

    public static bool IsValid(string? id) =>
        id is { Length: 20 } && id.StartsWith("mi-", StringComparison.Ordinal) && !id.AsSpan(3).ContainsAnyExcept(LowerHex);
}
