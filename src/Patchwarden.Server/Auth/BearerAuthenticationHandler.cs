using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Patchwarden.Server.Audit;

namespace Patchwarden.Server.Auth;

/// <summary>Authenticates <c>Authorization: Bearer &lt;token&gt;</c> and answers 401 and 403 as problem details.</summary>
public sealed class BearerAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    CallerAuthenticator authenticator,
    IProblemDetailsService problems,
    IAuditLog audit)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    private const string InvalidToken = "The bearer token is not valid, has expired or was revoked.";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        const string prefix = "Bearer ";
        if (!header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("The Authorization header must be 'Bearer <token>'.");
        }

        var caller = await authenticator.AuthenticateAsync(header[prefix.Length..].Trim(), Context.RequestAborted);
        if (caller is null)
        {
            return AuthenticateResult.Fail(InvalidToken);
        }

        Context.SetCaller(caller);
        Claim[] claims =
        [
            new(ClaimTypes.NameIdentifier, caller.PrincipalId),
            new(ClaimTypes.Name, caller.Name),
            new(ClaimTypes.Role, caller.Role.ToString()),
        ];
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = result.Failure is null ? SchemeName : $"{SchemeName} error=\"invalid_token\"";
        await WriteProblemAsync("Authentication required", result.Failure?.Message ?? "Send an API or instance token as 'Authorization: Bearer <token>'.");
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        var caller = Context.GetCaller(); // Forbidden follows a successful authentication, which set the caller.
        if (!HttpMethods.IsGet(Request.Method) && !HttpMethods.IsHead(Request.Method))
        {
            // A refused change is worth knowing about; a refused read is not.
            await audit.RecordAsync(caller, "access.denied", $"{Request.Method} {Request.Path}", null, AuditResults.Denied, Context.RequestAborted);
        }

        await WriteProblemAsync("Forbidden", $"A caller with the role {caller.Role.ToString().ToLowerInvariant()} may not do this.");
    }

    private async Task WriteProblemAsync(string title, string detail) =>
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = Response.StatusCode, Title = title, Detail = detail },
        });
}
