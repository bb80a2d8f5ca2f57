using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Scheduling;

/// <summary>A pending publish or unpublish, with the item's name in the entry's culture (or its first name).</summary>
public sealed record UpcomingSchedule(long Id, Guid NodeKey, string Name, string Culture, ScheduleAction Action, DateTime Date, string? UserName);

/// <summary>Pending schedule entries, soonest first, for lists and dashboards; limited to the user's start nodes when given.</summary>
public sealed class UpcomingSchedules(CmsDbContext db)
{
    public async Task<IReadOnlyList<UpcomingSchedule>> ListAsync(IReadOnlySet<Guid>? startNodes, int take = 100, Guid? nodeKey = null, CancellationToken cancellationToken = default)
    {
        var startIds = startNodes is null
            ? null
            : (await db.Nodes.AsNoTracking().Where(n => startNodes.Contains(n.Key)).Select(n => n.Id).ToListAsync(cancellationToken)).ToHashSet();
        var query =
            from s in db.ContentSchedules.AsNoTracking()
            join n in db.Nodes.AsNoTracking() on s.NodeId equals n.Id
            where !n.Trashed && (nodeKey == null || n.Key == nodeKey)
            orderby s.Date, s.Id
            select new { s.Id, n.Key, n.Path, n.DraftData, s.Culture, s.Action, s.Date, s.UserName };

        var result = new List<UpcomingSchedule>();
        // Schedules are few; filtering the tree paths here keeps the query provider-neutral.
        await foreach (var row in query.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (startIds is not null && !NodePath.IsAtOrUnder(row.Path, startIds))
            {
                continue;
            }

            var names = ContentData.Deserialize(row.DraftData).Names;
            var name = names.GetValueOrDefault(row.Culture) ?? names.Values.FirstOrDefault() ?? row.Key.ToString();
            result.Add(new UpcomingSchedule(row.Id, row.Key, name, row.Culture, row.Action, row.Date, row.UserName));
            if (result.Count == take)
            {
                break;
            }
        }

        return result;
    }
}
