using Patchwarden.Core.Validation;

namespace Patchwarden.Server.PatchGroups;

/// <summary>What a patch group name may be: any value an activation's <c>Patch Group</c> tag may hold (1 to 256 printable characters).</summary>
public static class PatchGroupNames
{
    public const int MaxLength = 256;

    /// <summary>An error on <paramref name="field"/> when <paramref name="name"/> is not a patch group name; null when it is.</summary>
    public static ValidationError? Check(string? name, string field)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return new ValidationError(field, "must not be empty");
        }

        return name.Length > MaxLength || name.Any(char.IsControl)
            ? new ValidationError(field, $"must be 1 to {MaxLength} printable characters, like the 'Patch Group' tag of an activation")
            : null;
    }
}
