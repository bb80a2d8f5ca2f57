namespace NmZaMe.Cms.Changes;

/// <summary>
/// A consequence of a committed write that needs the new snapshot: the search index, the redirect table, the site's
/// output cache. Handlers are registered with <see cref="ChangeRegistration.AddContentChangedHandler{T}"/> and run one
/// after the other in the order of registration, once per change, in the order the changes were committed, and after
/// the snapshot's write lock is released. A handler's failure is logged and does not stop the others or undo the write;
/// so a handler that must not be lost (a webhook, an e-mail) is an <see cref="IContentChangeWriter"/> instead.
/// A handler must not commit content itself: that change would wait for the handler it runs in.
/// </summary>
public interface IContentChangedHandler
{
    Task HandleAsync(ContentChanged change, CancellationToken cancellationToken);
}
