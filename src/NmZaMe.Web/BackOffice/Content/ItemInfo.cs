using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Web.Site;

namespace NmZaMe.Web.BackOffice.Content;

/// <summary>A public address of the item in one site language; null when it is not on the site in that language.</summary>
public sealed record PublicUrl(SiteLanguage Language, string? Url);

/// <summary>
/// The item page's info panel, as Umbraco's "Info" app: its public URL in each site language, when it was created and
/// last changed and by whom, and which documents still pick or link to it (named only within the editor's start nodes).
/// </summary>
public sealed record ItemInfo(IReadOnlyList<PublicUrl> Urls, DateTime Created, string? CreatedBy, DateTime Updated, string? UpdatedBy,
    IReadOnlyList<ContentUsage> ReferencedBy, int ReferencedElsewhere, bool HasChildren)
{
    public static async Task<ItemInfo> LoadAsync(CmsDbContext db, PublishedSnapshot snapshot, CurrentEditor access, NodeRecord node, ReferenceMap references, CancellationToken cancellationToken)
    {
        var published = snapshot.Get(node.Key);
        var urls = SiteLanguage.All
            .Select(l => new PublicUrl(l, published is not null && snapshot.Route(published, l.Culture) is { } route ? "/" + l.Segment + route : null))
            .ToList();

        // The audit trail knows who; the first and the latest entry are the creation and the last change.
        var audit = db.AuditEntries.AsNoTracking().Where(a => a.NodeKey == node.Key);
        var first = await audit.OrderBy(a => a.Id).Select(a => a.UserName).FirstOrDefaultAsync(cancellationToken);
        var last = await audit.OrderByDescending(a => a.Id).Select(a => a.UserName).FirstOrDefaultAsync(cancellationToken);

        var usages = await new ContentUsages(db, references).ItemAsync(node, snapshot.Schema.DefaultCulture, cancellationToken);
        var named = usages.Where(u => access.Allows(new NodeRecord { Path = u.Path })).ToList();
        var hasChildren = await db.Nodes.AnyAsync(n => n.ParentId == node.Id && !n.Trashed, cancellationToken);
        return new ItemInfo(urls, node.CreateDate, first, node.UpdateDate, last, named, usages.Count - named.Count, hasChildren);
    }
}
