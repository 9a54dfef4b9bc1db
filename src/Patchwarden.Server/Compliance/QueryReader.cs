using System.Globalization;
using Microsoft.AspNetCore.Http;
using Patchwarden.Core.Validation;

namespace Patchwarden.Server.Compliance;

/// <summary>Reads query-string parameters strictly: a bad value becomes an error naming the parameter, never a silent default.</summary>
public sealed class QueryReader(IQueryCollection query)
{
    public const int MaxTextLength = 256;

    private readonly List<ValidationError> _errors = [];

    public IReadOnlyList<ValidationError> Errors => _errors;

    public bool IsValid => _errors.Count == 0;

    /// <summary>The parameter's value; null when absent or empty.</summary>
    public string? Text(string name)
    {
        if (Single(name) is not { } value)
        {
            return null;
        }

        if (value.Length > MaxTextLength)
        {
            _errors.Add(new ValidationError(name, $"is {value.Length} characters long; at most {MaxTextLength} are allowed"));
            return null;
        }

        return value;
    }

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>], or <paramref name="fallback"/> when absent.</summary>
    public int Number(string name, int fallback, int min, int max)
    {
        if (Single(name) is not { } value)
        {
            return fallback;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            _errors.Add(new ValidationError(name, $"'{value}' is not a whole number; expected {min} to {max}"));
            return fallback;
        }

        if (number < min || number > max)
        {
            _errors.Add(new ValidationError(name, $"is {number}; it must be {min} to {max}"));
            return fallback;
        }

        return number;
    }

    /// <summary>One of a closed set of names, read by <paramref name="parse"/>; null when absent.</summary>
    public TEnum? Choice<TEnum>(string name, TryParse<TEnum> parse, IReadOnlyList<string> allowed) where TEnum : struct
    {
        if (Single(name) is not { } value)
        {
            return null;
        }

        if (parse(value, out var parsed))
        {
            return parsed;
        }

        _errors.Add(new ValidationError(name, $"'{value}' is not one of {string.Join(", ", allowed)}"));
        return null;
    }

    /// <summary>A comma-separated list of names from a closed set; null when absent.</summary>
    public IReadOnlyList<TEnum>? Choices<TEnum>(string name, TryParse<TEnum> parse, IReadOnlyList<string> allowed) where TEnum : struct
    {
        if (Single(name) is not { } value)
        {
            return null;
        }

        var result = new List<TEnum>();
        foreach (var part in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (parse(part, out var parsed))
            {
                result.Add(parsed);
            }
            else
            {
                _errors.Add(new ValidationError(name, $"'{part}' is not one of {string.Join(", ", allowed)}"));
            }
        }

        return result;
    }

    /// <summary>Adds an error found by the caller (e.g. a cursor that does not decode).</summary>
    public void Fail(string name, string message) => _errors.Add(new ValidationError(name, message));

    private string? Single(string name)
    {
        var values = query[name];
        if (values.Count > 1)
        {
            _errors.Add(new ValidationError(name, "is given more than once; give it once"));
            return null;
        }

        var value = values.Count == 1 ? values[0]?.Trim() : null;
        return string.IsNullOrEmpty(value) ? null : value;
    }
}

/// <summary>Parses one query value into <typeparamref name="T"/>.</summary>
public delegate bool TryParse<T>(string text, out T value);
