using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Scheduling;

/// <summary>Removes one pending schedule entry of an item; the entry id alone is not trusted, it must belong to the item.</summary>
public sealed class CancelSchedule(CmsDbContext db)
{
    public async Task<ContentResult> ExecuteAsync(Guid key, long entryId, DateTime nowUtc, string? userName = null, CancellationToken cancellationToken = default)
    {
        var found = await (
            from s in db.ContentSchedules
            join n in db.Nodes on s.NodeId equals n.Id
            where s.Id == entryId && n.Key == key
            select s).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return ContentResult.NotFound(key);
        }

        db.ContentSchedules.Remove(found);
        db.AuditEntries.Add(new AuditEntryRecord
        {
            NodeKey = key, Date = nowUtc, UserName = userName, Action = "Schedule", Culture = found.Culture.Length == 0 ? null : found.Culture,
            Detail = "Preklicano: " + ScheduleContent.Describe(found.Action, found.Date),
        });
        await db.SaveChangesAsync(cancellationToken);
        return ContentResult.Ok(key, 0);
    }
}
