namespace NmZaMe.Cms.Delivery.Filters;

/// <summary>
/// The <c>option:value</c> form shared by the list-style filters: a leading <c>!</c> negates, commas separate values
/// that are ORed, surrounding spaces are ignored.
/// </summary>
public sealed record FilterQuery(string Option, string Argument, bool Negate, string[] Values)
{
    public static bool HasOption(string query, string option) =>
        query.Length > option.Length && query.StartsWith(option, StringComparison.OrdinalIgnoreCase) && query.AsSpan(option.Length).TrimStart()[0] == ':';

    public static FilterQuery Parse(string query)
    {
        var colon = query.IndexOf(':');
        var option = query[..colon].Trim();
        var argument = query[(colon + 1)..].Trim();
        var negate = argument.StartsWith('!');
        if (negate)
        {
            argument = argument[1..].Trim();
        }

        return new FilterQuery(option, argument, negate, argument.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The filter for this query, negated when it asked for <c>!</c>.</summary>
    public Filter ToFilter(Func<PublishedCache.PublishedContent, PublishedCache.PublishedSnapshot, string, bool> match) =>
        new(Option, Negate ? (c, s, culture) => !match(c, s, culture) : match);
}
