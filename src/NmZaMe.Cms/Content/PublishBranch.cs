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
/// publishing them would leave them under an unpublished parent. The caller decides who may publish.
/// </summary>
public sealed class PublishBranch(CmsDbContext db, ContentSchema schema, ContentCommit commit)
{
    public async Task<BranchResult> ExecuteAsync(Guid key, IReadOnlyCollection<string> cultures, bool includeUnpublished, string? userName = null,
        CancellationToken cancellationToken = default)
    {
        var root = await db.Nodes.AsNoTracking().FirstOrDefaultAsync(n => n.Key == key && !n.Trashed && n.Kind == ContentKind.Document, cancellationToken);
        if (root is null)
        {
            return new BranchResult(0, [(key, string.Empty, ContentResult.NotFound(key))]);
        }

        var prefix = root.Path + ",";
        var branch = await db.Nodes.AsNoTracking()
            .Where(n => (n.Id == root.Id || n.Path.StartsWith(prefix)) && !n.Trashed && n.Kind == ContentKind.Document)
            .OrderBy(n => n.Level).ThenBy(n => n.SortOrder)
            .Select(n => new { n.Id, n.Key, n.ParentId, n.DraftData, n.PublishedData, n.ContentTypeAlias })
            .ToListAsync(cancellationToken);

        var published = 0;
        var failed = new List<(Guid, string, ContentResult)>();
        var skipped = new HashSet<int>();
        foreach (var item in branch)
        {
            if ((item.ParentId is { } parent && skipped.Contains(parent)) || schema.GetContentType(item.ContentTypeAlias) is not { } type)
            {
                skipped.Add(item.Id);
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

            var result = await new PublishContent(db, schema, commit).ExecuteAsync(item.Key, isRoot ? cultures : wanted, userName, cancellationToken);
            if (result.Succeeded)
            {
                published++;
            }
            else
            {
                failed.Add((item.Key, ContentTree.NameOf(draft, schema.DefaultCulture), result));
                skipped.Add(item.Id);
            }
        }

        return new BranchResult(published, failed);
    }
}
