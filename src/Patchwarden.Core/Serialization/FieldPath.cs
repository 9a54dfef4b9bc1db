namespace Patchwarden.Core.Serialization;

/// <summary>Builds the field paths errors are reported on: <c>ApprovalRules[0].PatchFilterGroup</c>, no leading <c>$</c>.</summary>
internal static class FieldPath
{
    public static string Property(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    /// <summary>Turns the serializer's <c>$.ApprovalRules[0]['Key']</c> into <c>ApprovalRules[0].Key</c>.</summary>
    public static string FromJsonPath(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
        {
            return CoreJson.DocumentField;
        }

        var path = jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');
        return path.Replace("['", ".", StringComparison.Ordinal).Replace("']", "", StringComparison.Ordinal).TrimStart('.');
    }
}
