namespace NmZaMe.Cms.Changes;

/// <summary>
/// Whether the start-up reload has run through every change handler, not only loaded the snapshot: a node that
/// answered ready before the slower handlers (the back office's index, the redirect table, the caches) had seen the
/// load would serve requests from their empty state.
/// </summary>
public sealed class StartupWork
{
    private volatile bool done;

    public bool Done => done;

    internal void Complete() => done = true;
}
