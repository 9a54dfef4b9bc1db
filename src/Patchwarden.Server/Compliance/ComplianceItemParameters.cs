using Microsoft.AspNetCore.Http;
using Patchwarden.Core.Patches;
using Patchwarden.Core.Serialization;
using Patchwarden.Core.Validation;
using Patchwarden.Store.Compliance;

namespace Patchwarden.Server.Compliance;

/// <summary>The output formats of the compliance-item listing.</summary>
public enum ComplianceItemFormat
{
    /// <summary>One page as <c>{ items, next }</c>; follow <c>next</c> with <c>cursor=</c>.</summary>
    Json,

    /// <summary>Every item from the cursor on, one JSON object per line, streamed.</summary>
    JsonLines,

    /// <summary>Every item from the cursor on, RFC 4180 with a header row, streamed.</summary>
    Csv,
}

/// <summary>A compliance-item listing as asked for: the format and the store query (filters, cursor, page size).</summary>
public sealed record ComplianceItemRequest(ComplianceItemFormat Format, ComplianceItemQuery Query);

/// <summary>Reads <c>GET /api/v1/compliance/items</c>'s query string: <c>format</c>, <c>account</c>, <c>patchGroup</c>, <c>instanceId</c>, <c>patchId</c>, <c>state</c>, <c>severity</c>, <c>cursor</c>, <c>pageSize</c>.</summary>
public static class ComplianceItemParameters
{
    public const int DefaultPageSize = 1000;

    private static readonly string[] FormatNames = ["json", "jsonl", "csv"];

    public static Result<ComplianceItemRequest> Read(IQueryCollection query)
    {
        var reader = new QueryReader(query);
        var format = reader.Choice<ComplianceItemFormat>("format", TryParseFormat, FormatNames) ?? ComplianceItemFormat.Json;
        var states = reader.Choices<PatchState>("state", ComplianceNames.TryParseLoose, Enum.GetNames<PatchState>());
        var severity = reader.Choice<ComplianceSeverity>("severity", WireNames.TryParse, WireNames.All<ComplianceSeverity>());
        var pageSize = reader.Number("pageSize", DefaultPageSize, 1, ComplianceItemQuery.MaxLimit);
        ComplianceItemCursor? after = null;
        if (reader.Text("cursor") is { } cursor && !ComplianceItemCursorText.TryDecode(cursor, out after))
        {
            reader.Fail("cursor", "is not a cursor this listing returned; pass the 'next' value of the previous page unchanged");
        }

        var itemQuery = new ComplianceItemQuery
        {
            Account = reader.Text("account"),
            PatchGroup = reader.Text("patchGroup"),
            InstanceId = reader.Text("instanceId"),
            PatchId = reader.Text("patchId"),
            States = states,
            Severity = severity,
            After = after,
            Limit = pageSize,
        };
        return reader.IsValid
            ? Result<ComplianceItemRequest>.Success(new ComplianceItemRequest(format, itemQuery))
            : Result<ComplianceItemRequest>.Failure(reader.Errors);
    }

    private static bool TryParseFormat(string text, out ComplianceItemFormat format)
    {
        format = text.ToLowerInvariant() switch
        {
            "json" => ComplianceItemFormat.Json,
            "jsonl" or "ndjson" => ComplianceItemFormat.JsonLines,
            "csv" => ComplianceItemFormat.Csv,
            _ => (ComplianceItemFormat)(-1),
        };
        return Enum.IsDefined(format);
    }
}
