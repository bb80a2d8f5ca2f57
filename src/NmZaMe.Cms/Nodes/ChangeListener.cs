using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Npgsql;
using NmZaMe.Cms.Changes;

namespace NmZaMe.Cms.Nodes;

/// <summary>
/// PostgreSQL <c>LISTEN</c> on the change log's channel, on a dedicated connection that is opened again after the
/// database restarts. It only wakes the <see cref="ChangeLogApplier"/> early: a notification lost while the connection
/// was down costs at most one poll interval, because the applier reads the log after every wait anyway.
/// </summary>
public sealed class ChangeListener : IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly ILogger<ChangeListener> _logger;
    private NpgsqlConnection? _connection;
    private bool _reportedDown;

    public ChangeListener(string connectionString, ILogger<ChangeListener> logger)
    {
        _connectionString = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false, ApplicationName = "nmzame-changes", Timeout = 5, CommandTimeout = 10, KeepAlive = 10,
        }.ConnectionString;
        _logger = logger;
    }

    /// <summary>Returns when a change is notified or <paramref name="timeout"/> has passed, whichever is first; never throws for a lost connection.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            var connection = _connection ??= await ListenAsync(cancellationToken);
            await connection.WaitAsync(timeout, cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or IOException or SocketException or TimeoutException or InvalidOperationException)
        {
            if (!_reportedDown)
            {
                _logger.LogWarning("Change notifications stopped ({Message}); reading the change log every poll until the database is back", e.Message);
                _reportedDown = true;
            }

            await DropAsync();
            await Task.Delay(timeout, cancellationToken);
        }
    }

    public ValueTask DisposeAsync() => new(DropAsync());

    private async Task<NpgsqlConnection> ListenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var listen = new NpgsqlCommand($"LISTEN {ChangeLog.NotifyChannel}", connection);
            await listen.ExecuteNonQueryAsync(cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        if (_reportedDown)
        {
            _logger.LogInformation("Change notifications are back");
            _reportedDown = false;
        }

        return connection;
    }

    private async Task DropAsync()
    {
        if (_connection is { } connection)
        {
            _connection = null;
            await connection.DisposeAsync();
        }
    }
}
