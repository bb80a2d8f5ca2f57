using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace NmZaMe.Web.Tests.Postgres;

/// <summary>
/// A throw-away PostgreSQL cluster from the machine's own binaries, listening on loopback only, with fsync off.
/// There is one per test process: starting a cluster takes seconds, creating a database in it milliseconds, so every
/// test still gets a database of its own. The cluster is stopped and deleted when the process exits; one left behind
/// by a killed process is removed by the next run.
/// A test that stops and starts PostgreSQL takes a dedicated cluster of its own (<see cref="StartDedicatedAsync"/>).
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string Prefix = "nmzame-pg-";

    // Process-wide on purpose (see the summary); Lazy makes parallel tests wait for the one start.
    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync);

    private readonly string _bin;
    private readonly string _root;
    private readonly string _options;
    private readonly string? _user;

    private PostgresServer(int port, string bin, string root, string options, string? user)
    {
        Port = port;
        _bin = bin;
        _root = root;
        _options = options;
        _user = user;
    }

    public int Port { get; }

    /// <summary>The process's server, started on first use. Throws (never skips) when PostgreSQL is not installed.</summary>
    public static Task<PostgresServer> GetAsync() => Shared.Value;

    /// <summary>A cluster of the caller's own, which it may stop and start again; deleted when disposed.</summary>
    public static Task<PostgresServer> StartDedicatedAsync() => StartAsync();

    /// <summary>A fast shutdown, as an operator's restart does it: open sessions are ended, clients see the connection go.</summary>
    public async Task StopAsync() =>
        Check(await ProcessRunner.RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_root, "data"), "-m", "fast", "-w", "-t", "60", "stop"], _root, _user), "pg_ctl stop");

    /// <summary>Starts a stopped cluster again on the same port.</summary>
    public async Task StartAgainAsync() =>
        Check(await ProcessRunner.RunAsync(Path.Combine(_bin, "pg_ctl"),
            ["-D", Path.Combine(_root, "data"), "-l", Path.Combine(_root, "server.log"), "-o", _options, "-w", "-t", "60", "start"], _root, _user), "pg_ctl start");

    public ValueTask DisposeAsync()
    {
        ClusterDirectory.Remove(_root);
        return ValueTask.CompletedTask;
    }

    /// <summary>Creates an empty database with a unique name and returns its Npgsql connection string.</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken = default)
    {
        var name = "nmzame_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(ConnectionString("postgres", pooling: false));
        await connection.OpenAsync(cancellationToken);

        // CREATE DATABASE takes no parameters; the name is generated above, never taken from input.
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return ConnectionString(name, pooling: true);
    }

    private string ConnectionString(string database, bool pooling)
    {
        var builder = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database };
        if (!pooling)
        {
            builder.Pooling = false;
        }

        return builder.ConnectionString;
    }

    private static async Task<PostgresServer> StartAsync()
    {
        var bin = await PostgresBinaries.FindAsync();
        var user = UserSwitch.Needed ? UserSwitch.ServerUser() : null;

        // A root process's TMPDIR may be private to root; /tmp is always reachable by the server user.
        var tempRoot = user is null ? Path.GetTempPath() : "/tmp";
        ClusterDirectory.RemoveStale(tempRoot, Prefix);

        var root = Path.Combine(tempRoot, $"{Prefix}{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        var sockets = Path.Combine(root, "sock");
        Directory.CreateDirectory(sockets);
        if (user is not null)
        {
            Check(await ProcessRunner.RunAsync(ProcessRunner.FindOnPath("chown") ?? "chown", ["-R", user + ":", root], root), "chown");
        }

        try
        {
            await InitAsync(bin, Path.Combine(root, "data"), root, user);
            return await StartServerAsync(bin, root, sockets, user);
        }
        catch
        {
            ClusterDirectory.Remove(root);
            throw;
        }
    }

    private static async Task InitAsync(string bin, string data, string root, string? user)
    {
        string[] common = ["-D", data, "-A", "trust", "-U", "postgres", "--encoding=UTF8"];
        var initdb = Path.Combine(bin, "initdb");
        var withLocale = await ProcessRunner.RunAsync(initdb, [.. common, "--locale=C.UTF-8"], root, user);
        if (withLocale.Succeeded)
        {
            return;
        }

        // Systems without the C.UTF-8 locale: initdb has removed its partial data directory, try again without one.
        var withoutLocale = await ProcessRunner.RunAsync(initdb, [.. common, "--no-locale"], root, user);
        Check(withoutLocale with { Output = withLocale.Output + Environment.NewLine + withoutLocale.Output }, "initdb");
    }

    private static async Task<PostgresServer> StartServerAsync(string bin, string root, string sockets, string? user)
    {
        var log = Path.Combine(root, "server.log");
        var failures = new List<string>();

        // The free port is found before the server binds it, so another process may take it in between: retry.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var port = FreePort();
            var options = $"-k '{sockets}' -h 127.0.0.1 -p {port} -F -c max_connections=200 -c synchronous_commit=off -c full_page_writes=off";
            var result = await ProcessRunner.RunAsync(Path.Combine(bin, "pg_ctl"),
                ["-D", Path.Combine(root, "data"), "-l", log, "-o", options, "-w", "-t", "60", "start"], root, user);
            if (result.Succeeded)
            {
                AppDomain.CurrentDomain.ProcessExit += (_, _) => ClusterDirectory.RemoveOnExit(root);
                return new PostgresServer(port, bin, root, options, user);
            }

            failures.Add(result.Output + Environment.NewLine + (File.Exists(log) ? File.ReadAllText(log) : string.Empty));
        }

        throw new InvalidOperationException("PostgreSQL did not start:" + Environment.NewLine + string.Join(Environment.NewLine, failures));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Check(ProcessRunner.Result result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{what} failed (exit code {result.ExitCode}):{Environment.NewLine}{result.Output}");
        }
    }
}
