namespace Patchwarden.Server.Hosting;

/// <summary>Where the server listens and keeps its files (configuration section <c>Server</c>).</summary>
public sealed class ServerOptions
{
    public const string SectionName = "Server";
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The data folder: the SQLite database (unless <c>Store:DataDirectory</c> says otherwise) and <c>admin.token</c>. Relative to the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Where to listen; several separated by <c>;</c>. Port 0 picks a free port.</summary>
    public string Urls { get; set; } = DefaultUrls;

    /// <summary>The largest request body accepted unless an endpoint sets its own limit (413 beyond).</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    public string DataDirectoryPath => Path.GetFullPath(DataDirectory);

    public IReadOnlyList<string> UrlList => Urls.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
