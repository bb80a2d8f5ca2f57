using System.Globalization;
using System.Text.RegularExpressions;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Delivery;

/// <summary>
/// The <c>fetch</c>, <c>filter</c> and <c>sort</c> grammar of Umbraco's Delivery API v2, plus NmZaMe's extension filters
/// (lifeChallenge, targetGroup, municipality, cost) in the same handler style.
/// </summary>
public static partial class QueryParser
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
    /// Parses filters; <c>text:{query}</c> is answered by <paramref name="textSearch"/> (keys in relevance order),
    /// and the ranks of the first text filter are returned for ordering.
    /// </summary>
    public static DeliveryProblem? TryParseFilters(IEnumerable<string?> filters, Func<string, IReadOnlyList<Guid>>? textSearch,
        out List<Filter> result, out IReadOnlyDictionary<Guid, int>? relevance)
    {
        result = [];
        relevance = null;
        foreach (var raw in filters)
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            if (textSearch is not null && raw.TrimStart().StartsWith("text:", StringComparison.OrdinalIgnoreCase))
            {
                var ranked = textSearch(raw.TrimStart()[5..]);
                var ranks = new Dictionary<Guid, int>(ranked.Count);
                for (var i = 0; i < ranked.Count; i++)
                {
                    ranks.TryAdd(ranked[i], i);
                }

                relevance ??= ranks;
                result.Add(new Filter("text", (c, _, _) => ranks.ContainsKey(c.Key)));
                continue;
            }

            var filter = ParseFilter(raw.Trim());
            if (filter is null)
            {
                return DeliveryProblem.FilterNotFound;
            }

            if (filter.Option.Length > 0)
            {
                result.Add(filter);
            }
        }

        return null;
    }

    private static Filter? ParseFilter(string raw)
    {
        var date = DateFilter().Match(raw);
        if (date.Success)
        {
            var field = date.Groups["field"].Value.ToLowerInvariant();
            var op = date.Groups["op"].Value switch
            {
                ":" => FilterOperator.Is,
                ":!" => FilterOperator.IsNot,
                ">" => FilterOperator.GreaterThan,
                ">:" => FilterOperator.GreaterThanOrEqual,
                "<" => FilterOperator.LessThan,
                "<:" => FilterOperator.LessThanOrEqual,
                _ => (FilterOperator?)null,
            };
            if (op is null)
            {
                return null;
            }

            // Umbraco drops a filter whose date it cannot parse instead of failing the request.
            if (!DateTime.TryParse(date.Groups["value"].Value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value))
            {
                return new Filter(string.Empty, (_, _, _) => true);
            }

            Func<PublishedContent, DateTime> get = field == "createdate" ? c => c.CreateDate : c => c.UpdateDate;
            return new Filter(field, op switch
            {
                FilterOperator.Is => (c, _, _) => get(c).Date == value.Date,
                FilterOperator.IsNot => (c, _, _) => get(c).Date != value.Date,
                FilterOperator.GreaterThan => (c, _, _) => get(c) > value,
                FilterOperator.GreaterThanOrEqual => (c, _, _) => get(c) >= value,
                FilterOperator.LessThan => (c, _, _) => get(c) < value,
                _ => (c, _, _) => get(c) <= value,
            });
        }

        var colon = raw.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        var option = raw[..colon].Trim();
        var argument = raw[(colon + 1)..].Trim();
        var negate = argument.StartsWith('!');
        if (negate)
        {
            argument = argument[1..].Trim();
        }

        var values = argument.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Func<PublishedContent, PublishedSnapshot, string, bool>? match = option.ToLowerInvariant() switch
        {
            "contenttype" => (c, _, _) => values.Contains(c.ContentType.Alias, StringComparer.OrdinalIgnoreCase),
            "name" => NameContains(argument),
            "lifechallenge" => LifeChallenge(values),
            "targetgroup" => ListContains("targetGroups", values),
            "municipality" => ListContains("municipalities", values),
            "cost" => ListContains("cost", values),
            _ => null,
        };
        if (match is null)
        {
            return null;
        }

        return new Filter(option, negate ? (c, s, culture) => !match(c, s, culture) : match);
    }

    private static Func<PublishedContent, PublishedSnapshot, string, bool> NameContains(string value)
    {
        var needle = Fold(value);
        return (c, _, culture) => c.Name(culture) is { } name && Fold(name).Contains(needle, StringComparison.Ordinal);
    }

    private static Func<PublishedContent, PublishedSnapshot, string, bool> ListContains(string alias, string[] values) =>
        (c, _, culture) => c.Value(alias, culture) is string[] list && list.Any(v => values.Any(x => Fold(x) == Fold(v)));

    private static Func<PublishedContent, PublishedSnapshot, string, bool> LifeChallenge(string[] values) =>
        (c, snapshot, culture) =>
        {
            if (c.Value("lifeChallenges", culture) is not PickedItems picked)
            {
                return false;
            }

            foreach (var key in picked.Keys)
            {
                if (values.Any(v => Guid.TryParse(v, out var g) ? g == key
                    : snapshot.Get(key) is { } lc && lc.Cultures.Values.Any(ci => string.Equals(ci.UrlSegment, v, StringComparison.OrdinalIgnoreCase))))
                {
                    return true;
                }
            }

            return false;
        };

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

    [GeneratedRegex("^(?<field>createDate|updateDate)(?<op>[><:!]{1,2})(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex DateFilter();
}
