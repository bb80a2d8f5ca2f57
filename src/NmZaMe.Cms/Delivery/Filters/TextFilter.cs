namespace NmZaMe.Cms.Delivery.Filters;

/// <summary>
/// NmZaMe's <c>text:{query}</c>: the site's own search (Slovenian stemming, synonyms) over the published catalogue; the
/// first text filter's ranks order the results when no sort is given.
/// </summary>
public sealed class TextFilter : IFilterHandler
{
    public bool CanHandle(string query) => query.StartsWith("text:", StringComparison.OrdinalIgnoreCase);

    public Filter? BuildFilter(string query, FilterContext context)
    {
        if (context.TextSearch is null)
        {
            return null;
        }

        var ranked = context.TextSearch(query[5..]);
        var ranks = new Dictionary<Guid, int>(ranked.Count);
        for (var i = 0; i < ranked.Count; i++)
        {
            ranks.TryAdd(ranked[i], i);
        }

        context.Relevance ??= ranks;
        return new Filter("text", (c, _, _) => ranks.ContainsKey(c.Key));
    }
}
