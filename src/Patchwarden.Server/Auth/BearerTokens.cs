using System.Buffers;
using System.Security.Cryptography;
using Patchwarden.Store.Instances;

namespace Patchwarden.Server.Auth;

/// <summary>
/// The two kinds of bearer token. API tokens are <c>pwt_</c> + 43 URL-safe characters; instance tokens are the
/// instance id, a dot and the instance secret (<c>mi-0123456789abcdef0.</c> + 43 characters), so the server can find
/// the identity by id and compare the secret's hash.
/// </summary>
public static class BearerTokens
{
    public const string ApiTokenPrefix = "pwt_";

    /// <summary>Longest token we bother to hash; anything longer is not ours.</summary>
    public const int MaxLength = 256;

    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");

    public static string NewApiToken() => ApiTokenPrefix + SecretHasher.NewSecret();

    /// <summary>A principal id: <c>tok-</c> and 17 lower-case hex digits.</summary>
    public static string NewPrincipalId() => "tok-" + RandomNumberGenerator.GetHexString(17, lowercase: true);

    public static bool IsPrincipalId(string? id) =>
        id is { Length: 21 } && id.StartsWith("tok-", StringComparison.Ordinal) && !id.AsSpan(4).ContainsAnyExcept(LowerHex);

    public static string InstanceToken(string instanceId, string secret) => $"{instanceId}.{secret}";

    /// <summary>Splits an instance token into id and secret; false when <paramref name="token"/> is not one.</summary>
    public static bool TryParseInstanceToken(string token, out string instanceId, out string secret)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        instanceId = dot > 0 ? token[..dot] : "";
        secret = dot > 0 ? token[(dot + 1)..] : "";
        return InstanceIds.IsValid(instanceId) && secret.Length > 0;
    }
}
