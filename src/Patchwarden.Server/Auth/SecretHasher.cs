using System.Security.Cryptography;
using System.Text;

namespace Patchwarden.Server.Auth;

/// <summary>Hashes secrets (API tokens, instance secrets, activation codes) the way the store keeps them, and compares hashes in constant time.</summary>
public static class SecretHasher
{
    /// <summary>Lower-case hex SHA-256 of the UTF-8 text. The secrets are 256-bit random values, so a plain hash is enough (no stretching needed).</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>True when <paramref name="secret"/> hashes to <paramref name="expectedHash"/>; the comparison takes the same time wherever the first difference is.</summary>
    public static bool Matches(string secret, string expectedHash) => HashesEqual(Hash(secret), expectedHash);

    public static bool HashesEqual(string actualHash, string expectedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(actualHash), Encoding.ASCII.GetBytes(expectedHash));

    /// <summary>A new random secret: 32 bytes as URL-safe base64 without padding (43 characters).</summary>
    public static string NewSecret() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
