using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Media;

public sealed record MediaUsage(Guid Key, string Name, bool Trashed);

/// <summary>
/// Which documents refer to a media item, in their draft or published data: as a UDI (<c>umb://media/…</c>, rich text and
/// link pickers) or as a bare key (the media picker's <c>mediaKey</c>). Trashed documents count too: they can be restored.
/// </summary>
public sealed class MediaUsages(CmsDbContext db)
{
    public async Task<IReadOnlyList<MediaUsage>> ExecuteAsync(Guid mediaKey, string defaultCulture, CancellationToken cancellationToken = default)
    {
        var udi = "umb://media/" + mediaKey.ToString("N");
        var key = mediaKey.ToString("D");
        var records = await db.Nodes.AsNoTracking()
            .Where(n => n.Kind == NmZaMe.Cms.Persistence.ContentKind.Document)
            .Where(n => n.DraftData.ToLower().Contains(udi) || n.DraftData.ToLower().Contains(key)
                || (n.PublishedData != null && (n.PublishedData.ToLower().Contains(udi) || n.PublishedData.ToLower().Contains(key))))
            .OrderBy(n => n.Path)
            .Select(n => new { n.Key, n.DraftData, n.Trashed })
            .Take(50)
            .ToListAsync(cancellationToken);
        return records.Select(r => new MediaUsage(r.Key, MediaItems.NameOf(ContentData.Deserialize(r.DraftData), defaultCulture), r.Trashed)).ToList();
    }
}
