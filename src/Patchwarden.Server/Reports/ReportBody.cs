using System.Buffers;
using System.IO.Compression;
using Microsoft.AspNetCore.Http;
using Patchwarden.Core.Serialization;
using Patchwarden.Server.Problems;

namespace Patchwarden.Server.Reports;

/// <summary>
/// Reads a report body into one buffer, decompressing gzip, and stops at the size limit (counted after decompression)
/// with a 413 that says what the limit is. The buffer is pooled: dispose the result.
/// </summary>
public sealed class ReportBody : IDisposable
{
    private byte[]? _buffer;

    private ReportBody(byte[]? buffer, int length, IResult? problem)
    {
        _buffer = buffer;
        Length = length;
        Problem = problem;
    }

    public IResult? Problem { get; }

    public int Length { get; }

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, Length);

    public static async Task<ReportBody> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return Failed(ApiResults.UnsupportedMediaType("Send the report as JSON with 'Content-Type: application/json' (gzip it with 'Content-Encoding: gzip')."));
        }

        var encoding = request.Headers.ContentEncoding.ToString();
        var gzip = encoding.Equals("gzip", StringComparison.OrdinalIgnoreCase);
        if (encoding.Length > 0 && !gzip)
        {
            return Failed(ApiResults.UnsupportedMediaType($"Content-Encoding '{encoding}' is not supported; send gzip or no encoding."));
        }

        if (!gzip && request.ContentLength > maxBytes)
        {
            return Failed(TooLarge(maxBytes));
        }

        // The request-decompression middleware removes the header when it decompresses; decompress here only when it did not.
        var body = gzip ? new GZipStream(request.Body, CompressionMode.Decompress, leaveOpen: true) : request.Body;
        var limit = (int)Math.Min(maxBytes, Array.MaxLength - 1);
        // Inventories compress about eight to one; starting near the final size saves copies as the buffer grows.
        var expected = request.ContentLength is { } sent ? (gzip ? sent * 8 : sent) : 64 * 1024;
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(expected, 4 * 1024, limit + 1L));
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > limit)
                    {
                        break;
                    }

                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, limit + 1L));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }
        }
        catch (InvalidDataException)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            return Failed(ApiResults.Validation(CoreJson.DocumentField, "the body is not valid gzip data"));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            return Failed(TooLarge(maxBytes));
        }
        finally
        {
            if (gzip)
            {
                await body.DisposeAsync();
            }
        }

        if (length > limit)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            return Failed(TooLarge(maxBytes));
        }

        return new ReportBody(buffer, length, null);
    }

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ReportBody Failed(IResult problem) => new(null, 0, problem);

    /// <summary>413 with the limit in words, so an agent operator knows what to change.</summary>
    public static IResult TooLarge(long maxBytes) => ApiResults.Problem(
        StatusCodes.Status413PayloadTooLarge,
        "Report too large",
        $"A report may be at most {Size(maxBytes)} ({maxBytes} bytes) of JSON after decompression; the limit is Reports:MaxBodyBytes.");

    private static string Size(long bytes) => bytes switch
    {
        _ when bytes % (1024 * 1024) == 0 => $"{bytes / (1024 * 1024)} MiB",
        _ when bytes % 1024 == 0 => $"{bytes / 1024} KiB",
        _ => $"{bytes} bytes",
    };
}
