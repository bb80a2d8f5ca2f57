using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.Content;

/// <summary>Deletes every trashed document for good (see <see cref="DeleteContent"/>); returns how many items went.</summary>
public sealed class EmptyRecycleBin(CmsDbContext db, ContentCommit commit)
{
    public async Task<int> ExecuteAsync(string? userName = null, CancellationToken cancellationToken = default)
    {
        var trashed = await db.Nodes.Where(n => n.Trashed && n.Kind == ContentKind.Document).ToListAsync(cancellationToken);
        if (trashed.Count > 0)
        {
            await DeleteContent.DeleteAsync(db, commit, trashed, userName, cancellationToken);
        }

        return trashed.Count;
    }
}
