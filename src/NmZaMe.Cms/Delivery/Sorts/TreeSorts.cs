using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Delivery.Sorts;

/// <summary><c>level:asc|desc</c>: depth in the tree (Umbraco's <c>LevelSort</c>).</summary>
public sealed class LevelSort() : SortHandler<int>("level", SortField.Level, Comparer<int>.Default)
{
    protected override int Key(PublishedContent item, SortContext context) => item.Level;
}

/// <summary><c>sortOrder:asc|desc</c>: the position among siblings that editors set (Umbraco's <c>SortOrderSort</c>).</summary>
public sealed class SortOrderSort() : SortHandler<int>("sortOrder", SortField.SortOrder, Comparer<int>.Default)
{
    protected override int Key(PublishedContent item, SortContext context) => item.SortOrder;
}

/// <summary><c>path:asc|desc</c>: the route in the culture, ordinal (Umbraco's <c>PathSort</c> orders by the stored path).</summary>
public sealed class PathSort() : SortHandler<string>("path", SortField.Path, StringComparer.Ordinal)
{
    protected override string Key(PublishedContent item, SortContext context) => context.Snapshot.Route(item, context.Culture) ?? string.Empty;
}
