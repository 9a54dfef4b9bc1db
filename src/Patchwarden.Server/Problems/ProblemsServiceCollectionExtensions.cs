using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Patchwarden.Server.Problems;

/// <summary>Problem details for every error: unknown routes, wrong methods, unhandled exceptions (500 without internals).</summary>
public static class ProblemsServiceCollectionExtensions
{
    public static IServiceCollection AddPatchwardenProblems(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            // An exception's message and type stay in the log; the client gets the status and the trace id to quote.
            if (context.Exception is not null && context.ProblemDetails.Status >= StatusCodes.Status500InternalServerError)
            {
                context.ProblemDetails.Detail = "The server failed to handle the request; the trace id identifies it in the server's log.";
            }
        });

    /// <summary>Exception handler and status-code pages, both answering with problem details.</summary>
    public static IApplicationBuilder UsePatchwardenProblems(this IApplicationBuilder app) =>
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // A client mistake found while reading the body (too large, malformed) is the client's status, not a 500.
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        })
        .UseStatusCodePages();
}
