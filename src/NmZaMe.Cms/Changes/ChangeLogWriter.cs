using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Changes;

/// <summary>Appends every change to the <see cref="ChangeLog"/> in the transaction that makes it.</summary>
public sealed class ChangeLogWriter(ChangeLog log) : IContentChangeWriter
{
    public Task WriteAsync(CmsDbContext db, ContentChange change, CancellationToken cancellationToken)
    {
        log.Append(db, change);
        return Task.CompletedTask;
    }
}
