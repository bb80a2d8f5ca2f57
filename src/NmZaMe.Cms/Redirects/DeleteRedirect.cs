using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Redirects;

/// <summary>Removes a recorded old route; the in-memory table follows after the commit.</summary>
public sealed class DeleteRedirect(CmsDbContext db, RedirectTracker tracker)
{
    public async Task<bool> ExecuteAsync(long id, CancellationToken cancellationToken = default)
    {
        var deleted = await db.RedirectUrls.Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
        if (deleted)
        {
            tracker.Forget(id);
        }

        return deleted;
    }
}
