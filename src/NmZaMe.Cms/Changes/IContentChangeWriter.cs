using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Changes;

/// <summary>
/// A consequence of a write that must be stored in the same database transaction as the write itself, so that neither
/// exists without the other: a change log for other nodes, the webhook queue, the e-mail outbox. A writer adds rows to
/// the use case's <see cref="CmsDbContext"/> before it saves (it may query that context too) and does no other I/O;
/// everything it does fails or commits with the write. Registered with
/// <see cref="ChangeRegistration.AddContentChangeWriter{T}"/>; writers run in the order of registration.
/// </summary>
public interface IContentChangeWriter
{
    Task WriteAsync(CmsDbContext db, ContentChange change, CancellationToken cancellationToken);
}
