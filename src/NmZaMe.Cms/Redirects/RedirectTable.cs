using System.Collections.Frozen;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Redirects;

/// <summary>One recorded old route and the item it belongs to.</summary>
public sealed record RedirectEntry(long Id, Guid RootKey, string Culture, string Path, Guid NodeKey, DateTime Created);

/// <summary>
/// Every recorded old route, in memory and immutable like the published snapshot: replaced as a whole after a change,
/// so a request reads one consistent table and never the database.
/// </summary>
public sealed class RedirectTable
{
    public static readonly RedirectTable Empty = new([]);

    private readonly FrozenDictionary<string, RedirectEntry> _byRoute;

    public RedirectTable(IEnumerable<RedirectEntry> entries)
    {
        Entries = entries.OrderByDescending(e => e.Created).ThenByDescending(e => e.Id).ToArray();
        _byRoute = Entries.DistinctBy(e => Key(e.RootKey, e.Culture, e.Path), StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(e => Key(e.RootKey, e.Culture, e.Path), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<RedirectEntry> Entries { get; }

    public RedirectEntry? Find(Guid rootKey, string culture, string path) => _byRoute.GetValueOrDefault(Key(rootKey, culture, path));

    /// <summary>
    /// The live item an old route leads to, or null: when a live item has that route (it always wins), when the target
    /// is gone or not routable in the culture, or when it would lead back to the same route. The target's current
    /// route is what callers redirect to, so an item renamed twice goes straight to where it is now.
    /// </summary>
    public PublishedContent? Resolve(PublishedSnapshot snapshot, Guid rootKey, string culture, string path)
    {
        if (Find(rootKey, culture, path) is not { } entry || snapshot.FindByRoute(rootKey, culture, path) is not null)
        {
            return null;
        }

        return snapshot.Get(entry.NodeKey) is { } target
            && snapshot.Route(target, culture) is { } route
            && !string.Equals(route, path, StringComparison.OrdinalIgnoreCase)
            && snapshot.RootOf(target).Key == rootKey
                ? target
                : null;
    }

    public RedirectTable Without(long id) => new(Entries.Where(e => e.Id != id));

    /// <summary>This table with <paramref name="added"/> in place of entries for the same routes, and without <paramref name="removed"/>.</summary>
    public RedirectTable With(IReadOnlyCollection<RedirectEntry> added, IReadOnlyCollection<long> removed)
    {
        var replaced = added.Select(e => Key(e.RootKey, e.Culture, e.Path)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new(Entries.Where(e => !removed.Contains(e.Id) && !replaced.Contains(Key(e.RootKey, e.Culture, e.Path))).Concat(added));
    }

    private static string Key(Guid root, string culture, string path) => $"{root:N}|{culture}|{path}";
}
