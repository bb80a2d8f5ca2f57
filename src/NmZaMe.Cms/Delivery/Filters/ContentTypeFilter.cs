namespace NmZaMe.Cms.Delivery.Filters;

/// <summary>
/// <c>contentType:service,organisation</c> (OR), <c>contentType:!service</c>. Aliases are compared without regard to
/// case, a superset of Umbraco's exact match (README "Deliberate differences").
/// </summary>
public sealed class ContentTypeFilter : IFilterHandler
{
    public bool CanHandle(string query) => FilterQuery.HasOption(query, "contentType");

    public Filter? BuildFilter(string query, FilterContext context)
    {
        var parsed = FilterQuery.Parse(query);
        return parsed.ToFilter((c, _, _) => parsed.Values.Contains(c.ContentType.Alias, StringComparer.OrdinalIgnoreCase));
    }
}
