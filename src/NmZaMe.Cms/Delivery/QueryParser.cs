using NmZaMe.Cms.Delivery.Filters;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Delivery;

/// <summary>
/// The <c>fetch</c>, <c>filter</c> and <c>sort</c> grammar of Umbraco's Delivery API v2. Filters are one class per
/// option (<see cref="Filters"/>), as in Umbraco; this class only dispatches them.
/// </summary>
public static class QueryParser
{
    public static DeliveryProblem? TryParseSelector(string? fetch, out Selector selector)
    {
        selector = new Selector(SelectorKind.All, null);
        if (string.IsNullOrWhiteSpace(fetch))
        {
            return null;
        }

        var colon = fetch.IndexOf(':');
        var kind = colon < 0 ? null : fetch[..colon].Trim().ToLowerInvariant() switch
        {
            "ancestors" => SelectorKind.Ancestors,
            "children" => SelectorKind.Children,
            "descendants" => SelectorKind.Descendants,
            _ => (SelectorKind?)null,
        };
        if (kind is null)
        {
            return DeliveryProblem.SelectorNotFound;
        }

        selector = new Selector(kind.Value, fetch[(colon + 1)..].Trim());
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

    public static DeliveryProblem? TryParseSorts(IEnumerable<string?> sorts, out List<Sort> result)
    {
        result = [];
        foreach (var raw in sorts)
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            var colon = raw.IndexOf(':');
            if (colon <= 0)
            {
                return DeliveryProblem.SortNotFound;
            }

            SortField? field = raw[..colon].Trim().ToLowerInvariant() switch
            {
                "createdate" => SortField.CreateDate,
                "updatedate" => SortField.UpdateDate,
                "level" => SortField.Level,
                "name" => SortField.Name,
                "sortorder" => SortField.SortOrder,
                "path" => SortField.Path,
                _ => null,
            };
            if (field is null)
            {
                return DeliveryProblem.SortNotFound;
            }

            // As in Umbraco: anything that does not start with "asc" sorts descending.
            result.Add(new Sort(field.Value, raw[(colon + 1)..].Trim().StartsWith("asc", StringComparison.OrdinalIgnoreCase)));
        }

        return null;
    }

    /// <summary>Lower case without diacritics, for forgiving name matching (čšž → csz).</summary>
    internal static string Fold(string text) => UrlSegment.Fold(text);
}
