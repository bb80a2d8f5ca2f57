namespace NmZaMe.Cms.Delivery.Filters;

/// <summary>
/// One <c>filter=</c> option, as Umbraco's <c>IFilterHandler</c>: <see cref="CanHandle"/> claims a query by its option
/// name, <see cref="BuildFilter"/> turns it into a predicate. A new option is a new class added to
/// <see cref="FilterHandlers.All"/>; the parser only dispatches.
/// </summary>
public interface IFilterHandler
{
    bool CanHandle(string query);

    /// <summary>The filter, or null when the query is one Umbraco refuses ("Filter option not found").</summary>
    Filter? BuildFilter(string query, FilterContext context);
}

/// <summary>What a filter may need from the request: the free-text search, and where the first search's ranks go.</summary>
public sealed class FilterContext(Func<string, IReadOnlyList<Guid>>? textSearch)
{
    public Func<string, IReadOnlyList<Guid>>? TextSearch { get; } = textSearch;

    /// <summary>Ranks of the first free-text filter, the order of results when no sort is given.</summary>
    public IReadOnlyDictionary<Guid, int>? Relevance { get; set; }
}

/// <summary>The filter options this API understands, Umbraco's and NmZaMe's.</summary>
public static class FilterHandlers
{
    public static IReadOnlyList<IFilterHandler> All { get; } =
    [
        new ContentTypeFilter(),
        new NameFilter(),
        new CreateDateFilter(),
        new UpdateDateFilter(),
        new TextFilter(),
        new LifeChallengeFilter(),
        new TargetGroupFilter(),
        new MunicipalityFilter(),
        new CostFilter(),
    ];
}
