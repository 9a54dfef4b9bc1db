using System.Globalization;
using Microsoft.AspNetCore.Http;
using Patchwarden.Core.Validation;
using Patchwarden.Server.Compliance;
using Patchwarden.Store.Audit;

namespace Patchwarden.Server.Audit;

/// <summary>Reads <c>GET /api/v1/audit</c>'s query string: <c>since</c>, <c>until</c>, <c>principalId</c>, <c>action</c>, <c>target</c>, <c>account</c>, <c>outcome</c>, <c>before</c>, <c>limit</c>.</summary>
public static class AuditQueryParameters
{
    public const int DefaultLimit = 100;

    public static Result<AuditQuery> Read(IQueryCollection query)
    {
        var reader = new QueryReader(query);
        var since = Time(reader, "since");
        var until = Time(reader, "until");
        var before = Before(reader);
        var audit = new AuditQuery
        {
            Since = since,
            Until = until,
            PrincipalId = reader.Text("principalId"),
            Action = reader.Text("action"),
            Target = reader.Text("target"),
            Account = reader.Text("account"),
            Outcome = reader.Choice<AuditOutcome>("outcome", AuditResults.TryParse, AuditResults.All),
            Before = before,
            Limit = reader.Number("limit", DefaultLimit, 1, AuditQuery.MaxLimit),
        };
        if (since is { } from && until is { } to && to < from)
        {
            reader.Fail("until", "is before 'since'");
        }

        return reader.IsValid ? Result<AuditQuery>.Success(audit) : Result<AuditQuery>.Failure(reader.Errors);
    }

    private static DateTimeOffset? Time(QueryReader reader, string name)
    {
        if (reader.Text(name) is not { } text)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }

        reader.Fail(name, $"'{text}' is not a date and time; write it in ISO 8601, e.g. 2024-05-01T12:00:00Z");
        return null;
    }

    private static long? Before(QueryReader reader)
    {
        if (reader.Text("before") is not { } text)
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
        {
            return id;
        }

        reader.Fail("before", $"'{text}' is not an audit entry id (a positive whole number, the previous page's nextBefore)");
        return null;
    }
}
