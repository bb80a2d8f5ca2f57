using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Delivery;

/// <summary>Runs a parsed content query against the snapshot: select, keep what is routable in the culture, filter, sort, page.</summary>
public static class ContentQueryRunner
{
    public static (long Total, IReadOnlyList<PublishedContent> Items) Run(DeliveryRequest request, ContentQuery query)
    {
        var snapshot = request.Snapshot;
        var culture = request.Culture;
        IEnumerable<PublishedContent> items = query.Selector.Kind switch
        {
            SelectorKind.All when request.StartItem is { } start => snapshot.Descendants(start),
            SelectorKind.All => snapshot.Roots.SelectMany(r => snapshot.Descendants(r).Prepend(r)),
            // As Umbraco: a selector without a value selects nothing (a client's undefined id must not return the root's children).
            _ when string.IsNullOrWhiteSpace(query.Selector.Target) => [],
            _ when request.Resolve(query.Selector.Target ?? string.Empty) is not { } target => [],
            SelectorKind.Ancestors => snapshot.Ancestors(request.Resolve(query.Selector.Target!)!).Reverse(),
            SelectorKind.Children => snapshot.ChildrenOf(request.Resolve(query.Selector.Target!)!.Key),
            _ => snapshot.Descendants(request.Resolve(query.Selector.Target!)!),
        };

        items = items.Where(i => snapshot.IsRoutable(i, culture));
        foreach (var filter in query.Filters)
        {
            var f = filter;
            items = items.Where(i => f.Matches(i, snapshot, culture));
        }

        IEnumerable<PublishedContent> ordered = items;
        if (query.Sorts.Count == 0 && query.Relevance is { } relevance)
        {
            ordered = items.OrderBy(i => relevance.GetValueOrDefault(i.Key, int.MaxValue));
        }
        else if (query.Sorts.Count > 0)
        {
            IOrderedEnumerable<PublishedContent>? sorted = null;
            foreach (var sort in query.Sorts)
            {
                sorted = sort.Field switch
                {
                    SortField.Name => Order(sorted, items, i => i.Name(culture) ?? string.Empty, SlovenianCollation.Comparer, sort.Ascending),
                    SortField.CreateDate => Order(sorted, items, i => i.CreateDate, Comparer<DateTime>.Default, sort.Ascending),
                    SortField.UpdateDate => Order(sorted, items, i => i.Culture(culture)?.UpdateDate ?? i.UpdateDate, Comparer<DateTime>.Default, sort.Ascending),
                    SortField.Level => Order(sorted, items, i => i.Level, Comparer<int>.Default, sort.Ascending),
                    SortField.SortOrder => Order(sorted, items, i => i.SortOrder, Comparer<int>.Default, sort.Ascending),
                    _ => Order(sorted, items, i => snapshot.Route(i, culture) ?? string.Empty, StringComparer.Ordinal, sort.Ascending),
                };
            }

            ordered = sorted!;
        }

        var list = ordered as IReadOnlyList<PublishedContent> ?? ordered.ToList();
        var page = query.Take <= 0 ? [] : list.Skip(query.Skip).Take(query.Take).ToList();
        return (list.Count, page);
    }

    private static IOrderedEnumerable<PublishedContent> Order<T>(IOrderedEnumerable<PublishedContent>? sorted, IEnumerable<PublishedContent> items,
        Func<PublishedContent, T> key, IComparer<T> comparer, bool ascending) =>
        sorted is null
            ? ascending ? items.OrderBy(key, comparer) : items.OrderByDescending(key, comparer)
            : ascending ? sorted.ThenBy(key, comparer) : sorted.ThenByDescending(key, comparer);
}
