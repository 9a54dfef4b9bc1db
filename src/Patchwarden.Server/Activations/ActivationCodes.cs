using System.Security.Cryptography;

namespace Patchwarden.Server.Activations;

/// <summary>Activation ids (a GUID, as in the proven model) and codes (20 characters people can copy without confusing 0/O or 1/l).</summary>
public static class ActivationCodes
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public const int CodeLength = 20;

    public static string NewId() => Guid.NewGuid().ToString("D");

    public static bool IsId(string? id) => id is { Length: 36 } && Guid.TryParseExact(id, "D", out _) && !id.Any(char.IsAsciiLetterUpper);

    /// <summary>About 116 random bits: beyond guessing, given the registration rate limit.</summary>
    public static string NewCode() => RandomNumberGenerator.GetString(Alphabet, CodeLength);
}
