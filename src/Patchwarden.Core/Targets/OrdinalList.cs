namespace Patchwarden.Core.Targets;

/// <summary>Case-sensitive membership in a short list of selector values, without LINQ on the resolution hot path.</summary>
internal static class OrdinalList
{
    public static bool Contains(IReadOnlyList<string> values, string value)
    {
        foreach (var candidate in values)
        {
            if (string.Equals(candidate, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
