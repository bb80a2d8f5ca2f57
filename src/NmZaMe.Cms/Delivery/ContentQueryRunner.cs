using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Delivery.Sorts;

namespace NmZaMe.Cms.Delivery;

/// <summary>Runs a parsed content query against the snapshot: select, keep what is routable in the culture, filter, sort, page.</summary>
public static class ContentQueryRunner
{
    public static (long Total, IReadOnlyList<PublishedContent> Items) Run(DeliveryRequest request, ContentQuery query)
    {
        var snapshot = request.Snapshot;
        var culture = request.Culture;
        var selector = query.Selector;
        IEnumerable<PublishedContent> items = selector.Kind switch
        {
            SelectorKind.All when request.StartItem is { } start => snapshot.Descendants(start),
            SelectorKind.All => snapshot.Roots.SelectMany(r => snapshot.Descendants(r).Prepend(r)),
            // As Umbraco: a selector without a value selects nothing (a client's undefined id must not return the root's children).
            _ when string.IsNullOrWhiteSpace(selector.Target) => [],
            _ => request.Resolve(selector.Target) is { } target ? selector.Select(snapshot, target) : [],
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
            var context = new SortContext(snapshot, culture);
            IOrderedEnumerable<PublishedContent>? sorted = null;
            foreach (var sort in query.Sorts)
            {
                sorted = sort.Apply(items, sorted, context);
            }

            ordered = sorted!;
        }

        var list = ordered as IReadOnlyList<PublishedContent> ?? ordered.ToList();
        var page = query.Take <= 0 ? [] : list.Skip(query.Skip).Take(query.Take).ToList();
        return (list.Count, page);
    }
}
