using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.CallBacks;

/// <summary>The requests of a status with their contacts, for the office's own list; every exported request is logged as exported.</summary>
public sealed class ExportCallBacks(ICmsDbContextFactory dbFactory, CallBackSealer sealer, CallBackOptions options, TimeProvider time)
{
    public async Task<IReadOnlyList<OpenCallBack.Opened>> ExecuteAsync(CallBackStatus? status, string userName, CancellationToken cancellationToken)
    {
        await using var db = dbFactory.Create();
        var query = db.CallBacks.AsNoTracking();
        if (status is { } only)
        {
            query = query.Where(c => c.Status == only);
        }

        var records = await query.OrderBy(c => c.ArrivedAt).Take(CallBackInbox.MaxRows).ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        db.CallBackAccess.AddRange(records.Select(r => new CallBackAccessRecord { At = now, UserName = userName, RequestKey = r.Key, Action = "export" }));
        await db.SaveChangesAsync(cancellationToken);
        return records.Select(r => new OpenCallBack.Opened(CallBackInbox.Of(r, options), sealer.Open(r.Key, r.Sealed))).ToList();
    }
}
