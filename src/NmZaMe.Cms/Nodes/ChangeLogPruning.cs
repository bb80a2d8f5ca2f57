using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Nodes;

/// <summary>
/// Deletes change log rows older than <see cref="NodesOptions.ChangeLogRetentionDays"/>, once an hour, on one node.
/// It records the highest sequence deleted (<see cref="ChangeLog.PrunedThroughKey"/>) in the same transaction, so a node
/// that comes back after longer than that knows it has missed changes and reloads.
/// </summary>
public sealed class ChangeLogPruning(ICmsDbContextFactory dbFactory, NodesOptions options, TimeProvider time, ILogger<ChangeLogPruning> logger) : ISingleNodeService
{
    public string LeaseName => "change-log-pruning";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        do
        {
            var pruned = await PruneAsync(time.GetUtcNow().UtcDateTime.AddDays(-Math.Max(0, options.ChangeLogRetentionDays)), cancellationToken);
            if (pruned > 0)
            {
                logger.LogInformation("Pruned {Count} change log rows", pruned);
            }
        }
        while (await timer.WaitForNextTickAsync(cancellationToken));
    }

    /// <summary>Deletes rows written before <paramref name="before"/>; returns how many.</summary>
    public async Task<int> PruneAsync(DateTime before, CancellationToken cancellationToken)
    {
        await using var db = dbFactory.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var through = await db.ChangeLog.Where(r => r.UtcStamp < before).MaxAsync(r => r.Sequence, cancellationToken);
        if (through is not { } last)
        {
            return 0;
        }

        var deleted = await db.ChangeLog.Where(r => r.Sequence <= last).ExecuteDeleteAsync(cancellationToken);
        var marker = await db.KeyValues.FindAsync([ChangeLog.PrunedThroughKey], cancellationToken);
        if (marker is null)
        {
            marker = new KeyValueRecord { Key = ChangeLog.PrunedThroughKey };
            db.KeyValues.Add(marker);
        }

        marker.Value = last.ToString(CultureInfo.InvariantCulture);
        marker.UpdateDate = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }
}
