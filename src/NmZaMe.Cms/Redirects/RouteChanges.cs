using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Redirects;

/// <summary>A route an item had before a change, and the one it has now.</summary>
public sealed record RouteChange(Guid RootKey, string Culture, string OldPath, string NewPath, Guid NodeKey);

public static class RouteChanges
{
    /// <summary>
    /// Routes of the changed items and of their descendants that differ between two snapshots, per culture. An item
    /// that is no longer routable (unpublished, trashed, deleted) has nowhere to redirect to and is left out.
    /// </summary>
    public static List<RouteChange> Between(PublishedSnapshot before, PublishedSnapshot after, IEnumerable<Guid> changedKeys)
    {
        var changes = new List<RouteChange>();
        var seen = new HashSet<Guid>();
        foreach (var key in changedKeys)
        {
            if (before.Get(key) is not { } changed)
            {
                continue;
            }

            foreach (var item in before.Descendants(changed).Prepend(changed))
            {
                if (!seen.Add(item.Key) || after.Get(item.Key) is not { } now)
                {
                    continue;
                }

                foreach (var language in before.Schema.Languages)
                {
                    var culture = language.IsoCode;
                    if (before.Route(item, culture) is { } oldPath
                        && after.Route(now, culture) is { } newPath
                        && !string.Equals(oldPath, newPath, StringComparison.OrdinalIgnoreCase))
                    {
                        changes.Add(new RouteChange(before.RootOf(item).Key, culture, oldPath, newPath, item.Key));
                    }
                }
            }
        }

        return changes;
    }
}
