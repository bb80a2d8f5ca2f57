using System.Collections.Frozen;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.PublishedCache;

/// <summary>
/// Everything published, in memory and immutable: items by key, children in sort order, and each document's route
/// per culture. A new snapshot replaces the old one atomically after a publish commits; reads never touch the database.
/// </summary>
public sealed class PublishedSnapshot
{
    private static readonly PublishedContent[] None = [];
    private readonly FrozenDictionary<Guid, PublishedContent[]> _children;
    private readonly FrozenDictionary<string, FrozenDictionary<Guid, string>> _routes;
    private readonly FrozenDictionary<RouteKey, Guid> _byRoute;

    public PublishedSnapshot(ContentSchema schema, IEnumerable<PublishedContent> items, long generation)
    {
        Schema = schema;
        Generation = generation;
        var all = items.ToArray();
        foreach (var item in all)
        {
            // A sum, not a sequence hash: independent of order, and a refresh only changes the items it re-read.
            ContentHash = unchecked(ContentHash + item.SourceHash);
        }

        Content = all.Where(i => i.Kind == ContentKind.Document).ToFrozenDictionary(i => i.Key);
        Media = all.Where(i => i.Kind == ContentKind.Media).ToFrozenDictionary(i => i.Key);
        _children = all
            .GroupBy(i => (i.Kind, Parent: i.ParentKey ?? Guid.Empty))
            .ToFrozenDictionary(g => Bucket(g.Key.Kind, g.Key.Parent), g => g.OrderBy(i => i.SortOrder).ThenBy(i => i.Id).ToArray());
        Roots = ChildrenOf(Guid.Empty);
        MediaRoots = _children.GetValueOrDefault(Bucket(ContentKind.Media, Guid.Empty)) ?? None;

        var routes = new Dictionary<string, FrozenDictionary<Guid, string>>(StringComparer.OrdinalIgnoreCase);
        var byRoute = new Dictionary<RouteKey, Guid>(RouteKey.Comparer);
        foreach (var language in schema.Languages)
        {
            var culture = language.IsoCode;
            var paths = new Dictionary<Guid, string>();
            foreach (var root in Roots)
            {
                if (root.IsPublishedIn(culture))
                {
                    AddRoutes(root, root, "/", culture, paths, byRoute);
                }
            }

            routes[culture] = paths.ToFrozenDictionary();
        }

        _routes = routes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _byRoute = byRoute.ToFrozenDictionary(RouteKey.Comparer);
    }

    public ContentSchema Schema { get; }

    public long Generation { get; }

    /// <summary>Changes whenever any published item does (see <see cref="PublishedContent.SourceHash"/>).</summary>
    internal ulong ContentHash { get; }

    /// <summary>A hash of the schema the items were converted with; 0 when unknown.</summary>
    internal ulong SchemaHash { get; init; }

    public FrozenDictionary<Guid, PublishedContent> Content { get; }

    public FrozenDictionary<Guid, PublishedContent> Media { get; }

    public IReadOnlyList<PublishedContent> Roots { get; }

    public IReadOnlyList<PublishedContent> MediaRoots { get; }

    public IReadOnlyList<PublishedContent> All => Content.Values;

    public PublishedContent? Get(Guid key) => Content.GetValueOrDefault(key);

    public PublishedContent[] ChildrenOf(Guid parentKey) => _children.GetValueOrDefault(Bucket(ContentKind.Document, parentKey)) ?? None;

    public PublishedContent[] MediaChildrenOf(Guid parentKey) => _children.GetValueOrDefault(Bucket(ContentKind.Media, parentKey)) ?? None;

    /// <summary>The route path in a culture ("/", "/a/b/"), or null when the item or an ancestor is not published in it.</summary>
    public string? Route(PublishedContent content, string culture) =>
        _routes.TryGetValue(culture, out var paths) ? paths.GetValueOrDefault(content.Key) : null;

    public bool IsRoutable(PublishedContent content, string culture) => Route(content, culture) is not null;

    public PublishedContent? FindByRoute(Guid rootKey, string culture, string path) =>
        _byRoute.TryGetValue(new RouteKey(rootKey, culture, path), out var key) ? Get(key) : null;

    /// <summary>Ancestors from the parent up to the root.</summary>
    public IEnumerable<PublishedContent> Ancestors(PublishedContent content)
    {
        var current = content.ParentKey is { } p ? Get(p) : null;
        var guard = 0;
        while (current is not null && guard++ < 1000)
        {
            yield return current;
            current = current.ParentKey is { } pk ? Get(pk) : null;
        }
    }

    public PublishedContent RootOf(PublishedContent content) => Ancestors(content).LastOrDefault() ?? content;

    /// <summary>Descendants in tree order (depth first, children in sort order).</summary>
    public IEnumerable<PublishedContent> Descendants(PublishedContent content)
    {
        var stack = new Stack<PublishedContent>(ChildrenOf(content.Key).Reverse());
        while (stack.Count > 0)
        {
            var item = stack.Pop();
            yield return item;
            foreach (var child in ChildrenOf(item.Key).Reverse())
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>
    /// Content types that hold data for the system, not pages (the search lexicon): published and versioned like any
    /// content, but with no route, so neither the site nor the Delivery API shows them (Umbraco's
    /// DeliveryApi:DisallowedContentTypeAliases does the same for the Delivery API).
    /// </summary>
    public static readonly IReadOnlySet<string> Unrouted = FrozenSet.ToFrozenSet(["searchLexicon", "layTerm"], StringComparer.Ordinal);

    public string? MediaUrl(Guid key) =>
        Media.TryGetValue(key, out var media) && media.Value("umbracoFile", string.Empty) is string src ? src : null;

    private void AddRoutes(PublishedContent root, PublishedContent item, string path, string culture, Dictionary<Guid, string> paths, Dictionary<RouteKey, Guid> byRoute)
    {
        paths[item.Key] = path;
        // The key holds the same path string as the route table: a large catalogue's paths are kept once.
        byRoute.TryAdd(new RouteKey(root.Key, culture, path), item.Key);
        foreach (var child in ChildrenOf(item.Key))
        {
            if (child.Culture(culture) is { } info && !Unrouted.Contains(child.ContentType.Alias))
            {
                AddRoutes(root, child, path + info.UrlSegment + "/", culture, paths, byRoute);
            }
        }
    }

    /// <summary>A route within a start item in a culture; culture and path compare case-insensitively.</summary>
    private readonly record struct RouteKey(Guid Root, string Culture, string Path)
    {
        public static readonly IEqualityComparer<RouteKey> Comparer = new KeyComparer();

        private sealed class KeyComparer : IEqualityComparer<RouteKey>
        {
            public bool Equals(RouteKey x, RouteKey y) =>
                x.Root == y.Root && string.Equals(x.Path, y.Path, StringComparison.OrdinalIgnoreCase) && string.Equals(x.Culture, y.Culture, StringComparison.OrdinalIgnoreCase);

            public int GetHashCode(RouteKey key) =>
                HashCode.Combine(key.Root, StringComparer.OrdinalIgnoreCase.GetHashCode(key.Path), StringComparer.OrdinalIgnoreCase.GetHashCode(key.Culture));
        }
    }

    private static Guid Bucket(ContentKind kind, Guid parent) =>
        kind == ContentKind.Document ? parent : new Guid(parent.ToByteArray().Select(b => (byte)~b).ToArray());
}
