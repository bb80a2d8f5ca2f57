using NmZaMe.Cms.Changes;

namespace NmZaMe.Cms.Redirects;

/// <summary>
/// Re-reads the redirect table when another node recorded or deleted redirects, and after a reload that was not this
/// node's first (it may have missed such changes). The node that made the change updated its own table already.
/// </summary>
public sealed class RedirectTableRefresh(RedirectTracker tracker) : IContentChangedHandler
{
    public Task HandleAsync(ContentChanged change, CancellationToken cancellationToken) =>
        (change.Kind == ContentChangeKind.RedirectsChanged && change.Change.FromOtherNode) || (change.Kind == ContentChangeKind.Reloaded && change.Before is not null)
            ? tracker.LoadAsync(cancellationToken)
            : Task.CompletedTask;
}
