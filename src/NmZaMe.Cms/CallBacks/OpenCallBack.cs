using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.CallBacks;

/// <summary>Opens one request for a member of the office: unseals the contact and writes who opened it, when, in the access log.</summary>
public sealed class OpenCallBack(ICmsDbContextFactory dbFactory, CallBackSealer sealer, CallBackOptions options, TimeProvider time)
{
    public sealed record Opened(CallBackInbox.Row Request, CallBackContact Contact);

    /// <summary>The request, or null when there is none with this key (deleted, or never).</summary>
    public async Task<Opened?> ExecuteAsync(Guid key, string userName, CancellationToken cancellationToken)
    {
        await using var db = dbFactory.Create();
        var record = await db.CallBacks.AsNoTracking().FirstOrDefaultAsync(c => c.Key == key, cancellationToken);
        if (record is null)
        {
            return null;
        }

        // Logged before anything is shown: an opening that is not in the log must not happen.
        db.CallBackAccess.Add(new CallBackAccessRecord { At = time.GetUtcNow().UtcDateTime, UserName = userName, RequestKey = key, Action = "open" });
        await db.SaveChangesAsync(cancellationToken);
        return new Opened(CallBackInbox.Of(record, options), sealer.Open(record.Key, record.Sealed));
    }
}
