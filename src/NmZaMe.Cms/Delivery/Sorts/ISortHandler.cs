using NmZaMe.Cms.Delivery.Filters;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Delivery.Sorts;

/// <summary>
/// One <c>sort=</c> option, as Umbraco's <c>ISortHandler</c>: <see cref="CanHandle"/> claims a query by its option
/// name, <see cref="BuildSort"/> reads its direction. A new option is a new class added to
/// <see cref="SortHandlers.All"/>; the parser only dispatches.
/// </summary>
public interface ISortHandler
{
    bool CanHandle(string query);

    Sort BuildSort(string query);
}

/// <summary>A sort option that orders by one key of each item, compared with <paramref name="comparer"/>.</summary>
public abstract class SortHandler<TKey>(string option, SortField field, IComparer<TKey> comparer) : ISortHandler
{
    public bool CanHandle(string query) => FilterQuery.HasOption(query, option);

    public Sort BuildSort(string query)
    {
        // As in Umbraco: anything that does not start with "asc" sorts descending.
        var ascending = query[(query.IndexOf(':') + 1)..].Trim().StartsWith("asc", StringComparison.OrdinalIgnoreCase);
        return new Sort(field, ascending, (items, sorted, context) =>
        {
            TKey KeyOf(PublishedContent item) => Key(item, context);
            return sorted is null
                ? ascending ? items.OrderBy(KeyOf, comparer) : items.OrderByDescending(KeyOf, comparer)
                : ascending ? sorted.ThenBy(KeyOf, comparer) : sorted.ThenByDescending(KeyOf, comparer);
        });
    }

    protected abstract TKey Key(PublishedContent item, SortContext context);
}

/// <summary>What a sort key may read: the snapshot and the culture ("" for media, which does not vary).</summary>
public sealed record SortContext(PublishedSnapshot Snapshot, string Culture);

/// <summary>The sort options this API understands: Umbraco's six.</summary>
public static class SortHandlers
{
    public static IReadOnlyList<ISortHandler> All { get; } =
    [
        new CreateDateSort(),
        new UpdateDateSort(),
        new LevelSort(),
        new NameSort(),
        new SortOrderSort(),
        new PathSort(),
    ];
}
