using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Catalogue;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.Content;

/// <summary>
/// "Potrjujem, da je vse še res": entries whose published content is still true are marked checked today, by the
/// entry's organisation (when an organisation's editor confirms) or by the office. Only the two review properties
/// change, in the published data and the draft alike, so nothing else an editor is working on is published; no content
/// version is written (nothing of the content changed), the audit says who confirmed, and the change goes through the
/// pipeline as a publish, so the site, the API, caches and other nodes follow.
/// </summary>
public sealed class ConfirmUnchanged(CmsDbContext db, ContentSchema schema, ContentCommit commit, TimeProvider time)
{
    public const string OrganisationType = "organisation";

    /// <summary>Refusal codes besides <see cref="Review.WithoutContactChannel"/>; the back office has the words.</summary>
    public const string NotFound = "review.notFound";
    public const string NotReviewed = "review.notReviewed";
    public const string NotPublished = "review.notPublished";

    public sealed record Result(IReadOnlyList<Guid> Confirmed, IReadOnlyDictionary<Guid, string> Refused);

    /// <param name="byOrganisation">True for an organisation's editor: the entry's organisation checked it; false for the office.</param>
    public async Task<Result> ExecuteAsync(IReadOnlyCollection<Guid> keys, bool byOrganisation, string userName, CancellationToken cancellationToken = default)
    {
        var wanted = keys.Distinct().ToList();
        var nodes = await db.Nodes.Where(n => wanted.Contains(n.Key) && n.Kind == ContentKind.Document && !n.Trashed).ToListAsync(cancellationToken);
        var lineageIds = nodes.SelectMany(n => NodePath.Ids(n.Path)).Distinct().ToList();
        var lineage = await db.Nodes.AsNoTracking().Where(n => lineageIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var confirmed = new List<Guid>();
        var refused = new Dictionary<Guid, string>();
        foreach (var key in wanted)
        {
            var node = nodes.FirstOrDefault(n => n.Key == key);
            var type = node is null ? null : schema.GetContentType(node.ContentTypeAlias);
            if (node is null || type is null)
            {
                refused[key] = NotFound;
                continue;
            }

            if (schema.Property(type, Review.LastReviewed) is null)
            {
                refused[key] = NotReviewed;
                continue;
            }

            if (node.PublishedData is null)
            {
                refused[key] = NotPublished;
                continue;
            }

            var published = ContentData.Deserialize(node.PublishedData);
            var parent = node.ParentId is { } parentId && lineage.TryGetValue(parentId, out var p) ? ContentData.Deserialize(p.DraftData) : null;
            if (ReviewRule.Refusal(schema, type, published, parent) is { } refusal)
            {
                refused[key] = refusal;
                continue;
            }

            var reviewer = byOrganisation
                ? NodePath.Ids(node.Path).Reverse().Select(id => lineage.GetValueOrDefault(id)).FirstOrDefault(n => n?.ContentTypeAlias == OrganisationType)?.Key
                : null;
            var draft = ContentData.Deserialize(node.DraftData);
            Mark(published, now, reviewer);
            Mark(draft, now, reviewer);
            node.PublishedData = published.Serialize();
            node.DraftData = draft.Serialize();

            // An editor with the form open gets "saved by someone else" instead of writing the old date back.
            node.Version++;
            ContentAudit.Add(db, key, "Verify", userName, now, detail: reviewer is { } organisation ? Udi.Document(organisation) : null);
            confirmed.Add(key);
        }

        if (confirmed.Count > 0)
        {
            await commit.SaveAsync(db, new ContentChange(ContentChangeKind.Published, confirmed), cancellationToken);
        }

        return new Result(confirmed, refused);
    }

    /// <summary>The office is the reviewer when none is picked, as the property's description says.</summary>
    private static void Mark(ContentData data, DateTime now, Guid? reviewer)
    {
        if (reviewer is { } organisation)
        {
            ReviewRule.Record(data, now, organisation);
            return;
        }

        data.SetValue(Review.LastReviewed, string.Empty, now.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        data.SetValue(Review.ReviewedBy, string.Empty, string.Empty);
    }
}
