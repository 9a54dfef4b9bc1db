using Microsoft.AspNetCore.Http;

namespace Patchwarden.Server.Auth;

/// <summary>Reaches the authenticated <see cref="Caller"/> of a request.</summary>
public static class HttpContextCallerExtensions
{
    private static readonly object Key = new();

    /// <summary>The authenticated caller; endpoints are only reached when authentication succeeded.</summary>
    public static Caller GetCaller(this HttpContext context) =>
        context.Items.TryGetValue(Key, out var value) && value is Caller caller
            ? caller
            : throw new InvalidOperationException("The request has no authenticated caller; is the endpoint missing RequireAuthorization?");

    internal static void SetCaller(this HttpContext context, Caller caller) => context.Items[Key] = caller;
}
