using System.Net;
using Patchwarden.Server.Tests.Fixtures;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Server.Tests.Compliance;

/// <summary>A bad query value is a 400 naming the parameter, never a silent default or a 500.</summary>
public abstract class QueryValidationTests(StoreTarget store) : ServerTestBase(store)
{
    [Theory]
    [InlineData("/api/v1/instances?status=bogus", "status")]
    [InlineData("/api/v1/instances?status=COMPLIANT&status=NON_COMPLIANT", "status")]
    [InlineData("/api/v1/instances?os=PLAN9", "os")]
    [InlineData("/api/v1/instances?pingStatus=maybe", "pingStatus")]
    [InlineData("/api/v1/instances?sort=colour", "sort")]
    [InlineData("/api/v1/instances?sort=-3", "sort")]
    [InlineData("/api/v1/instances?page=0", "page")]
    [InlineData("/api/v1/instances?page=two", "page")]
    [InlineData("/api/v1/instances?pageSize=501", "pageSize")]
    [InlineData("/api/v1/instances?pageSize=-1", "pageSize")]
    [InlineData("/api/v1/compliance/summary?top=101", "top")]
    [InlineData("/api/v1/compliance/items?format=xml", "format")]
    [InlineData("/api/v1/compliance/items?state=Missing,Broken", "state")]
    [InlineData("/api/v1/compliance/items?severity=SEVERE", "severity")]
    [InlineData("/api/v1/compliance/items?pageSize=0", "pageSize")]
    [InlineData("/api/v1/compliance/items?pageSize=5001", "pageSize")]
    [InlineData("/api/v1/compliance/items?cursor=not-a-cursor", "cursor")]
    public async Task A_bad_value_is_400_naming_the_parameter(string path, string parameter)
    {
        using var admin = Server.CreateAdminClient();

        using var response = await admin.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(Json.IsProblem(response));
        var errors = (await Json.ReadAsync(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty(parameter, out _), errors.ToString());
    }

    [Theory]
    [InlineData("/api/v1/instances?status=non_compliant&os=debian&pingStatus=ConnectionLost&sort=-nonCompliantCount&page=3&pageSize=500")]
    [InlineData("/api/v1/instances?status=NOT_SCANNED&sort=patchGroup")]
    [InlineData("/api/v1/compliance/summary?top=0")]
    [InlineData("/api/v1/compliance/items?format=jsonl&state=missing,Failed&severity=critical&pageSize=5000")]
    public async Task Good_values_in_any_case_are_accepted(string path)
    {
        using var admin = Server.CreateAdminClient();

        using var response = await admin.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

public sealed class SqliteQueryValidationTests() : QueryValidationTests(new SqliteTarget());

public sealed class PostgresQueryValidationTests(PostgresFixture fixture) : QueryValidationTests(new PostgresTarget(fixture));
