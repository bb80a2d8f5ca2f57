using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Content;

/// <summary>Unpublishes one culture (or the whole item when <c>culture</c> is null or the type is invariant).</summary>
public sealed class UnpublishContent(CmsDbContext db, ContentSchema schema, ContentCommit commit)
{
    /// <param name="mayPublish">
    /// Whether the user may change the live site. Without it, nothing published is taken down: the answer is
    /// <see cref="ContentOutcome.NeedsApproval"/> (after the culture was found valid), so the request can be sent.
    /// </param>
    public async Task<ContentResult> ExecuteAsync(Guid key, string? culture, bool mayPublish, string? userName = null, CancellationToken cancellationToken = default)
    {
        var node = await db.Nodes.FirstOrDefaultAsync(n => n.Key == key, cancellationToken);
        var type = node is null ? null : schema.GetContentType(node.ContentTypeAlias);
        if (node is null || type is null)
        {
            return ContentResult.NotFound(key);
        }

        if (node.PublishedData is null)
        {
            return ContentResult.Ok(key, node.Version);
        }

        var normalised = culture is null ? null : schema.NormaliseCulture(culture);
        if (culture is not null && normalised is null)
        {
            return ContentResult.Invalid(key, new Dictionary<string, CmsError> { ["culture"] = new(ContentCodes.UnknownCulture, culture) });
        }

        if (!mayPublish)
        {
            return ContentResult.NeedsApproval(key);
        }

        var now = DateTime.UtcNow;
        node.PublishedData = Publishing.Unpublish(type, ContentData.Deserialize(node.PublishedData), normalised)?.Serialize();
        node.UpdateDate = now;
        node.Version++;
        db.ContentVersions.Add(new ContentVersionRecord { NodeId = node.Id, Created = now, Action = "Unpublish", Data = node.DraftData, PublishedCultures = normalised, UserName = userName });
        ContentAudit.Add(db, key, "Unpublish", userName, now, culture: normalised);
        await commit.SaveAsync(db, new ContentChange(ContentChangeKind.Unpublished, [key]) { Cultures = normalised is null || !type.VariesByCulture ? [] : [normalised] }, cancellationToken);
        return ContentResult.Ok(key, node.Version);
    }
}
