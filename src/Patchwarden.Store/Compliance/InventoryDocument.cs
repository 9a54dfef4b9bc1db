using System.IO.Compression;
using System.Text;

namespace Patchwarden.Store.Compliance;

/// <summary>An inventory's JSON, kept gzip-compressed (1,500 installed packages are ~300 KB of JSON, ~10× less gzipped).</summary>
/// <remarks>An agent's gzip request body that is exactly the inventory can be stored as it came, without recompressing.</remarks>
public sealed class InventoryDocument
{
    private InventoryDocument(byte[] gzip) => Gzip = gzip;

    /// <summary>The gzip-compressed UTF-8 JSON as stored.</summary>
    public ReadOnlyMemory<byte> Gzip { get; }

    public static InventoryDocument FromJson(string json) => FromUtf8Json(Encoding.UTF8.GetBytes(json));

    public static InventoryDocument FromUtf8Json(ReadOnlySpan<byte> utf8Json)
    {
        using var buffer = new MemoryStream(utf8Json.Length / 6 + 64);
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(utf8Json);
        }

        return new InventoryDocument(buffer.ToArray());
    }

    /// <summary>Wraps data that is gzip already; it is not checked here, only when read.</summary>
    public static InventoryDocument FromGzip(byte[] gzip) => new(gzip);

    public string ToJson() => Encoding.UTF8.GetString(ToUtf8Json());

    public byte[] ToUtf8Json()
    {
        using var input = new MemoryStream(Gzip.ToArray(), writable: false);
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream(Gzip.Length * 8);
        gzip.CopyTo(output);
        return output.ToArray();
    }
}
