using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Catalogue;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Content;

/// <summary>
/// Publishes cultures of an item's draft (all of an invariant item). Validates first; after the commit, and only then,
/// the published snapshot is refreshed.
/// </summary>
public sealed class PublishContent(CmsDbContext db, ContentSchema schema, ContentCommit commit)
{
    public async Task<ContentResult> ExecuteAsync(Guid key, IReadOnlyCollection<string> cultures, string? userName = null, CancellationToken cancellationToken = default)
    {
        var node = await db.Nodes.FirstOrDefaultAsync(n => n.Key == key && !n.Trashed, cancellationToken);
        var type = node is null ? null : schema.GetContentType(node.ContentTypeAlias);
        if (node is null || type is null)
        {
            return ContentResult.NotFound(key);
        }

        var wanted = type.VariesByCulture ? cultures.Select(c => schema.NormaliseCulture(c)).OfType<string>().ToArray() : [string.Empty];
        if (type.VariesByCulture && (wanted.Length == 0 || wanted.Length != cultures.Count))
        {
            return ContentResult.Invalid(key, new Dictionary<string, CmsError> { ["culture"] = new(ContentCodes.ChooseCultureToPublish) });
        }

        var draft = ContentData.Deserialize(node.DraftData);
        var errors = Publishing.Validate(schema, type, draft, wanted);
        if (ReviewRule.IsNewlyMarked(draft, node.PublishedData is null ? null : ContentData.Deserialize(node.PublishedData)) && ReviewRule.Refusal(schema, type, draft, await ReviewRule.ParentDraftAsync(db, node.ParentId, cancellationToken)) is { } refusal)
        {
            errors[Review.LastReviewed] = new CmsError(refusal);
        }

        if (errors.Count > 0)
        {
            return ContentResult.Invalid(key, errors);
        }

        var siblings = await db.Nodes.AsNoTracking()
            .Where(n => n.ParentId == node.ParentId && n.Id != node.Id && !n.Trashed && n.PublishedData != null)
            .Select(n => n.PublishedData!).ToListAsync(cancellationToken);
        var taken = siblings.Select(ContentData.Deserialize).ToList();
        var now = DateTime.UtcNow;
        var published = Publishing.Publish(schema, type, draft, node.PublishedData is null ? null : ContentData.Deserialize(node.PublishedData), wanted,
            culture => taken.Select(t => t.Segments.GetValueOrDefault(culture)).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase), now);

        draft.Segments = new Dictionary<string, string>(published.Segments, StringComparer.OrdinalIgnoreCase);
        node.DraftData = draft.Serialize();
        node.PublishedData = published.Serialize();
        node.UpdateDate = now;
        node.Version++;
        db.ContentVersions.Add(new ContentVersionRecord
        {
            NodeId = node.Id, Created = now, Action = "Publish", Data = node.PublishedData,
            PublishedCultures = string.Join(',', published.Names.Keys), UserName = userName,
        });
        ContentAudit.Add(db, key, "Publish", userName, now, culture: type.VariesByCulture ? string.Join(',', wanted) : null);
        await commit.SaveAsync(db, new ContentChange(ContentChangeKind.Published, [key]) { Cultures = type.VariesByCulture ? wanted : [] }, cancellationToken);
        return ContentResult.Ok(key, node.Version);
    }
}
