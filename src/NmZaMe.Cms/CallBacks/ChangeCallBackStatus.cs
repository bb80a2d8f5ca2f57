using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.CallBacks;

/// <summary>Sets a request's status (new, contacted, done, could not reach) and logs who did it, in one transaction.</summary>
public sealed class ChangeCallBackStatus(ICmsDbContextFactory dbFactory, TimeProvider time)
{
    /// <summary>False when there is no request with this key.</summary>
    public async Task<bool> ExecuteAsync(Guid key, CallBackStatus status, string userName, CancellationToken cancellationToken)
    {
        await using var db = dbFactory.Create();
        var record = await db.CallBacks.FirstOrDefaultAsync(c => c.Key == key, cancellationToken);
        if (record is null)
        {
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (record.Status != status)
        {
            record.Status = status;
            record.StatusChangedAt = now;
        }

        db.CallBackAccess.Add(new CallBackAccessRecord { At = now, UserName = userName, RequestKey = key, Action = "status:" + status });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
