using System.Buffers;
using System.Security.Cryptography;

namespace Patchwarden.Core.Baselines;

/// <summary>Patch baseline ids: <c>pb-</c> followed by 17 lower-case hex digits, the proven model's shape.</summary>
public static class BaselineId
{
    public const string Prefix = "pb-";

    public const int HexDigits = 17;

    /// <summary>A new random id; 68 random bits make a collision in one installation practically impossible.</summary>
    public static string New() => Prefix + RandomNumberGenerator.GetHexString(HexDigits, lowercase: true);

    public static bool IsValid(string? id) =>
        id is { Length: 20 }
        && id.StartsWith(Prefix, StringComparison.Ordinal)
        && !id.AsSpan(Prefix.Length).ContainsAnyExcept(LowerHex);

    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");
}
