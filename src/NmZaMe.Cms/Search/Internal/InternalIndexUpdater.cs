using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Search.Internal;

/// <summary>
/// Keeps the back office's index in step with the database, as an after-commit handler of the change pipeline: every
/// write of a document or media item commits through it (saved drafts, copies, rollbacks and imports as
/// <see cref="ContentChangeKind.Saved"/>), on this node or another, and the changed items are read again. At start-up
/// (the snapshot's first load) the index on disk is reused when it holds exactly the items the database holds
/// (<see cref="InternalIndex.Matches"/>); otherwise, and on any later reload, every item is read again.
/// </summary>
public sealed class InternalIndexUpdater(InternalIndex index, ICmsDbContextFactory dbFactory, ILogger<InternalIndexUpdater> logger) : IContentChangedHandler
{
    public async Task HandleAsync(ContentChanged change, CancellationToken cancellationToken)
    {
        if (change.Kind == ContentChangeKind.Reloaded || !index.Built)
        {
            if (!index.Built && await ReusableAsync(cancellationToken))
            {
                index.Reuse();
                logger.LogInformation("Back-office index reused from disk: {Documents} documents", index.Count);
                return;
            }

            await RebuildAsync(cancellationToken);
            return;
        }

        if (change.Keys.Count == 0)
        {
            return;
        }

        var keys = change.Keys.Distinct().ToList();
        await using var db = dbFactory.Create();
        var changed = await db.Nodes.AsNoTracking().Where(n => keys.Contains(n.Key)).ToListAsync(cancellationToken);
        index.Update(keys, changed);
    }

    /// <summary>Reads every document and media item again; returns the time it took, which the log records.</summary>
    public async Task<TimeSpan> RebuildAsync(CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await using var db = dbFactory.Create();
        var nodes = await db.Nodes.AsNoTracking().ToListAsync(cancellationToken);
        index.Rebuild(nodes);
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        logger.LogInformation("Back-office index built: {Items} items, {Documents} documents in {Elapsed:0} ms", nodes.Count, index.Count, elapsed.TotalMilliseconds);
        return elapsed;
    }

    /// <summary>Whether the index on disk holds every item as the database holds it now: reads the items' signatures, not their data.</summary>
    private async Task<bool> ReusableAsync(CancellationToken cancellationToken)
    {
        await using var db = dbFactory.Create();
        var rows = await db.Nodes.AsNoTracking().Select(n => new { n.Key, n.Version, n.Trashed, n.Path, n.UpdateDate, n.ContentTypeAlias }).ToListAsync(cancellationToken);
        return index.Matches(rows.ToDictionary(r => r.Key, r => InternalIndex.Signature(r.Version, r.Trashed, r.Path, r.UpdateDate, r.ContentTypeAlias)));
    }
}
