using Microsoft.Extensions.Options;

namespace Patchwarden.Server.Hosting;

/// <summary>Refuses to start with URLs Kestrel cannot listen on or a data folder the server cannot write to.</summary>
public sealed class ServerOptionsValidator : IValidateOptions<ServerOptions>
{
    public ValidateOptionsResult Validate(string? name, ServerOptions options)
    {
        var failures = new List<string>();
        if (options.UrlList.Count == 0)
        {
            failures.Add("Server:Urls is empty; give at least one URL such as http://127.0.0.1:5080");
        }

        foreach (var url in options.UrlList)
        {
            if (!IsListenUrl(url))
            {
                failures.Add($"Server:Urls: '{url}' is not a URL to listen on; expected e.g. http://127.0.0.1:5080 or https://0.0.0.0:443");
            }
        }

        if (options.MaxRequestBodyBytes <= 0)
        {
            failures.Add($"Server:MaxRequestBodyBytes is {options.MaxRequestBodyBytes}; it must be positive");
        }

        if (DataDirectoryProblem(options.DataDirectory) is { } problem)
        {
            failures.Add(problem);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsListenUrl(string url)
    {
        // Kestrel also takes wildcard hosts (http://*:80, http://+:80), which Uri does not parse.
        var parseable = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
        return Uri.TryCreate(parseable, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Length > 0
            && uri.AbsolutePath == "/"
            && uri.Query.Length == 0;
    }

    /// <summary>Creates the folder if needed and proves it writable, so the failure is a clear sentence now rather than an exception later.</summary>
    private static string? DataDirectoryProblem(string directory)
    {
        if (string.IsNullOrWhiteSpace(directory))
        {
            return "Server:DataDirectory is empty";
        }

        try
        {
            var path = Path.GetFullPath(directory);
            Directory.CreateDirectory(path);
            var probe = Path.Combine(path, $".write-test-{Environment.ProcessId}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return $"Server:DataDirectory '{directory}' is not a writable folder: {e.Message}";
        }
    }
}
