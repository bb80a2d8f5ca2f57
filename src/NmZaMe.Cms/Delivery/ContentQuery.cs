using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Delivery;

public enum SelectorKind
{
    All,
    Ancestors,
    Children,
    Descendants,
}

public sealed record Selector(SelectorKind Kind, string? Target);

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

public sealed record Sort(SortField Field, bool Ascending);

/// <param name="Relevance">Rank of each item found by free-text search (<c>filter=text:</c>), used as the order when no sort is given.</param>
public sealed record ContentQuery(Selector Selector, IReadOnlyList<Filter> Filters, IReadOnlyList<Sort> Sorts, int Skip, int Take,
    IReadOnlyDictionary<Guid, int>? Relevance = null);
