using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using NmZaMe.Cms.Changes;

namespace NmZaMe.Cms.Nodes;

/// <summary>
/// Applies other nodes' changes from the <see cref="ChangeLog"/>, in commit order, through the same path a local commit
/// takes (<see cref="ContentCommit.ApplyAsync"/>: the snapshot, then the search index, the redirect table and the page
/// cache). It reads the log when <see cref="ChangeListener"/> hears a notification and at least every
/// <see cref="NodesOptions.PollSeconds"/>, so a lost notification or a database restart only delays a change. A node
/// whose position fell behind the pruned part of the log, or that meets a schema import or a kind of change it does
/// not know, reloads its whole snapshot instead.
/// </summary>
public sealed class ChangeLogApplier(ChangeLog log, ContentCommit commit, ChangeListener listener, NodesOptions options, ILogger<ChangeLogApplier> logger)
    : BackgroundService
{
    private const int Batch = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await log.Loaded.WaitAsync(stoppingToken);
            await ApplyUntilStoppedAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped; the host treats a cancelled background task that it did not stop itself as a failure.
        }
    }

    private async Task ApplyUntilStoppedAsync(CancellationToken stoppingToken)
    {
        var poll = NodesOptions.Seconds(options.PollSeconds, 0.05);
        var failing = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CatchUpAsync(stoppingToken);
                if (failing)
                {
                    logger.LogInformation("The change log is readable again; this node is at change {Position}", log.Position);
                    failing = false;
                }
            }
            catch (Exception e) when (IsDatabaseFailure(e, stoppingToken))
            {
                if (!failing)
                {
                    logger.LogWarning("Cannot read the change log ({Message}); this node keeps serving its snapshot and tries again", e.Message);
                    failing = true;
                }
            }

            await listener.WaitAsync(poll, stoppingToken);
        }
    }

    /// <summary>Applies every change committed after this node's position.</summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        if (log.Position < await log.PrunedThroughAsync(cancellationToken))
        {
            logger.LogWarning("This node was at change {Position}, older than the change log keeps; reloading the whole snapshot", log.Position);
            await log.ReloadAsync(commit, cancellationToken);
        }

        while (true)
        {
            var entries = await log.ReadAfterAsync(log.Position, Batch, cancellationToken);
            foreach (var entry in entries)
            {
                if (entry.Originated == log.NodeId)
                {
                    // Applied when it committed here.
                }
                else if (entry.Change is not { Kind: not ContentChangeKind.SchemaImported } change)
                {
                    logger.LogInformation("Change {Sequence} from {Node} needs the whole snapshot again; reloading", entry.Sequence, entry.Originated);
                    await log.ReloadAsync(commit, cancellationToken);
                    break;
                }
                else
                {
                    await commit.ApplyAsync(change with { FromOtherNode = true }, cancellationToken);
                }

                log.MoveTo(entry.Sequence);
            }

            if (entries.Count < Batch)
            {
                return;
            }
        }
    }

    private static bool IsDatabaseFailure(Exception e, CancellationToken stoppingToken) =>
        e is NpgsqlException or IOException or SocketException or TimeoutException or InvalidOperationException or Microsoft.EntityFrameworkCore.DbUpdateException
        || (e is OperationCanceledException && !stoppingToken.IsCancellationRequested);
}
