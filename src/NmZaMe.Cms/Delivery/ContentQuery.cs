using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Delivery;

public enum SelectorKind
{
    All,
    Ancestors,
    Children,
    Descendants,
}

/// <summary>One parsed <c>fetch=</c> option: <see cref="Select"/> gives the items around its resolved target.</summary>
public sealed record Selector(SelectorKind Kind, string? Target, Func<PublishedSnapshot, PublishedContent, IEnumerable<PublishedContent>> Select)
{
    /// <summary>No <c>fetch</c>: everything (below the start item, if one was asked for).</summary>
    public static Selector All { get; } = new(SelectorKind.All, null, static (_, _) => []);
}

public enum FilterOperator
{
    Is,
    IsNot,
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,
}

/// <summary>One parsed <c>filter=</c> option; <see cref="Matches"/> is evaluated per item and culture.</summary>
public sealed record Filter(string Option, Func<PublishedContent, PublishedSnapshot, string, bool> Matches);

public enum SortField
{
    CreateDate,
    UpdateDate,
    Level,
    Name,
    SortOrder,
    Path,
}

/// <summary>
/// One parsed <c>sort=</c> option: <see cref="Apply"/> orders the items (<c>sorted</c> null) or refines an earlier
/// order (a later sort breaks the ties of the one before).
/// </summary>
public sealed record Sort(SortField Field, bool Ascending,
    Func<IEnumerable<PublishedContent>, IOrderedEnumerable<PublishedContent>?, Sorts.SortContext, IOrderedEnumerable<PublishedContent>> Apply);

/// <param name="Relevance">Rank of each item found by free-text search (<c>filter=text:</c>), used as the order when no sort is given.</param>
public sealed record ContentQuery(Selector Selector, IReadOnlyList<Filter> Filters, IReadOnlyList<Sort> Sorts, int Skip, int Take,
    IReadOnlyDictionary<Guid, int>? Relevance = null);
