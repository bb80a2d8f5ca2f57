using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Redirects;

/// <summary>Removes a recorded old route; the in-memory table follows after the commit, on every node.</summary>
public sealed class DeleteRedirect(CmsDbContext db, RedirectTracker tracker, ContentCommit commit)
{
    public async Task<bool> ExecuteAsync(long id, CancellationToken cancellationToken = default)
    {
        if (await db.RedirectUrls.FindAsync([id], cancellationToken) is not { } record)
        {
            return false;
        }

        db.RedirectUrls.Remove(record);
        try
        {
            await commit.SaveAsync(db, new ContentChange(ContentChangeKind.RedirectsChanged, []), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone deleted it first.
            return false;
        }

        tracker.Forget(id);
        return true;
    }
}
