using Patchwarden.Core.Serialization;
using Patchwarden.Core.Validation;

namespace Patchwarden.Cli.Baselines;

/// <summary>Reads a JSON document file into a Core type; any problem becomes a one-line usage error naming the file and the fields.</summary>
internal static class DocumentFile
{
    public static async Task<T> ReadAsync<T>(string path, Func<string, Result<T>> read, CancellationToken cancellationToken)
    {
        string json;
        try
        {
            json = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UsageException($"{path}: no such file");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{path}: cannot be read: {e.Message}");
        }

        var result = read(json);
        return result.IsSuccess
            ? result.Value
            : throw new UsageException($"{path}: {string.Join("; ", result.Errors.Select(Describe))}");
    }

    // "$" names the whole document; after the file name it says nothing.
    private static string Describe(ValidationError error) =>
        error.Field == CoreJson.DocumentField ? error.Message : error.ToString();
}
