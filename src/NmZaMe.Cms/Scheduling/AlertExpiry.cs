using Microsoft.Extensions.Logging;
using NmZaMe.Cms.Catalogue;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Nodes;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Scheduling;

/// <summary>
/// On one node, every <see cref="Interval"/>: services whose alert end date has passed since the last look are committed
/// as a publish of those keys (nothing in them changes), so the page cache, the Delivery API's output cache and ETags,
/// webhooks and other nodes all follow without an editor republishing. Readers already hide the alert on their own
/// (<see cref="ServiceAlert.IsCurrent"/>); this empties what they cached before the end.
/// </summary>
public sealed class AlertExpiry(ISnapshotSource snapshots, ICmsDbContextFactory databases, ContentCommit commit, TimeProvider time, ILogger<AlertExpiry> logger) : ISingleNodeService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    private DateTime? _last;

    public string LeaseName => "alert-expiry";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            await TickAsync(cancellationToken);
        }
        while (await timer.WaitForNextTickAsync(cancellationToken));
    }

    /// <summary>One look: commits the alerts that ended since the previous one (the first look only starts the clock).</summary>
    public async Task<IReadOnlyList<Guid>> TickAsync(CancellationToken cancellationToken = default)
    {
        // The first look waits for the snapshot the start-up loads (it may come after this service starts).
        if (!snapshots.IsLoaded)
        {
            return [];
        }

        var now = time.GetUtcNow().UtcDateTime;
        var since = _last ?? now;
        _last = now;
        var ended = ServiceAlert.EndedBetween(snapshots.Current, since, now).ToList();
        if (ended.Count > 0)
        {
            await using var db = databases.Create();
            await commit.SaveAsync(db, new ContentChange(ContentChangeKind.Published, ended), cancellationToken);
            logger.LogInformation("Alerts ended on {Count} items; caches emptied", ended.Count);
        }

        return ended;
    }
}
