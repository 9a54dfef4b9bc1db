using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Patchwarden.Cli.Output;

namespace Patchwarden.Cli.Schedules;

/// <summary>Prints runs as ISO-8601 instants with offset: numbered lines (table), an array of strings (json) or index,occurrence rows (csv).</summary>
internal static class OccurrenceOutput
{
    public const string IsoFormat = "yyyy-MM-dd'T'HH:mm:sszzz";

    public static async Task WriteAsync(TextWriter writer, OutputFormat format, IReadOnlyList<DateTimeOffset> runs, DateTimeOffset after, CancellationToken cancellationToken)
    {
        var texts = runs.Select(run => run.ToString(IsoFormat, CultureInfo.InvariantCulture)).ToList();
        switch (format)
        {
            case OutputFormat.Json:
                await writer.WriteLineAsync(Json(texts).AsMemory(), cancellationToken);
                break;
            case OutputFormat.Csv:
                TableWriter.Write(writer, OutputFormat.Csv, ["index", "occurrence"], texts.Select((text, i) => (IReadOnlyList<string?>)[Index(i), text]));
                break;
            default:
                await WriteTableAsync(writer, texts, after, cancellationToken);
                break;
        }
    }

    private static async Task WriteTableAsync(TextWriter writer, List<string> texts, DateTimeOffset after, CancellationToken cancellationToken)
    {
        if (texts.Count == 0)
        {
            await writer.WriteLineAsync($"no runs after {after.ToString(IsoFormat, CultureInfo.InvariantCulture)}".AsMemory(), cancellationToken);
            return;
        }

        var width = Index(texts.Count - 1).Length;
        for (var i = 0; i < texts.Count; i++)
        {
            await writer.WriteLineAsync($"{Index(i).PadLeft(width)}  {texts[i]}".AsMemory(), cancellationToken);
        }
    }

    private static string Json(List<string> texts)
    {
        // Relaxed escaping keeps '+' in offsets readable; the strings are ISO dates, never HTML.
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var text in texts)
            {
                json.WriteStringValue(text);
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Index(int i) => (i + 1).ToString(CultureInfo.InvariantCulture);
}
