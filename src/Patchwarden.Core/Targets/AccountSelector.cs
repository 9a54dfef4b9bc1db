namespace Patchwarden.Core.Targets;

/// <summary><c>account:Name[,Name…]</c>: the instances that belong to one of these accounts.</summary>
public sealed record AccountSelector : TargetSelector
{
    public const string Prefix = "account:";

    public AccountSelector(IReadOnlyList<string> accounts)
    {
        Accounts = SelectorValueRules.Require(accounts, "accounts", SelectorValueRules.CheckAccount, nameof(accounts));
        Text = Prefix + SelectorText.JoinList(Accounts);
    }

    public IReadOnlyList<string> Accounts { get; }

    public override string Text { get; }

    internal override string? Dimension => "account";

    public override bool Matches(TargetInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return OrdinalList.Contains(Accounts, instance.Account);
    }

    public bool Equals(AccountSelector? other) => other is not null && Text == other.Text;

    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);
}
