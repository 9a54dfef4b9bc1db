using System.Text.RegularExpressions;
using Patchwarden.Core.Validation;

namespace Patchwarden.Core.Patches;

/// <summary>Basic sanity of an inventory from an agent or a file: ids, names and versions present, dates plausible, CVE ids well formed.</summary>
public static partial class InventoryValidator
{
    /// <summary>Nothing this system patches was captured or released before this.</summary>
    public static readonly DateTimeOffset Earliest = new(1990, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Clock skew tolerated between the machine that scanned and the vendor's release or install dates.</summary>
    public static readonly TimeSpan Skew = TimeSpan.FromDays(1);

    public static ValidationResult Validate(Inventory inventory)
    {
        var result = new ValidationResult();
        var capturedAt = inventory.CapturedAt;
        if (capturedAt < Earliest)
        {
            result.Add(nameof(Inventory.CapturedAt), $"{capturedAt:O} is before {Earliest:yyyy-MM-dd}; is the clock of the scanning machine set?");
        }

        Each(inventory.Installed, nameof(Inventory.Installed), result, (package, at) =>
        {
            Required(package.Id, at, nameof(InstalledPackage.Id), result);
            Required(package.Name, at, nameof(InstalledPackage.Name), result);
            Required(package.Version, at, nameof(InstalledPackage.Version), result);
            NotAfterCapture(package.InstalledAt, capturedAt, at, nameof(InstalledPackage.InstalledAt), result);
        });
        Each(inventory.Updates, nameof(Inventory.Updates), result, (patch, at) => CheckPatch(patch, capturedAt, at, result));
        CheckIds(inventory.FailedPatchIds, nameof(Inventory.FailedPatchIds), result);
        CheckIds(inventory.PendingRebootPatchIds, nameof(Inventory.PendingRebootPatchIds), result);
        return result;
    }

    private static void CheckPatch(Patch patch, DateTimeOffset capturedAt, ItemPath at, ValidationResult result)
    {
        Required(patch.Id, at, nameof(Patch.Id), result);
        Required(patch.Name, at, nameof(Patch.Name), result);
        Required(patch.Version, at, nameof(Patch.Version), result);
        if (patch.InstalledVersion is { } installedVersion && string.IsNullOrWhiteSpace(installedVersion))
        {
            result.Add(at.Field(nameof(Patch.InstalledVersion)), "must not be empty; leave it out when the package is not installed");
        }

        NotAfterCapture(patch.ReleaseDate, capturedAt, at, nameof(Patch.ReleaseDate), result);
        var cves = patch.CveIds ?? [];
        for (var j = 0; j < cves.Count; j++)
        {
            if (cves[j] is not { } cve || !CveId().IsMatch(cve))
            {
                result.Add($"{at.Field(nameof(Patch.CveIds))}[{j}]", $"'{cves[j]}' is not a CVE id such as CVE-2024-3094");
            }
        }
    }

    private static void Each<T>(IReadOnlyList<T?>? items, string listPath, ValidationResult result, Action<T, ItemPath> check) where T : class
    {
        items ??= [];
        for (var i = 0; i < items.Count; i++)
        {
            var at = new ItemPath(listPath, i);
            if (items[i] is { } item)
            {
                check(item, at);
            }
            else
            {
                result.Add(at.ToString(), "must not be null");
            }
        }
    }

    private static void NotAfterCapture(DateTimeOffset? date, DateTimeOffset capturedAt, ItemPath at, string field, ValidationResult result)
    {
        if (date is not { } value)
        {
            return;
        }

        if (value < Earliest)
        {
            result.Add(at.Field(field), $"{value:O} is before {Earliest:yyyy-MM-dd}; leave it out when it is unknown");
        }
        else if (value > capturedAt + Skew)
        {
            result.Add(at.Field(field), $"{value:O} is after the inventory was captured ({capturedAt:O})");
        }
    }

    private static void CheckIds(IReadOnlyList<string>? ids, string path, ValidationResult result)
    {
        ids ??= [];
        for (var i = 0; i < ids.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(ids[i]))
            {
                result.Add($"{path}[{i}]", "must not be empty");
            }
        }
    }

    private static void Required(string? value, ItemPath at, string field, ValidationResult result)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            result.Add(at.Field(field), "must not be empty");
        }
    }

    /// <summary>Where an item sits (<c>Updates[3]</c>); its text is built only for an error, since inventories hold thousands of valid items.</summary>
    private readonly record struct ItemPath(string List, int Index)
    {
        public string Field(string name) => $"{List}[{Index}].{name}";

        public override string ToString() => $"{List}[{Index}]";
    }

    [GeneratedRegex(@"^CVE-[0-9]{4}-[0-9]{4,}$", RegexOptions.CultureInvariant)]
    private static partial Regex CveId();
}
