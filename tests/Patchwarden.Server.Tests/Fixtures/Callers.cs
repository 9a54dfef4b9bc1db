namespace Patchwarden.Server.Tests.Fixtures;

/// <summary>
/// The six kinds of caller of the role × endpoint matrix, set up on one server: the first admin, an auditor, an operator
/// of account A, an operator of account B, an instance registered in account A, and nobody.
/// </summary>
public sealed record Callers(string Admin, string Auditor, string OperatorA, string OperatorB, RegisteredInstance Instance)
{
    public const string AccountA = "team-a";
    public const string AccountB = "team-b";

    public static IReadOnlyList<string> Names { get; } = ["none", "instance", "operatorB", "operatorA", "auditor", "admin"];

    public static async Task<Callers> CreateAsync(PatchwardenFactory server)
    {
        await server.CreateAccountAsync(AccountA);
        await server.CreateAccountAsync(AccountB);
        return new Callers(
            server.AdminToken,
            (await server.CreateTokenAsync("auditor")).Token,
            (await server.CreateTokenAsync("operator", AccountA)).Token,
            (await server.CreateTokenAsync("operator", AccountB)).Token,
            await server.RegisterInstanceAsync(AccountA));
    }

    /// <summary>The bearer token of the named caller; null for <c>none</c>.</summary>
    public string? Token(string name) => name switch
    {
        "admin" => Admin,
        "auditor" => Auditor,
        "operatorA" => OperatorA,
        "operatorB" => OperatorB,
        "instance" => Instance.Token,
        "none" => null,
        _ => throw new ArgumentException($"No caller named {name}.", nameof(name)),
    };
}
