using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Patchwarden.Store;
using Patchwarden.Store.Compliance;

namespace Patchwarden.Server.Compliance;

/// <summary>
/// Streams every compliance item from the query's cursor on as JSON lines or CSV, one store page at a time, so an
/// export of a large fleet never sits in memory; each page is flushed before the next is read.
/// </summary>
public sealed class ComplianceItemsExport(IPatchwardenStore store, AccountScope scope, ComplianceItemRequest request) : IResult
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var cancellationToken = httpContext.RequestAborted;
        var csv = request.Format == ComplianceItemFormat.Csv;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = csv ? "text/csv; charset=utf-8" : "application/jsonl; charset=utf-8";
        if (csv)
        {
            response.Headers.ContentDisposition = "attachment; filename=\"compliance-items.csv\"";
        }

        var jsonOptions = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        await using var writer = new StreamWriter(response.Body, Utf8, bufferSize: 64 * 1024, leaveOpen: true);
        var line = new StringBuilder(512);
        if (csv)
        {
            await writer.WriteAsync(ComplianceItemCsv.Header.AsMemory(), cancellationToken);
            await writer.WriteAsync("\r\n".AsMemory(), cancellationToken);
        }

        var query = request.Query;
        while (true)
        {
            var page = await store.Compliance.ListItemsAsync(scope, query, cancellationToken);
            foreach (var item in page.Items)
            {
                line.Clear();
                var itemResponse = ComplianceItemResponse.From(item);
                if (csv)
                {
                    ComplianceItemCsv.AppendLine(line, itemResponse);
                    line.Append("\r\n");
                }
                else
                {
                    line.Append(JsonSerializer.Serialize(itemResponse, jsonOptions)).Append('\n');
                }

                await writer.WriteAsync(line, cancellationToken);
            }

            await writer.FlushAsync(cancellationToken);
            if (page.Next is null)
            {
                return;
            }

            query = query with { After = page.Next };
        }
    }
}
