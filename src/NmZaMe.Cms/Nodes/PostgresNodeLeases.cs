using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace NmZaMe.Cms.Nodes;

/// <summary>
/// Leases as PostgreSQL session-level advisory locks, all on one dedicated connection of this node. PostgreSQL drops
/// the locks when that connection ends, so a node that dies (or loses the database) hands its leases over by itself:
/// the others take them at their next attempt. The holder checks its connection every
/// <see cref="NodesOptions.LeaseCheckSeconds"/> and, when it is gone, cancels its leases' <see cref="NodeLease.Lost"/>
/// before trying again on a new connection.
/// </summary>
/// <remarks>
/// Advisory locks belong to one database, so nodes of other installations on the same server never compete. Between a
/// database restart and the old holder's next check two nodes can both believe they hold a lease; the work run under
/// one (scheduled publishing) is written to survive running twice.
/// </remarks>
public sealed class PostgresNodeLeases : NodeLeases, IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly TimeSpan _checkInterval;
    private readonly ILogger<PostgresNodeLeases> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private NpgsqlConnection? _connection;
    private Task? _monitor;

    public PostgresNodeLeases(string connectionString, NodesOptions options, ILogger<PostgresNodeLeases> logger)
        : base(options)
    {
        // Not pooled: a pooled connection would keep its locks after being "closed" into the pool.
        _connectionString = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false, ApplicationName = "nmzame-leases", Timeout = 5, CommandTimeout = 10,
        }.ConnectionString;
        _checkInterval = NodesOptions.Seconds(options.LeaseCheckSeconds, 0.05);
        _logger = logger;
    }

    private protected override async Task<bool> TryTakeAsync(NodeLease lease, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            _connection ??= await OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock($1)", _connection);
            command.Parameters.Add(new NpgsqlParameter { Value = lease.Key });
            var taken = await command.ExecuteScalarAsync(cancellationToken) is true;
            _monitor ??= MonitorAsync(_stopping.Token);
            return taken;
        }
        catch (Exception e) when (IsConnectionFailure(e, cancellationToken))
        {
            _logger.LogWarning("Leases: the database cannot be reached ({Message}); trying again in {Seconds:0.#} s", e.Message, RetryInterval.TotalSeconds);
            await DropConnectionAsync();
            return false;
        }
        finally
        {
            _gate.Release();
        }
    }

    private protected override async ValueTask GiveBackAsync(NodeLease lease)
    {
        await _gate.WaitAsync(CancellationToken.None);
        try
        {
            if (_connection is null)
            {
                return;
            }

            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", _connection);
            command.Parameters.Add(new NpgsqlParameter { Value = lease.Key });
            await command.ExecuteScalarAsync(CancellationToken.None);
        }
        catch (Exception e) when (IsConnectionFailure(e, CancellationToken.None))
        {
            // The connection is gone, and the lock with it.
            await DropConnectionAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_monitor is not null)
        {
            await _monitor.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        await _gate.WaitAsync(CancellationToken.None);
        try
        {
            await DropConnectionAsync();
        }
        finally
        {
            _gate.Release();
        }

        _stopping.Dispose();
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task MonitorAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(_checkInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                await _gate.WaitAsync(stopping);
                try
                {
                    if (_connection is null || HeldLeases.Count == 0)
                    {
                        continue;
                    }

                    await using var command = new NpgsqlCommand("SELECT 1", _connection);
                    await command.ExecuteScalarAsync(stopping);
                }
                catch (Exception e) when (IsConnectionFailure(e, stopping))
                {
                    _logger.LogWarning("Leases: the connection that held {Leases} was lost ({Message}); another node may take them over",
                        string.Join(", ", Held), e.Message);
                    await DropConnectionAsync();
                }
                finally
                {
                    _gate.Release();
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    // Called with the gate held.
    private async Task DropConnectionAsync()
    {
        LoseAll();
        if (_connection is { } connection)
        {
            _connection = null;
            await connection.DisposeAsync();
        }
    }

    private static bool IsConnectionFailure(Exception e, CancellationToken cancellationToken) =>
        e is NpgsqlException or TimeoutException or IOException or SocketException or InvalidOperationException
        || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested);
}
