using System.Buffers;

namespace Patchwarden.Core.Targets;

/// <summary>The shape of a Patchwarden instance id: <c>mi-</c> and 17 lower-case hex digits, as the proven model gives managed nodes.</summary>
public static class InstanceIdFormat
{
    public const string Prefix = "mi-";

    public const int Length = 20;

    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");

    public static bool IsValid(string? id) =>
        id is { Length: Length }
        && id.StartsWith(Prefix, StringComparison.Ordinal)
        && !id.AsSpan(Prefix.Length).ContainsAnyExcept(LowerHex);

    /// <summary>True for EC2-style ids (<c>i-</c> and 8 or 17 hex digits), which a cloud user may try by habit.</summary>
    internal static bool LooksLikeEc2Id(string id) =>
        id.StartsWith("i-", StringComparison.Ordinal)
        && id.Length is 10 or 19
        && !id.AsSpan(2).ContainsAnyExcept(LowerHex);
}
