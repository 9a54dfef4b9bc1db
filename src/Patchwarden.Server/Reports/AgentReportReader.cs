using System.Text;
using System.Text.Json;
using Patchwarden.Core.Serialization;
using Patchwarden.Core.Validation;

namespace Patchwarden.Server.Reports;

/// <summary>Reads a report body strictly with Core's JSON options: one fast pass for a good body, every problem by field path for a bad one.</summary>
public static class AgentReportReader
{
    public static Result<AgentReport> Read(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return JsonSerializer.Deserialize<AgentReport>(utf8Json, CoreJson.Options) is { } report
                ? Result<AgentReport>.Success(report)
                : Result<AgentReport>.Failure(CoreJson.DocumentField, "expected a report object, found null");
        }
        catch (JsonException)
        {
            // Only a bad body pays for the text copy: Core's reader walks it again and names every problem.
            return CoreJson.Read<AgentReport>(Encoding.UTF8.GetString(utf8Json));
        }
    }

    /// <summary>
    /// The inventory's own JSON inside a body <see cref="Read"/> accepted, as sent: storing these bytes costs a gzip
    /// pass, where serializing the parsed inventory again would cost several times more.
    /// </summary>
    public static ReadOnlySpan<byte> InventoryJson(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isInventory = reader.ValueTextEquals("inventory"u8);
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            if (isInventory)
            {
                return utf8Json[start..(int)reader.BytesConsumed];
            }
        }

        throw new ArgumentException("The body has no inventory; read it with Read first.", nameof(utf8Json));
    }
}
