using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Patchwarden.Core.Baselines;
using Patchwarden.Core.Serialization;
using Patchwarden.Core.Validation;
using Patchwarden.Server.Problems;

namespace Patchwarden.Server.Baselines;

/// <summary>Reads a baseline from a request body in Core's PascalCase shape and validates it with the core's validator.</summary>
public static class BaselineDocument
{
    /// <summary>Largest baseline body we read; the biggest valid baseline is a few tens of KB.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>
    /// The validated baseline, or the problem to answer with. <paramref name="id"/> fills in a missing <c>Id</c> (a new
    /// random id on create, the path's id on update); an <c>Id</c> in the body must equal <paramref name="pathId"/> when one is given.
    /// </summary>
    public static async Task<BaselineRead> ReadAsync(HttpRequest request, string id, string? pathId, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return new(null, ApiResults.UnsupportedMediaType("Send the baseline as JSON with 'Content-Type: application/json'."));
        }

        if (request.ContentLength > MaxBytes)
        {
            return new(null, TooLarge());
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var json = await reader.ReadToEndAsync(cancellationToken);
        if (Encoding.UTF8.GetByteCount(json) > MaxBytes)
        {
            return new(null, TooLarge());
        }

        if (string.IsNullOrWhiteSpace(json))
        {
            return new(null, ApiResults.Validation(CoreJson.DocumentField, "the request needs a baseline document as its body"));
        }

        var (withId, idError) = FillId(json, id, pathId);
        if (idError is not null)
        {
            return new(null, ApiResults.Validation([idError]));
        }

        var read = CoreJson.ReadBaseline(withId);
        return read.IsSuccess ? new(read.Value, null) : new(null, ApiResults.Validation(read.Errors));
    }

    private static (string Json, ValidationError? Error) FillId(string json, string id, string? pathId)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false });
        }
        catch (JsonException)
        {
            // Not JSON, or a duplicate field: the strict reader reports it with its line, column or field path.
            return (json, null);
        }

        if (root is not JsonObject document)
        {
            return (json, null);
        }

        if (!document.TryGetPropertyValue(nameof(PatchBaseline.Id), out var given))
        {
            document[nameof(PatchBaseline.Id)] = id;
            return (document.ToJsonString(), null);
        }

        if (pathId is not null && (given is not JsonValue value || !value.TryGetValue<string>(out var text) || text != pathId))
        {
            return (json, new ValidationError(nameof(PatchBaseline.Id), $"must be '{pathId}', the id in the path (or be left out)"));
        }

        return (json, null);
    }

    private static ProblemHttpResult TooLarge() => ApiResults.Problem(
        StatusCodes.Status413PayloadTooLarge, "Baseline too large", $"A baseline document may be at most {MaxBytes / 1024} KiB.");
}

/// <summary>A baseline read from a request: the value, or the problem to answer with.</summary>
public sealed record BaselineRead(PatchBaseline? Baseline, IResult? Problem)
{
    [MemberNotNullWhen(true, nameof(Problem))]
    [MemberNotNullWhen(false, nameof(Baseline))]
    public bool Failed => Problem is not null;
}
