using System.Diagnostics.CodeAnalysis;
using System.Text;
using Microsoft.AspNetCore.Http;
using Patchwarden.Core.Serialization;
using Patchwarden.Server.Hosting;

namespace Patchwarden.Server.Problems;

/// <summary>Reads a request's JSON body strictly; every mistake becomes a 4xx problem naming the field, never a 500 or a silent default.</summary>
public static class JsonBody
{
    /// <summary>The body as <typeparamref name="T"/>, or the problem to answer with (415 not JSON, 400 with field paths).</summary>
    /// <remarks>A body over the size limit throws the framework's 413 exception, which the error handler answers.</remarks>
    public static async Task<JsonBody<T>> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return new(null, ApiResults.UnsupportedMediaType("Send the body as JSON with 'Content-Type: application/json'."));
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var json = await reader.ReadToEndAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(json))
        {
            return new(null, ApiResults.Validation(CoreJson.DocumentField, "the request needs a JSON body"));
        }

        var read = CoreJson.Read<T>(json, ApiJson.Options);
        return read.IsSuccess ? new(read.Value, null) : new(null, ApiResults.Validation(read.Errors));
    }
}

/// <summary>A request body read by <see cref="JsonBody.ReadAsync{T}"/>: the value, or the problem to answer with.</summary>
public sealed class JsonBody<T> where T : class
{
    internal JsonBody(T? value, IResult? problem)
    {
        Value = value;
        Problem = problem;
    }

    public T? Value { get; }

    public IResult? Problem { get; }

    [MemberNotNullWhen(true, nameof(Problem))]
    [MemberNotNullWhen(false, nameof(Value))]
    public bool Failed => Problem is not null;
}
