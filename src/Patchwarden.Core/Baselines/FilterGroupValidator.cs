using Patchwarden.Core.Patches;
using Patchwarden.Core.Serialization;
using Patchwarden.Core.Validation;

namespace Patchwarden.Core.Baselines;

/// <summary>Checks one filter group (global filters or a rule's group): filter count, keys allowed for the OS, values and wildcards.</summary>
internal static class FilterGroupValidator
{
    public static void Check(PatchFilterGroup? group, OperatingSystemFamily operatingSystem, string path, bool requireOne, ValidationResult result)
    {
        var filters = group?.PatchFilters ?? [];
        var filtersPath = $"{path}.{nameof(PatchFilterGroup.PatchFilters)}";
        if (filters.Count > BaselineValidator.MaxFiltersPerGroup || (requireOne && filters.Count == 0))
        {
            result.Add(filtersPath, $"has {filters.Count} filters; it must have {(requireOne ? 1 : 0)} to {BaselineValidator.MaxFiltersPerGroup}");
        }

        var seen = new HashSet<PatchFilterKey>();
        for (var i = 0; i < filters.Count; i++)
        {
            var filterPath = $"{filtersPath}[{i}]";
            if (filters[i] is not { } filter)
            {
                result.Add(filterPath, "must not be null");
                continue;
            }

            var keyPath = $"{filterPath}.{nameof(PatchFilter.Key)}";
            if (!PatchFilterKeys.IsAllowed(operatingSystem, filter.Key))
            {
                var allowed = string.Join(", ", PatchFilterKeys.AllowedKeys(operatingSystem).Select(WireNames.Of));
                result.Add(keyPath, $"'{WireNames.Of(filter.Key)}' is not a filter key for {WireNames.Of(operatingSystem)}; allowed: {allowed}");
            }
            else if (!seen.Add(filter.Key))
            {
                // Filters in a group are ANDed; a second filter on the same key is almost always a mistake for "more values".
                result.Add(keyPath, $"'{WireNames.Of(filter.Key)}' appears more than once in this group; put all its values in one filter");
            }

            CheckValues(filter, operatingSystem, $"{filterPath}.{nameof(PatchFilter.Values)}", result);
        }
    }

    private static void CheckValues(PatchFilter filter, OperatingSystemFamily operatingSystem, string path, ValidationResult result)
    {
        var values = filter.Values ?? [];
        if (values.Count is 0 or > BaselineValidator.MaxValuesPerFilter)
        {
            result.Add(path, $"has {values.Count} values; it must have 1 to {BaselineValidator.MaxValuesPerFilter}");
        }

        var vocabulary = PatchFilterKeys.IsAllowed(operatingSystem, filter.Key) ? PatchFilterKeys.AllowedValues(operatingSystem, filter.Key) : null;
        for (var i = 0; i < values.Count; i++)
        {
            if (Problem(values[i], vocabulary, filter.Key, operatingSystem) is { } problem)
            {
                result.Add($"{path}[{i}]", problem);
            }
        }
    }

    private static string? Problem(string? value, IReadOnlyList<string>? vocabulary, PatchFilterKey key, OperatingSystemFamily operatingSystem)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "must not be empty";
        }

        if (value.Length > BaselineValidator.MaxValueLength)
        {
            return $"is {value.Length} characters long; at most {BaselineValidator.MaxValueLength} are allowed";
        }

        if (value.Count(c => c == '*') > 1)
        {
            return $"'{value}' has more than one '*' wildcard";
        }

        if (vocabulary is null || vocabulary.Any(allowed => WildcardPattern.Matches(value, allowed)))
        {
            return null;
        }

        return $"'{value}' is not a {WireNames.Of(key)} value for {WireNames.Of(operatingSystem)}; allowed: {string.Join(", ", vocabulary)}";
    }
}
