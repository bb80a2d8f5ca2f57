using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Catalogue;

/// <summary>
/// A service's <c>alert</c> ("closed over the holidays") may have an end date, <c>alertEndDate</c> (UTC, as every date
/// of the schema). Past it the alert is not shown: readers ask <see cref="IsCurrent"/> when they render, and
/// <c>Scheduling.AlertExpiry</c> sends the ended alerts' keys through the change pipeline so no cache keeps them.
/// </summary>
public static class ServiceAlert
{
    public const string Alert = "alert";
    public const string EndDate = "alertEndDate";

    public static bool IsCurrent(PublishedElement item, DateTime utcNow) =>
        item.Value(EndDate, string.Empty) is not DateTime end || end > utcNow;

    /// <summary>Items whose alert ended after <paramref name="after"/> and by <paramref name="upTo"/>.</summary>
    public static IEnumerable<Guid> EndedBetween(PublishedSnapshot snapshot, DateTime after, DateTime upTo) =>
        snapshot.All.Where(c => c.Value(EndDate, string.Empty) is DateTime end && end > after && end <= upTo).Select(c => c.Key);
}
