using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Patchwarden.Core.Validation;

namespace Patchwarden.Server.Problems;

/// <summary>The API's error answers as RFC 9457 problem details, so every endpoint words them the same way.</summary>
public static class ApiResults
{
    /// <summary>400 with <c>errors</c> keyed by field path (<c>ApprovalRules[0].ComplianceLevel</c>), each with its messages.</summary>
    public static ValidationProblem Validation(IReadOnlyList<ValidationError> errors) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(error => error.Field, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Select(error => error.Message).ToArray(), StringComparer.Ordinal),
            detail: string.Join("; ", errors.Take(3).Select(error => error.ToString())) + (errors.Count > 3 ? $"; and {errors.Count - 3} more" : ""),
            title: "The request is not valid");

    /// <summary>400 for one field.</summary>
    public static ValidationProblem Validation(string field, string message) => Validation([new ValidationError(field, message)]);

    /// <summary>404; also the answer for ids outside the caller's accounts, which must look exactly like missing ones.</summary>
    public static ProblemHttpResult NotFound(string detail) => Problem(StatusCodes.Status404NotFound, "Not found", detail);

    public static ProblemHttpResult Conflict(string detail) => Problem(StatusCodes.Status409Conflict, "Conflict", detail);

    public static ProblemHttpResult Unauthorized(string title, string detail) => Problem(StatusCodes.Status401Unauthorized, title, detail);

    public static ProblemHttpResult UnsupportedMediaType(string detail) => Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", detail);

    public static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);
}
