using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using Patchwarden.Server.Hosting;

namespace Patchwarden.Server.Problems;

/// <summary>
/// Answers 413 for a body over the limit: <c>Server:MaxRequestBodyBytes</c>, or the endpoint's own
/// <c>.WithRequestSizeLimit(...)</c>/<see cref="IRequestSizeLimitMetadata"/>. Enforced here as well as in Kestrel so that
/// chunked bodies, the test server and every endpoint behave the same, with a problem-details answer.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<ServerOptions> options, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } metadata
            ? metadata.MaxRequestBodySize
            : options.Value.MaxRequestBodyBytes;
        if (limit is not { } max)
        {
            await next(context); // The endpoint disabled the limit.
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = max;
        }

        if (context.Request.ContentLength > max)
        {
            await WriteTooLargeAsync(context, max);
            return;
        }

        if (context.Request.ContentLength is null && context.Request.Body.CanRead)
        {
            context.Request.Body = new LengthLimitedStream(context.Request.Body, max);
        }

        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            await WriteTooLargeAsync(context, max);
        }
    }

    private async Task WriteTooLargeAsync(HttpContext context, long max)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "Request body too large",
                Detail = $"The request body is larger than this endpoint accepts ({max} bytes).",
            },
        });
    }
}
