namespace Patchwarden.Core.Validation;

/// <summary>A value, or the validation errors that prevented it.</summary>
public readonly record struct Result<T>
{
    private readonly T? _value;

    private Result(T? value, IReadOnlyList<ValidationError> errors)
    {
        _value = value;
        Errors = errors;
    }

    public IReadOnlyList<ValidationError> Errors { get; }

    public bool IsSuccess => Errors is null || Errors.Count == 0;

    /// <summary>The value; throws when the result is a failure (a bug in the caller).</summary>
    public T Value => IsSuccess
        ? _value!  // IsSuccess means the success constructor ran with a non-null value.
        : throw new InvalidOperationException($"Result has errors: {string.Join("; ", Errors)}");

    public static Result<T> Success(T value) => new(value, []);

    public static Result<T> Failure(IReadOnlyList<ValidationError> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new(default, errors);

    public static Result<T> Failure(string field, string message) => new(default, [new ValidationError(field, message)]);
}
