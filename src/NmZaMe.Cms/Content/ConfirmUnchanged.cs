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
/// The same rights hold as in the editor (issue 14): the two properties are shared by all languages, so only an editor
/// who may edit the default language may confirm (Umbraco 17's rule for invariant values); one without the publish
/// permission gets the check saved in the draft and sent for approval, so nothing live changes until an approver agrees.
/// </summary>
public sealed class ConfirmUnchanged(CmsDbContext db, ContentSchema schema, ContentCommit commit, TimeProvider time)
{
    public const string OrganisationType = "organisation";

    /// <summary>Refusal codes besides <see cref="Review.WithoutContactChannel"/>; the back office has the words.</summary>
    public const string NotFound = "review.notFound";
    public const string NotReviewed = "review.notReviewed";
    public const string NotPublished = "review.notPublished";

    /// <summary>The editor may not change values shared by all languages (those of the default language); the argument is that language.</summary>
    public const string SharedLanguage = "review.sharedLanguage";

    /// <summary>Who confirms.</summary>
    /// <param name="UserName">The name the audit records.</param>
    /// <param name="ByOrganisation">True for an organisation's editor: the entry's organisation checked it; false for the office.</param>
    /// <param name="MayEditCulture">The editor's language rights ("" asks for the shared values).</param>
    /// <param name="Approval">For an editor without the publish permission: the check goes into the draft and is sent for approval through it; null confirms live at once.</param>
    public sealed record Confirmer(string UserName, bool ByOrganisation, Func<string, bool> MayEditCulture, RequestApproval? Approval = null);

    /// <param name="Requested">Entries whose check was saved in the draft and sent for approval.</param>
    public sealed record Result(IReadOnlyList<Guid> Confirmed, IReadOnlyDictionary<Guid, string> Refused)
    {
        public IReadOnlyList<Guid> Requested { get; init; } = [];
    }

    /// <summary>An editor with every right (the publish permission and every language).</summary>
    public Task<Result> ExecuteAsync(IReadOnlyCollection<Guid> keys, bool byOrganisation, string userName, CancellationToken cancellationToken = default) =>
        ExecuteAsync(keys, new Confirmer(userName, byOrganisation, _ => true), cancellationToken);

    public async Task<Result> ExecuteAsync(IReadOnlyCollection<Guid> keys, Confirmer by, CancellationToken cancellationToken = default)
    {
        var wanted = keys.Distinct().ToList();
        var nodes = await db.Nodes.Where(n => wanted.Contains(n.Key) && n.Kind == ContentKind.Document && !n.Trashed).ToListAsync(cancellationToken);
        var lineageIds = nodes.SelectMany(n => NodePath.Ids(n.Path)).Distinct().ToList();
        var lineage = await db.Nodes.AsNoTracking().Where(n => lineageIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var confirmed = new List<Guid>();
        var refused = new Dictionary<Guid, string>();
        var requests = new List<(NodeRecord Node, Guid? Reviewer, List<string> Cultures)>();
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

            // Cultures the check republishes: those live that the editor may publish (all of them for an invariant entry).
            var cultures = type.VariesByCulture ? published.Names.Keys.Where(c => c.Length > 0 && by.MayEditCulture(c)).ToList() : [];
            if (!by.MayEditCulture(string.Empty) || (type.VariesByCulture && cultures.Count == 0))
            {
                refused[key] = SharedLanguage;
                continue;
            }

            var reviewer = by.ByOrganisation
                ? NodePath.Ids(node.Path).Reverse().Select(id => lineage.GetValueOrDefault(id)).FirstOrDefault(n => n?.ContentTypeAlias == OrganisationType)?.Key
                : null;
            if (by.Approval is not null)
            {
                requests.Add((node, reviewer, cultures));
                continue;
            }

            var draft = ContentData.Deserialize(node.DraftData);
            Mark(published, now, reviewer);
            Mark(draft, now, reviewer);
            node.PublishedData = published.Serialize();
            node.DraftData = draft.Serialize();

            // An editor with the form open gets "saved by someone else" instead of writing the old date back.
            node.Version++;
            ContentAudit.Add(db, key, "Verify", by.UserName, now, detail: reviewer is { } organisation ? Udi.Document(organisation) : null);
            confirmed.Add(key);
        }

        if (confirmed.Count > 0)
        {
            await commit.SaveAsync(db, new ContentChange(ContentChangeKind.Published, confirmed), cancellationToken);
        }

        var requested = new List<Guid>();
        foreach (var (node, reviewer, cultures) in requests)
        {
            var result = await by.Approval!.ExecuteAsync(RequestCommand(node, now, reviewer, by.UserName), cultures, cancellationToken);
            if (result.Succeeded)
            {
                requested.Add(node.Key);
            }
            else
            {
                refused[node.Key] = result.Errors.Values.FirstOrDefault()?.Code ?? NotFound;
            }
        }

        return new Result(confirmed, refused) { Requested = requested };
    }

    /// <summary>The check as a draft save of the two properties alone, in their stored formats (the other values stay as they are).</summary>
    private static SaveContentCommand RequestCommand(NodeRecord node, DateTime now, Guid? reviewer, string userName)
    {
        var marked = new ContentData();
        Mark(marked, now, reviewer);
        var values = new[] { Review.LastReviewed, Review.ReviewedBy }.ToDictionary(
            alias => alias, alias => (IReadOnlyDictionary<string, string?>)new Dictionary<string, string?> { [string.Empty] = marked.Value(alias, string.Empty) is { Length: > 0 } v ? v : null });
        return new SaveContentCommand(node.Key, null, node.ContentTypeAlias, new Dictionary<string, string>(), values, null, userName);
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
