using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

[assembly: AssemblyFixture(typeof(Patchwarden.Store.Tests.Fixtures.PostgresFixture))]

namespace Patchwarden.Store.Tests.Fixtures;

/// <summary>
/// One PostgreSQL server for the whole test assembly: the one named by <c>PATCHWARDEN_TEST_POSTGRES</c>, or a
/// throwaway cluster started here from the installed binaries (RECIPES.md) and deleted afterwards.
/// Every test gets its own database from <see cref="CreateDatabaseAsync"/>.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public const string EnvironmentVariable = "PATCHWARDEN_TEST_POSTGRES";
    public const string NotInstalled = "PostgreSQL not installed: apt-get install postgresql";

    private string? _clusterDirectory;
    private string? _binDirectory;
    private string? _adminConnectionString;
    private bool _runAsPostgresUser;

    /// <summary>Null when PostgreSQL can be used; otherwise why not (tests skip with this message).</summary>
    public string? Unavailable { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            _adminConnectionString = configured;
            return;
        }

        _binDirectory = FindBinDirectory();
        if (_binDirectory is null)
        {
            Unavailable = NotInstalled;
            return;
        }

        await StartClusterAsync(_binDirectory);
    }

    /// <summary>A new empty database; dispose the result to drop it.</summary>
    public async Task<TestPostgresDatabase> CreateDatabaseAsync()
    {
        if (Unavailable is not null || _adminConnectionString is null)
        {
            throw new InvalidOperationException(Unavailable ?? "The PostgreSQL fixture is not initialized.");
        }

        var name = "pw_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(_adminConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name };
        return new TestPostgresDatabase(builder.ConnectionString, () => DropDatabaseAsync(name));
    }

    public async ValueTask DisposeAsync()
    {
        if (_clusterDirectory is null || _binDirectory is null)
        {
            return;
        }

        await RunAsync(Path.Combine(_binDirectory, "pg_ctl"), ["-D", Path.Combine(_clusterDirectory, "data"), "-m", "immediate", "-w", "stop"], throwOnError: true, _runAsPostgresUser);
        Directory.Delete(_clusterDirectory, recursive: true);
    }

    private async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static string? FindBinDirectory()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.GetDirectories(root)
            .Select(d => (Dir: d, Version: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1))
            .Where(d => d.Version > 0 && File.Exists(Path.Combine(d.Dir, "bin", "initdb")))
            .OrderByDescending(d => d.Version)
            .Select(d => Path.Combine(d.Dir, "bin"))
            .FirstOrDefault();
    }

    private async Task StartClusterAsync(string bin)
    {
        var directory = Directory.CreateTempSubdirectory("pw-postgres-").FullName;
        _clusterDirectory = directory;
        _runAsPostgresUser = Environment.UserName == "root";
        var asRoot = _runAsPostgresUser;
        if (asRoot)
        {
            // initdb refuses to run as root; the cluster belongs to the postgres user, as in RECIPES.md.
            await RunAsync("chown", ["postgres:postgres", directory], throwOnError: true);
        }

        var data = Path.Combine(directory, "data");
        await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], throwOnError: true, asRoot);
        var port = FreeLoopbackPort();
        var serverOptions = $"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200";
        await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "30", "-o", serverOptions, "start"], throwOnError: true, asRoot);
        _adminConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, bool throwOnError, bool asPostgres = false)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres)
        {
            foreach (var a in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (throwOnError && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output}{await error}");
        }
    }
}

/// <summary>A database created for one test; disposing it drops it.</summary>
public sealed class TestPostgresDatabase(string connectionString, Func<Task> drop) : IAsyncDisposable
{
    public string ConnectionString { get; } = connectionString;

    public async ValueTask DisposeAsync() => await drop();
}
