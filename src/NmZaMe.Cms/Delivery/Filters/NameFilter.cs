namespace NmZaMe.Cms.Delivery.Filters;

/// <summary>
/// <c>name:pomoč,svet</c>: the name in the request culture contains any of the values (OR, as Umbraco's
/// <c>NameFilter</c>). Case and diacritics are folded, so "pomoc" finds "pomoč": a superset of Umbraco's
/// StandardAnalyzer match that Slovenian users need (README "Deliberate differences").
/// </summary>
public sealed class NameFilter : IFilterHandler
{
    public bool CanHandle(string query) => FilterQuery.HasOption(query, "name");

    public Filter? BuildFilter(string query, FilterContext context)
    {
        var parsed = FilterQuery.Parse(query);
        var needles = parsed.Values.Select(QueryParser.Fold).ToArray();
        return parsed.ToFilter((c, _, culture) => c.Name(culture) is { } name && Contains(QueryParser.Fold(name), needles));
    }

    private static bool Contains(string name, string[] needles)
    {
        foreach (var needle in needles)
        {
            if (name.Contains(needle, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
