namespace Patchwarden.Core.Validation;

/// <summary>One problem with an input value, named by the path of the field that holds it.</summary>
/// <param name="Field">Path of the field, e.g. <c>ApprovalRules[2].PatchFilters[0].Values[1]</c>.</param>
/// <param name="Message">What is wrong and, where it helps, what would be right.</param>
public sealed record ValidationError(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}
