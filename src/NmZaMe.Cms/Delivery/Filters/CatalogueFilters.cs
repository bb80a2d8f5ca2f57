using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Delivery.Filters;

/// <summary>An NmZaMe option over a list property (checkbox list, tags): any of the values, folded for case and diacritics.</summary>
public abstract class ListPropertyFilter(string option, string alias) : IFilterHandler
{
    public bool CanHandle(string query) => FilterQuery.HasOption(query, option);

    public Filter? BuildFilter(string query, FilterContext context)
    {
        var parsed = FilterQuery.Parse(query);
        var wanted = parsed.Values.Select(QueryParser.Fold).ToHashSet(StringComparer.Ordinal);
        return parsed.ToFilter((c, _, culture) => c.Value(alias, culture) is string[] list && list.Any(v => wanted.Contains(QueryParser.Fold(v))));
    }
}

/// <summary><c>targetGroup:{value}</c>: services for a target group (property <c>targetGroups</c>).</summary>
public sealed class TargetGroupFilter() : ListPropertyFilter("targetGroup", "targetGroups");

/// <summary><c>municipality:{value}</c>: services offered in a municipality (property <c>municipalities</c>).</summary>
public sealed class MunicipalityFilter() : ListPropertyFilter("municipality", "municipalities");

/// <summary><c>cost:{value}</c>: services by cost (property <c>cost</c>).</summary>
public sealed class CostFilter() : ListPropertyFilter("cost", "cost");

/// <summary><c>lifeChallenge:{id|urlSegment}</c>: services that picked a life situation, by key or by its URL segment in any culture.</summary>
public sealed class LifeChallengeFilter : IFilterHandler
{
    public bool CanHandle(string query) => FilterQuery.HasOption(query, "lifeChallenge");

    public Filter? BuildFilter(string query, FilterContext context)
    {
        var parsed = FilterQuery.Parse(query);
        var values = parsed.Values;
        return parsed.ToFilter((c, snapshot, culture) =>
            c.Value("lifeChallenges", culture) is PickedItems picked
            && picked.Keys.Any(key => values.Any(v => Guid.TryParse(v, out var g)
                ? g == key
                : snapshot.Get(key) is { } lc && lc.Cultures.Values.Any(ci => string.Equals(ci.UrlSegment, v, StringComparison.OrdinalIgnoreCase)))));
    }
}
