using Microsoft.AspNetCore.Http;
using Patchwarden.Core.Patches;
using Patchwarden.Core.Serialization;
using Patchwarden.Core.Validation;
using Patchwarden.Server.Compliance;
using Patchwarden.Store.Instances;

namespace Patchwarden.Server.Instances;

/// <summary>One page of an instance listing as the store is asked for it, and the page numbers the caller used.</summary>
public sealed record InstanceListRequest(InstanceQuery Query, int Page, int PageSize);

/// <summary>Reads <c>GET /api/v1/instances</c>'s query string: <c>account</c>, <c>patchGroup</c>, <c>os</c>, <c>status</c>, <c>pingStatus</c>, <c>name</c>, <c>sort</c>, <c>page</c>, <c>pageSize</c>.</summary>
public static class InstanceListParameters
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;
    public const int MaxPage = 1_000_000;

    private static readonly string[] StatusNames = [ComplianceNames.Compliant, ComplianceNames.NonCompliant, ComplianceNames.NotScanned];

    private static readonly string[] PingNames = Enum.GetNames<PingStatus>();

    /// <summary>The sort keys as the API spells them; <c>-key</c> sorts descending.</summary>
    public static IReadOnlyList<string> SortNames { get; } =
        [.. Enum.GetNames<InstanceSortKey>().Select(name => char.ToLowerInvariant(name[0]) + name[1..])];

    /// <param name="query">The request's query string.</param>
    /// <param name="onlineSince">Agents heard from at or after this are <c>Online</c>.</param>
    public static Result<InstanceListRequest> Read(IQueryCollection query, DateTimeOffset onlineSince)
    {
        var reader = new QueryReader(query);
        var account = reader.Text("account");
        var patchGroup = reader.Text("patchGroup");
        var name = reader.Text("name");
        var os = reader.Choice<OperatingSystemFamily>("os", WireNames.TryParse, WireNames.All<OperatingSystemFamily>());
        var status = reader.Choice<InstanceComplianceStatus>("status", ComplianceNames.TryParseLoose, StatusNames);
        var ping = reader.Choice<PingStatus>("pingStatus", ComplianceNames.TryParseLoose, PingNames);
        var (sortBy, descending) = ReadSort(reader);
        var page = reader.Number("page", 1, 1, MaxPage);
        var pageSize = reader.Number("pageSize", DefaultPageSize, 1, MaxPageSize);
        if (!reader.IsValid)
        {
            return Result<InstanceListRequest>.Failure(reader.Errors);
        }

        var instanceQuery = new InstanceQuery
        {
            Account = account,
            PatchGroup = patchGroup,
            NameContains = name,
            OperatingSystem = os,
            ComplianceStatus = status,
            Ping = ping is { } pingStatus ? new PingFilter(pingStatus, onlineSince) : null,
            SortBy = sortBy,
            Descending = descending,
            Offset = (page - 1) * pageSize,
            Limit = pageSize,
        };
        return Result<InstanceListRequest>.Success(new InstanceListRequest(instanceQuery, page, pageSize));
    }

    private static (InstanceSortKey Key, bool Descending) ReadSort(QueryReader reader)
    {
        if (reader.Text("sort") is not { } sort)
        {
            return (InstanceSortKey.Id, false);
        }

        var descending = sort.StartsWith('-');
        var name = descending ? sort[1..] : sort;
        // Letters only: Enum.TryParse would also take numbers and comma lists.
        if (name.Length > 0 && name.All(char.IsAsciiLetter) && Enum.TryParse<InstanceSortKey>(name, ignoreCase: true, out var key))
        {
            return (key, descending);
        }

        reader.Fail("sort", $"'{sort}' is not one of {string.Join(", ", SortNames)} (prefix '-' to sort descending)");
        return (InstanceSortKey.Id, false);
    }
}
