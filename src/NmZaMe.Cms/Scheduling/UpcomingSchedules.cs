using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Scheduling;

/// <summary>A pending publish or unpublish, with the item's name as the tree and the dashboard show it.</summary>
public sealed record UpcomingSchedule(long Id, Guid NodeKey, string Name, string Culture, ScheduleAction Action, DateTime Date, string? UserName);

/// <summary>
/// Pending schedule entries, soonest first, for lists and dashboards; limited to the user's start nodes when given.
/// Names are in <paramref name="nameCulture"/> (the default language) whatever the entry's culture, which has a column of
/// its own, so one item has one name on every page (review B21).
/// </summary>
public sealed class UpcomingSchedules(CmsDbContext db, string nameCulture)
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

            var name = ContentTree.NameOf(ContentData.Deserialize(row.DraftData), nameCulture) is { Length: > 0 } n ? n : row.Key.ToString();
            result.Add(new UpcomingSchedule(row.Id, row.Key, name, row.Culture, row.Action, row.Date, row.UserName));
            if (result.Count == take)
            {
                break;
            }
        }

        return result;
    }
}
