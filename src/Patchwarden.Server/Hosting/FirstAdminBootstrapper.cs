using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Patchwarden.Server.Tokens;
using Patchwarden.Store;
using Patchwarden.Store.Principals;

namespace Patchwarden.Server.Hosting;

/// <summary>On the first start with an empty store, creates the first admin API token and writes it to <c>DATA_DIR/admin.token</c> (mode 0600).</summary>
public sealed partial class FirstAdminBootstrapper(IPatchwardenStore store, IOptions<ServerOptions> options, TimeProvider time, ILogger<FirstAdminBootstrapper> logger)
{
    public const string TokenFileName = "admin.token";
    public const string PrincipalName = "first-admin";

    /// <summary>The token file's path when this start created the first admin; null when the store had one already.</summary>
    public async Task<string?> RunAsync(CancellationToken cancellationToken)
    {
        var directory = options.Value.DataDirectoryPath;
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, TokenFileName);
        var admin = NewApiToken.Create(PrincipalName, PrincipalRole.Admin, [], time.GetUtcNow(), expiresAt: null, createdBy: null);

        // The file is written before the store commits, so a failure to write it cannot leave an admin nobody holds the token of.
        var pending = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await WriteOwnerOnlyAsync(pending, admin.Token + "\n", cancellationToken);
            if (!await store.Principals.TryCreateFirstAdminAsync(admin.Principal, cancellationToken))
            {
                File.Delete(pending);
                return null;
            }

            File.Move(pending, path, overwrite: true);
        }
        catch
        {
            File.Delete(pending);
            throw;
        }

        LogCreated(logger, admin.Principal.Id, path);
        return path;
    }

    /// <summary>Creates the file readable and writable by its owner only, from the first byte (no window in which others could read it).</summary>
    private static async Task WriteOwnerOnlyAsync(string path, string content, CancellationToken cancellationToken)
    {
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using var stream = new FileStream(path, fileOptions);
        await using var writer = new StreamWriter(stream);
        await writer.WriteAsync(content.AsMemory(), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "First start: created the admin token {PrincipalId} and wrote it to {Path}")]
    private static partial void LogCreated(ILogger logger, string principalId, string path);
}
