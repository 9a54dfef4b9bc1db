using Patchwarden.Store.Engine;

namespace Patchwarden.Store.Accounts;

/// <summary><see cref="IAccountStore"/> in shared SQL.</summary>
internal sealed class SqlAccountStore(StoreDatabase database) : IAccountStore
{
    private const string Insert = """
        INSERT INTO accounts (name, description, created_at) VALUES (@Name, @Description, @CreatedAt)
        ON CONFLICT (name) DO NOTHING
        """;

    private const string SelectAccounts = """
        SELECT name, description, created_at FROM accounts
        """;

    public Task<bool> CreateAsync(Account account, CancellationToken cancellationToken) =>
        database.WriteAsync(async session => await session.ExecuteAsync(Insert, new
        {
            account.Name,
            account.Description,
            CreatedAt = StoreTime.ToMs(account.CreatedAt),
        }) == 1, cancellationToken);

    public Task<IReadOnlyList<Account>> ListAsync(AccountScope scope, CancellationToken cancellationToken) =>
        database.ReadAsync(async session =>
        {
            var filter = new SqlFilter(session.Dialect, scope, "name");
            var rows = await session.QueryAsync<AccountRow>($"{SelectAccounts} {filter.Where()} ORDER BY name", filter.Parameters);
            return (IReadOnlyList<Account>)rows.Select(r => r.ToAccount()).ToList();
        }, cancellationToken);

    public Task<Account?> GetAsync(AccountScope scope, string name, CancellationToken cancellationToken) =>
        database.ReadAsync(async session =>
        {
            var filter = new SqlFilter(session.Dialect, scope, "name").Add("name = @Name", "Name", name);
            var row = await session.QuerySingleOrDefaultAsync<AccountRow>($"{SelectAccounts} {filter.Where()}", filter.Parameters);
            return row?.ToAccount();
        }, cancellationToken);

    private sealed class AccountRow
    {
        public string Name { get; set; } = "";

        public string? Description { get; set; }

        public long CreatedAt { get; set; }

        public Account ToAccount() => new() { Name = Name, Description = Description, CreatedAt = StoreTime.FromMs(CreatedAt) };
    }
}
