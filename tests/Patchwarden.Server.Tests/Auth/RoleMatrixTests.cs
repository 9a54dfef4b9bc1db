using System.Net;
using Patchwarden.Server.Tests.Fixtures;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Server.Tests.Auth;

/// <summary>
/// Who may call what (DESIGN.md §1): each row is an endpoint and the status each kind of caller gets. Callers are tried
/// from the least to the most privileged, so a write refused to one caller is proven not to have happened when the
/// admin's identical request then succeeds (a second account with the same name would be 409).
/// </summary>
public abstract class RoleMatrixTests(StoreTarget store) : ServerTestBase(store)
{
    public static TheoryData<string, string?, int, int, int, int, int, int> Matrix => new()
    {
        // endpoint                                   body                                                   none instance opB  opA  auditor admin
        { "GET /api/v1/accounts",                      null,                                                  401, 403,     200, 200, 200,    200 },
        { "GET /api/v1/accounts/team-a",               null,                                                  401, 403,     404, 200, 200,    200 },
        { "POST /api/v1/accounts",                     """{"name":"new-team"}""",                             401, 403,     403, 403, 403,    201 },
        { "GET /api/v1/tokens",                        null,                                                  401, 403,     403, 403, 403,    200 },
        { "GET /api/v1/tokens/{spareToken}",           null,                                                  401, 403,     403, 403, 403,    200 },
        { "POST /api/v1/tokens",                       """{"name":"ci","role":"auditor"}""",                  401, 403,     403, 403, 403,    201 },
        { "DELETE /api/v1/tokens/{spareToken}",        null,                                                  401, 403,     403, 403, 403,    204 },
        { "GET /api/v1/activations",                   null,                                                  401, 403,     200, 200, 200,    200 },
        { "GET /api/v1/activations/{activationA}",     null,                                                  401, 403,     404, 200, 200,    200 },
        { "POST /api/v1/activations",                  """{"account":"team-a","tags":{"Patch Group":"db"}}""", 401, 403,     403, 403, 403,    201 },
        { "DELETE /api/v1/activations/{activationA}",  null,                                                  401, 403,     403, 403, 403,    204 },
        { "POST /api/v1/agent/heartbeat",              "{}",                                                  401, 200,     403, 403, 403,    403 },
        { "GET /api/v1/audit",                         null,                                                  401, 403,     403, 403, 200,    200 },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_caller_gets_the_status_its_role_and_accounts_allow(
        string endpoint, string? body, int none, int instance, int operatorB, int operatorA, int auditor, int admin)
    {
        var callers = await Callers.CreateAsync(Server);
        var spareToken = (await Server.CreateTokenAsync("auditor")).Id;
        var activationA = (await Server.CreateActivationAsync(Callers.AccountA)).Id;
        var (method, path) = (endpoint.Split(' ')[0], endpoint.Split(' ')[1].Replace("{spareToken}", spareToken, StringComparison.Ordinal).Replace("{activationA}", activationA, StringComparison.Ordinal));
        int[] expected = [none, instance, operatorB, operatorA, auditor, admin];

        var actual = new List<string>();
        foreach (var caller in Callers.Names)
        {
            using var client = Server.CreateClient(callers.Token(caller));
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = body is null ? null : Json.Body(body) };
            using var response = await client.SendAsync(request, Ct);
            actual.Add($"{caller}={(int)response.StatusCode}");
            if (!response.IsSuccessStatusCode)
            {
                Assert.True(Json.IsProblem(response), $"{caller}: {(int)response.StatusCode} is not problem details");
            }

            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
            }
        }

        Assert.Equal(Callers.Names.Select((caller, i) => $"{caller}={expected[i]}"), actual);
    }
}

public sealed class SqliteRoleMatrixTests() : RoleMatrixTests(new SqliteTarget());

public sealed class PostgresRoleMatrixTests(PostgresFixture postgres) : RoleMatrixTests(new PostgresTarget(postgres));
