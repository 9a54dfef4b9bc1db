using System.Net;
using Npgsql;
using Patchwarden.Server.Tests.Fixtures;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Server.Tests.Hosting;

/// <summary><c>/healthz</c> says whether the store answers.</summary>
public abstract class HealthTests(StoreTarget store) : ServerTestBase(store)
{
    [Fact]
    public async Task Health_is_200_without_a_token_when_the_store_answers()
    {
        using var anonymous = Server.CreateClient(token: null);

        using var response = await anonymous.GetAsync("/healthz", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", (await Json.ReadAsync(response)).GetProperty("checks").GetProperty("store").Text("status"));
    }
}

public sealed class SqliteHealthTests() : HealthTests(new SqliteTarget());

public sealed class PostgresHealthTests(PostgresFixture postgres) : HealthTests(new PostgresTarget(postgres))
{
    [Fact]
    public async Task Health_is_503_when_the_database_is_gone()
    {
        var database = new NpgsqlConnectionStringBuilder(Target.ConnectionString);
        var name = database.Database;
        database.Database = "postgres";
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync(Ct);
            await using var drop = new NpgsqlCommand($"DROP DATABASE {name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync(Ct);
        }

        using var anonymous = Server.CreateClient(token: null);
        using var response = await anonymous.GetAsync("/healthz", Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Unhealthy", body, StringComparison.Ordinal);
        Assert.DoesNotContain(name!, body, StringComparison.Ordinal); // Nothing about the database's whereabouts.
    }
}
