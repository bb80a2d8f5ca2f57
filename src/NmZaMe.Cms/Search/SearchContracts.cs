using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Search;

/// <summary>
/// A citizen's search: free text plus optional facet filters, in one culture. Values are the stored values of the
/// data types (e.g. cost "brezplačno"); life challenges by key or URL segment.
/// </summary>
public sealed record SearchQuery(
    string Text,
    string Culture,
    IReadOnlyList<string>? LifeChallenges = null,
    IReadOnlyList<string>? TargetGroups = null,
    IReadOnlyList<string>? Municipalities = null,
    IReadOnlyList<string>? Costs = null,
    IReadOnlyList<string>? ContentTypes = null,
    int Skip = 0,
    int Take = 10);

/// <summary>One result: the item, its relevance, and a snippet whose only markup is &lt;mark&gt; (all other text HTML-encoded).</summary>
/// <remarks><paramref name="Partial"/>: the item matches only part of the query (the relaxed pass found it).</remarks>
public sealed record SearchHit(PublishedContent Content, double Score, string SnippetHtml, bool Partial = false);

public sealed record FacetValue(string Value, string Label, int Count);

/// <summary>
/// Results with facet counts (keys: lifeChallenge, targetGroup, municipality, cost), an optional "did you mean"
/// suggestion and an optional message for the person searching (e.g. why nothing was found). <paramref name="Suggestion"/>
/// is the life situation the query's lay words point to and the best result is or belongs to ("Morda iščete");
/// <paramref name="AnsweredIn"/> the culture whose text was searched when it is not the one asked (nothing in English,
/// so the Slovenian text answered); <paramref name="CrisisServices"/> the services the query's crisis words name, most
/// fitting first (the lines for that danger, for the suggestion's crisis block).
/// </summary>
public sealed record SearchResult(
    long Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    string? DidYouMean,
    string? Message,
    PublishedContent? Suggestion = null,
    string? AnsweredIn = null,
    IReadOnlyList<Guid>? CrisisServices = null);

public interface ISearchService
{
    SearchResult Search(SearchQuery query);

    /// <summary>Keys of every match in relevance order (for the Delivery API's <c>filter=text:</c>).</summary>
    IReadOnlyList<Guid> RankedKeys(string text, string culture);
}
