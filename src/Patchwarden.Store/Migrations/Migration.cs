namespace Patchwarden.Store.Migrations;

/// <summary>One numbered schema change: <c>NNNN_name.sql</c> embedded per engine.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
