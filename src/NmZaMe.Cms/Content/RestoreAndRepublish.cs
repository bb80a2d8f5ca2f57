using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.Content;

/// <summary>
/// "Restore and republish" from the recycle bin: <see cref="RestoreContent"/> (which, as Umbraco, restores unpublished),
/// then each restored item that was on the site when it was trashed is published again in the cultures it had, through
/// <see cref="PublishContent"/>, so it is validated as any publish is. An item that no longer validates stays a
/// restored draft and is reported. The caller checks that the user may both restore and publish.
/// </summary>
public sealed class RestoreAndRepublish(CmsDbContext db, ContentSchema schema, ContentCommit commit)
{
    public async Task<(ContentResult Restored, BranchResult Republished)> ExecuteAsync(RestoreContentCommand command, CancellationToken cancellationToken = default)
    {
        var node = await db.Nodes.AsNoTracking().FirstOrDefaultAsync(n => n.Key == command.Key && n.Trashed && n.Kind == ContentKind.Document, cancellationToken);
        if (node is null)
        {
            return (ContentResult.NotFound(command.Key), new BranchResult(0, []));
        }

        // What was live before the restore empties it: keys with their published cultures, parents first.
        var prefix = node.Path + ",";
        var wasLive = (await db.Nodes.AsNoTracking()
                .Where(n => (n.Id == node.Id || n.Path.StartsWith(prefix)) && n.PublishedData != null)
                .OrderBy(n => n.Level).ThenBy(n => n.SortOrder)
                .Select(n => new { n.Key, n.PublishedData, n.DraftData })
                .ToListAsync(cancellationToken))
            .Select(n => (n.Key, Cultures: ContentData.Deserialize(n.PublishedData!).Names.Keys.Where(c => c.Length > 0).ToList(), n.DraftData))
            .ToList();

        var restored = await new RestoreContent(db, schema, commit).ExecuteAsync(command, cancellationToken);
        if (!restored.Succeeded)
        {
            return (restored, new BranchResult(0, []));
        }

        // Sub-branches trashed on their own before stay in the bin (RestoreContent): only what came back is published.
        var keys = wasLive.Select(w => w.Key).ToList();
        var back = (await db.Nodes.AsNoTracking().Where(n => keys.Contains(n.Key) && !n.Trashed).Select(n => n.Key).ToListAsync(cancellationToken)).ToHashSet();
        var published = 0;
        var failed = new List<(Guid, string, ContentResult)>();
        foreach (var (key, cultures, draft) in wasLive.Where(w => back.Contains(w.Key)))
        {
            var result = await new PublishContent(db, schema, commit).ExecuteAsync(key, cultures, command.UserName, cancellationToken);
            if (result.Succeeded)
            {
                published++;
            }
            else
            {
                failed.Add((key, ContentTree.NameOf(ContentData.Deserialize(draft), schema.DefaultCulture), result));
            }
        }

        return (restored, new BranchResult(published, failed));
    }
}
