using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.Content;

/// <summary>What publishing a branch did: the items published, and those that could not be (with their name) and why.</summary>
public sealed record BranchResult(int Published, IReadOnlyList<(Guid Key, string Name, ContentResult Result)> Failed)
{
    public bool Succeeded => Failed.Count == 0;
}

/// <summary>
/// "Publish with descendants", as in Umbraco: the item, then its descendants from the top down, each through
/// <see cref="PublishContent"/> (its own validation, commit and refresh). Descendants that were never published stay
/// drafts unless <c>includeUnpublished</c>, again as Umbraco does. A variant descendant publishes those of the chosen
/// cultures it has a name in. An item that fails does not stop the others; its own descendants are skipped, since
/// publishing them would leave them under an unpublished parent. The caller decides who may publish: for one who may
/// not, <see cref="PlanAsync"/> says what would be published, which an approver later publishes exactly
/// (<see cref="ExecutePlanAsync"/>, refused when any of those items changed meanwhile).
/// </summary>
public sealed class PublishBranch(CmsDbContext db, ContentSchema schema, ContentCommit commit)
{
    public async Task<BranchResult> ExecuteAsync(Guid key, IReadOnlyCollection<string> cultures, bool includeUnpublished, string? userName = null,
        CancellationToken cancellationToken = default) =>
        await PlanAsync(key, cultures, includeUnpublished, cancellationToken) is { } plan
            ? await ExecutePlanAsync(plan, exact: false, userName, cancellationToken)
            : new BranchResult(0, [(key, string.Empty, ContentResult.NotFound(key))]);

    /// <summary>What publishing the branch would publish, the item first (null when it is missing): each item's current version and cultures.</summary>
    public async Task<IReadOnlyList<ContentRequests.BranchItem>?> PlanAsync(Guid key, IReadOnlyCollection<string> cultures, bool includeUnpublished,
        CancellationToken cancellationToken = default)
    {
        var root = await db.Nodes.AsNoTracking().FirstOrDefaultAsync(n => n.Key == key && !n.Trashed && n.Kind == ContentKind.Document, cancellationToken);
        if (root is null)
        {
            return null;
        }

        var prefix = root.Path + ",";
        var branch = await db.Nodes.AsNoTracking()
            .Where(n => (n.Id == root.Id || n.Path.StartsWith(prefix)) && !n.Trashed && n.Kind == ContentKind.Document)
            .OrderBy(n => n.Level).ThenBy(n => n.SortOrder)
            .Select(n => new { n.Id, n.Key, n.Version, n.DraftData, n.PublishedData, n.ContentTypeAlias })
            .ToListAsync(cancellationToken);

        var plan = new List<ContentRequests.BranchItem>();
        foreach (var item in branch)
        {
            if (schema.GetContentType(item.ContentTypeAlias) is not { } type)
            {
                continue;
            }

            var draft = ContentData.Deserialize(item.DraftData);
            var live = item.PublishedData is null ? null : ContentData.Deserialize(item.PublishedData);
            var isRoot = item.Id == root.Id;
            var wanted = !type.VariesByCulture ? [] : cultures.Where(c => draft.Names.ContainsKey(c) && (isRoot || includeUnpublished || live?.Names.ContainsKey(c) == true)).ToList();
            if (!isRoot && (type.VariesByCulture ? wanted.Count == 0 : live is null && !includeUnpublished))
            {
                // Left as a draft by choice; its descendants may still be published ones.
                continue;
            }

            plan.Add(new ContentRequests.BranchItem(item.Key, item.Version, isRoot && type.VariesByCulture ? [.. cultures] : wanted));
        }

        return plan;
    }

    /// <summary>
    /// Publishes a plan from the top down; with <paramref name="exact"/> nothing is published when an item is gone or has
    /// another version than the plan names (an approver publishes what was asked, not what was saved since).
    /// </summary>
    public async Task<BranchResult> ExecutePlanAsync(IReadOnlyList<ContentRequests.BranchItem> plan, bool exact, string? userName, CancellationToken cancellationToken = default)
    {
        var keys = plan.Select(p => p.Key).ToList();
        var nodes = await db.Nodes.AsNoTracking().Where(n => keys.Contains(n.Key) && !n.Trashed)
            .Select(n => new { n.Key, n.Id, n.Path, n.Version, n.DraftData }).ToDictionaryAsync(n => n.Key, cancellationToken);
        if (exact && plan.Count > 0 && plan.Any(p => !nodes.TryGetValue(p.Key, out var n) || n.Version != p.Version))
        {
            return new BranchResult(0, [(plan[0].Key, string.Empty,
                ContentResult.Invalid(plan[0].Key, new Dictionary<string, Text.CmsError> { [string.Empty] = new(ContentCodes.BranchChanged) }))]);
        }

        var published = 0;
        var failed = new List<(Guid, string, ContentResult)>();
        var failedIds = new HashSet<int>();
        foreach (var item in plan)
        {
            // Gone meanwhile, or below an item that failed: publishing it would leave it under an unpublished parent.
            if (!nodes.TryGetValue(item.Key, out var node) || NodePath.Ids(node.Path).Any(failedIds.Contains))
            {
                continue;
            }

            var result = await new PublishContent(db, schema, commit).ExecuteAsync(item.Key, item.Cultures, userName, cancellationToken);
            if (result.Succeeded)
            {
                published++;
            }
            else
            {
                failed.Add((item.Key, ContentTree.NameOf(ContentData.Deserialize(node.DraftData), schema.DefaultCulture), result));
                failedIds.Add(node.Id);
            }
        }

        return new BranchResult(published, failed);
    }
}
