namespace Patchwarden.Core.Validation;

/// <summary>Every problem found in an input; valid when there are none.</summary>
public sealed class ValidationResult
{
    private readonly List<ValidationError> _errors = [];

    public static ValidationResult Valid { get; } = new();

    public IReadOnlyList<ValidationError> Errors => _errors;

    public bool IsValid => _errors.Count == 0;

    public ValidationResult Add(string field, string message)
    {
        _errors.Add(new ValidationError(field, message));
        return this;
    }

    public ValidationResult AddRange(IEnumerable<ValidationError> errors)
    {
        _errors.AddRange(errors);
        return this;
    }

    public override string ToString() => string.Join("; ", _errors);
}
