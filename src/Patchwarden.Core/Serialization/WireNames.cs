using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json.Serialization;
using Patchwarden.Core.Patches;

namespace Patchwarden.Core.Serialization;

/// <summary>The JSON names of an enum's members: the <see cref="JsonStringEnumMemberNameAttribute"/> name, else the member name.</summary>
public static class WireNames
{
    /// <summary>The JSON name of <paramref name="value"/>, e.g. <c>MSRC_SEVERITY</c> for <c>PatchFilterKey.MsrcSeverity</c>.</summary>
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Table<TEnum>.ByValue.TryGetValue(value, out var name) ? name : value.ToString();

    /// <summary>Every JSON name of <typeparamref name="TEnum"/> in the order people expect to read them.</summary>
    public static IReadOnlyList<string> All<TEnum>() where TEnum : struct, Enum => Table<TEnum>.Names;

    /// <summary>Every JSON name of the enum type <paramref name="enumType"/>, for callers that only have a <see cref="Type"/>.</summary>
    public static IReadOnlyList<string> All(Type enumType) =>
        (IReadOnlyList<string>)typeof(WireNames).GetMethod(nameof(All), 1, Type.EmptyTypes)!
            .MakeGenericMethod(enumType).Invoke(null, null)!; // The generic All<TEnum>() exists and never returns null.

    /// <summary>Finds the member whose JSON name is <paramref name="name"/>, ignoring case (names never differ by case alone).</summary>
    public static bool TryParse<TEnum>(string name, out TEnum value) where TEnum : struct, Enum =>
        Table<TEnum>.ByName.TryGetValue(name, out value);

    // One immutable table per enum type, built on first use.
    private static class Table<TEnum> where TEnum : struct, Enum
    {
        public static readonly IReadOnlyList<string> Names;
        public static readonly FrozenDictionary<TEnum, string> ByValue;
        public static readonly FrozenDictionary<string, TEnum> ByName;

        static Table()
        {
            var members = typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(field => (
                    Value: (TEnum)field.GetValue(null)!, // Enum fields always hold a boxed value of the enum.
                    Name: field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? field.Name))
                .ToList();

            // Severities are declared least to most severe (so Max works) but read most severe first, as the proven model lists them.
            if (typeof(TEnum) == typeof(ComplianceSeverity))
            {
                members.Reverse();
            }

            Names = members.Select(member => member.Name).ToArray();
            ByValue = members.ToFrozenDictionary(member => member.Value, member => member.Name);
            ByName = members.ToFrozenDictionary(member => member.Name, member => member.Value, StringComparer.OrdinalIgnoreCase);
        }
    }
}
