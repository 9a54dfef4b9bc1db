namespace Patchwarden.Store.Tests;

public sealed class StoreFactoryTests
{
    [Theory]
    [InlineData(StoreEngine.Postgres, null, null, "ConnectionString")]
    [InlineData(StoreEngine.Postgres, "   ", null, "ConnectionString")]
    [InlineData(StoreEngine.Postgres, "Host=;Database=x", null, "ConnectionString")]
    [InlineData(StoreEngine.Postgres, "Nonsense Keyword=1", null, "ConnectionString")]
    [InlineData(StoreEngine.Sqlite, null, null, "DataDirectory")]
    [InlineData(StoreEngine.Sqlite, "Data Source=:memory:", null, "ConnectionString")]
    [InlineData(StoreEngine.Sqlite, "Bogus=1", null, "ConnectionString")]
    [InlineData((StoreEngine)7, null, "/tmp", "Engine")]
    public void Bad_options_name_the_field_that_is_wrong(StoreEngine engine, string? connectionString, string? dataDirectory, string field)
    {
        var result = PatchwardenStoreFactory.Create(new StoreOptions { Engine = engine, ConnectionString = connectionString, DataDirectory = dataDirectory });

        Assert.False(result.IsSuccess);
        Assert.Equal(field, Assert.Single(result.Errors).Field);
    }

    [Fact]
    public async Task Sqlite_with_a_data_directory_creates_the_folder_and_patchwarden_db_in_it()
    {
        var directory = Path.Combine(Path.GetTempPath(), "pw-factory-" + Guid.NewGuid().ToString("N"), "nested");
        try
        {
            var result = await PatchwardenStoreFactory.OpenAsync(new StoreOptions { DataDirectory = directory }, TestContext.Current.CancellationToken);

            Assert.True(result.IsSuccess);
            await using var store = result.Value;
            Assert.Equal(StoreEngine.Sqlite, store.Engine);
            Assert.True(File.Exists(Path.Combine(directory, PatchwardenStoreFactory.SqliteFileName)));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(directory)!, recursive: true);
        }
    }
}
