using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Content;

/// <summary>
/// Keeps the <see cref="ReferenceMap"/> current as an after-commit handler: every document at the snapshot's load, the
/// changed documents after each commit (saved drafts too, which pass the pipeline as <see cref="ContentChangeKind.Saved"/>),
/// on this node or another. Trashed documents name nothing: they are off the site.
/// </summary>
public sealed class ReferenceMapUpdater(ReferenceMap map, ICmsDbContextFactory dbFactory) : IContentChangedHandler
{
    public async Task HandleAsync(ContentChanged change, CancellationToken cancellationToken)
    {
        await using var db = dbFactory.Create();
        var documents = db.Nodes.AsNoTracking().Where(n => n.Kind == ContentKind.Document && !n.Trashed);
        if (change.Kind == ContentChangeKind.Reloaded || !map.Built)
        {
            map.Rebuild((await documents.Select(n => new NodeRecord { Key = n.Key, DraftData = n.DraftData, PublishedData = n.PublishedData }).ToListAsync(cancellationToken))
                .Select(n => (n.Key, ReferenceMap.TargetsOf(n))));
            return;
        }

        if (change.Keys.Count == 0)
        {
            return;
        }

        var keys = change.Keys.Distinct().ToList();
        var changed = await documents.Where(n => keys.Contains(n.Key)).ToListAsync(cancellationToken);
        map.Update(keys, changed.Select(n => (n.Key, ReferenceMap.TargetsOf(n))));
    }
}
