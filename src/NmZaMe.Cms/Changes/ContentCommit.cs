using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Changes;

/// <summary>
/// The one way a write reaches readers: the registered writers add their rows, the use case's changes are saved (one
/// transaction), the published snapshot re-reads the changed items, and the after-commit handlers run. Use cases call
/// <see cref="SaveAsync(CmsDbContext, ContentChange, CancellationToken)"/> where they used to call SaveChanges.
/// </summary>
/// <remarks>
/// Changes reach the handlers in the order their snapshots were swapped in: the next change may re-read the database
/// while the handlers of the previous one still run, but its own handlers wait for them. So an index or a cache never
/// goes back to an older state of an item that changed twice in quick succession.
/// </remarks>
public sealed class ContentCommit(PublishedSnapshotService snapshots, IEnumerable<IContentChangeWriter> writers, ContentChangePipeline pipeline)
{
    private readonly IContentChangeWriter[] _writers = [.. writers];
    private readonly SemaphoreSlim _swapTurn = new(1, 1);
    private readonly SemaphoreSlim _handlerTurn = new(1, 1);

    /// <summary>Saves the context's pending changes with the writers' rows, then refreshes the snapshot and runs the handlers.</summary>
    public Task SaveAsync(CmsDbContext db, ContentChange change, CancellationToken cancellationToken = default) =>
        SaveAsync(db, change, ct => db.SaveChangesAsync(ct), cancellationToken);

    /// <summary>
    /// For a write that needs more than one SaveChanges (a new node learns its id before its path is set): the writers'
    /// rows are added first, so <paramref name="save"/>'s first SaveChanges stores them, inside the transaction it opens.
    /// Whatever <paramref name="save"/> throws comes back unchanged and nothing else runs.
    /// </summary>
    public async Task SaveAsync(CmsDbContext db, ContentChange change, Func<CancellationToken, Task> save, CancellationToken cancellationToken = default)
    {
        foreach (var writer in _writers)
        {
            await writer.WriteAsync(db, change, cancellationToken);
        }

        await save(cancellationToken);
        // The write has committed: readers must follow even if the caller has given up meanwhile.
        await ApplyAsync(change, CancellationToken.None);
    }

    /// <summary>
    /// Refreshes the snapshot for a change already committed (by <see cref="SaveAsync(CmsDbContext, ContentChange, CancellationToken)"/>,
    /// or by another node) and runs the handlers.
    /// </summary>
    public Task ApplyAsync(ContentChange change, CancellationToken cancellationToken = default) =>
        InOrderAsync(change, () => change.Kind is ContentChangeKind.Deleted or ContentChangeKind.Saved || change.Keys.Count == 0
            ? Task.FromResult(new SnapshotSwap(snapshots.Current, snapshots.Current))
            : snapshots.RefreshAsync(change.Keys, cancellationToken), cancellationToken);

    /// <summary>Loads the whole snapshot from the database (at start-up) and runs the handlers with a <see cref="ContentChangeKind.Reloaded"/> change.</summary>
    public Task ReloadAsync(CancellationToken cancellationToken = default) =>
        InOrderAsync(new ContentChange(ContentChangeKind.Reloaded, []), () => snapshots.LoadAsync(cancellationToken), cancellationToken);

    private async Task InOrderAsync(ContentChange change, Func<Task<SnapshotSwap>> swap, CancellationToken cancellationToken)
    {
        SnapshotSwap swapped;
        await _swapTurn.WaitAsync(cancellationToken);
        try
        {
            swapped = await swap();
            // Taken before the next swap may start, so handlers run in the order of the swaps.
            await _handlerTurn.WaitAsync(CancellationToken.None);
        }
        finally
        {
            _swapTurn.Release();
        }

        try
        {
            await pipeline.RunAsync(new ContentChanged(change, swapped.Before, swapped.After), cancellationToken);
        }
        finally
        {
            _handlerTurn.Release();
        }
    }
}
