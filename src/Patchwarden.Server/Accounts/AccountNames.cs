using System.Text.RegularExpressions;
using Patchwarden.Core.Validation;

namespace Patchwarden.Server.Accounts;

/// <summary>What an account name may look like: <c>payments-prod</c> — lower-case letters, digits and inner hyphens, 1 to 63 characters.</summary>
/// <remarks>The same shape as a DNS label, so names are safe in URLs, file names, tags and SIEM fields.</remarks>
public static partial class AccountNames
{
    public const int MaxLength = 63;

    public static bool IsValid(string? name) => name is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(name);

    /// <summary>An error on <paramref name="field"/> when <paramref name="name"/> is not a valid account name.</summary>
    public static ValidationError? Check(string? name, string field) => IsValid(name)
        ? null
        : new ValidationError(field, $"'{name}' is not an account name: use 1 to {MaxLength} lower-case letters, digits and hyphens, starting and ending with a letter or digit (e.g. payments-prod)");

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
