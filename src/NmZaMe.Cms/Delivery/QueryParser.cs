using NmZaMe.Cms.Delivery.Filters;
using NmZaMe.Cms.Delivery.Selectors;
using NmZaMe.Cms.Delivery.Sorts;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Delivery;

/// <summary>
/// The <c>fetch</c>, <c>filter</c> and <c>sort</c> grammar of Umbraco's Delivery API v2. Selectors, filters and sorts
/// are one class per option (folders <c>Selectors</c>, <c>Filters</c>, <c>Sorts</c>), as Umbraco's handlers; this class
/// only dispatches them.
/// </summary>
public static class QueryParser
{
    /// <summary>Hands <c>fetch</c> to the first <see cref="ISelectorHandler"/> that claims it (<see cref="SelectorHandlers.All"/>).</summary>
    public static DeliveryProblem? TryParseSelector(string? fetch, out Selector selector)
    {
        selector = Selector.All;
        if (string.IsNullOrWhiteSpace(fetch))
        {
            return null;
        }

        var query = fetch.Trim();
        if (SelectorHandlers.All.FirstOrDefault(h => h.CanHandle(query)) is not { } handler)
        {
            return DeliveryProblem.SelectorNotFound;
        }

        selector = handler.BuildSelector(query);
        return null;
    }

    public static DeliveryProblem? TryParseFilters(IEnumerable<string?> filters, out List<Filter> result) =>
        TryParseFilters(filters, null, out result, out _);

    /// <summary>
    /// Hands each filter to the first <see cref="IFilterHandler"/> that claims it (<see cref="FilterHandlers.All"/>);
    /// <c>text:{query}</c> is answered by <paramref name="textSearch"/> (keys in relevance order), and the ranks of the
    /// first text filter are returned for ordering.
    /// </summary>
    public static DeliveryProblem? TryParseFilters(IEnumerable<string?> filters, Func<string, IReadOnlyList<Guid>>? textSearch,
        out List<Filter> result, out IReadOnlyDictionary<Guid, int>? relevance)
    {
        result = [];
        var context = new FilterContext(textSearch);
        relevance = null;
        foreach (var raw in filters)
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            var query = raw.Trim();
            if (FilterHandlers.All.FirstOrDefault(h => h.CanHandle(query))?.BuildFilter(query, context) is not { } filter)
            {
                return DeliveryProblem.FilterNotFound;
            }

            // A filter Umbraco drops (an unparsable date) has no option and is not applied.
            if (filter.Option.Length > 0)
            {
                result.Add(filter);
            }
        }

        relevance = context.Relevance;
        return null;
    }

    /// <summary>Hands each sort to the first <see cref="ISortHandler"/> that claims it (<see cref="SortHandlers.All"/>), in order.</summary>
    public static DeliveryProblem? TryParseSorts(IEnumerable<string?> sorts, out List<Sort> result)
    {
        result = [];
        foreach (var raw in sorts)
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            var query = raw.Trim();
            if (SortHandlers.All.FirstOrDefault(h => h.CanHandle(query)) is not { } handler)
            {
                return DeliveryProblem.SortNotFound;
            }

            result.Add(handler.BuildSort(query));
        }

        return null;
    }

    /// <summary>Lower case without diacritics, for forgiving name matching (čšž → csz).</summary>
    internal static string Fold(string text) => UrlSegment.Fold(text);
}
