using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using NmZaMe.Cms.Search;
using NmZaMe.Web.Site.Shared;

namespace NmZaMe.Web.Site.Search;

public sealed record SearchHitView(string Name, string Url, string SnippetHtml, string Kind, string? Provider);

public sealed record SearchFacetOption(string Label, int Count, bool Selected, string Url);

public sealed record SearchFacet(string Label, IReadOnlyList<SearchFacetOption> Options);

public sealed class SearchPage(SiteContext site) : SitePage(site)
{
    public const int PageSize = 10;
    private const int MaxQueryLength = 200;

    /// <summary>Query keys of the facet filters, the same names the search contract uses for its facets.</summary>
    private static readonly string[] FacetKeys = ["lifeChallenge", "targetGroup", "municipality", "cost"];

    public required string Query { get; init; }

    public required string PageUrl { get; init; }

    public bool Searched { get; init; }

    public long Total { get; init; }

    public IReadOnlyList<SearchHitView> Hits { get; init; } = [];

    public IReadOnlyList<SearchFacet> Facets { get; init; } = [];

    public string? DidYouMean { get; init; }

    public string? DidYouMeanUrl { get; init; }

    public string? Message { get; init; }

    public int PageNumber { get; init; } = 1;

    public int PageCount { get; init; }

    public string? PreviousUrl { get; init; }

    public string? NextUrl { get; init; }

    public OfficeInfo? Office { get; init; }

    public IReadOnlyList<LifeChallengeTile> Tiles { get; init; } = [];

    public static SearchPage Build(SiteContext site, string pageUrl, IQueryCollection query, ISearchService search)
    {
        var text = (query["q"].FirstOrDefault() ?? string.Empty).Trim();
        text = text.Length > MaxQueryLength ? text[..MaxQueryLength] : text;
        var filters = FacetKeys
            .Select(k => (Key: k, Value: query[k].FirstOrDefault()))
            .Where(f => f.Value is { Length: > 0 and <= 100 })
            .ToDictionary(f => f.Key, f => f.Value!);
        var pageNumber = int.TryParse(query["page"], out var p) ? Math.Clamp(p, 1, 1000) : 1;
        var state = new Dictionary<string, string?>(filters!) { ["q"] = text.Length > 0 ? text : null };

        if (text.Length == 0 && filters.Count == 0)
        {
            return new SearchPage(site) { Title = site.T.Search, Query = text, PageUrl = pageUrl, NoIndex = true, Tiles = LifeChallengeTile.All(site), Office = OfficeInfo.From(site) };
        }

        var result = search.Search(new SearchQuery(
            text,
            site.Culture,
            LifeChallenges: One(filters, "lifeChallenge"),
            TargetGroups: One(filters, "targetGroup"),
            Municipalities: One(filters, "municipality"),
            Costs: One(filters, "cost"),
            Skip: (pageNumber - 1) * PageSize,
            Take: PageSize));
        var pageCount = (int)Math.Ceiling(result.Total / (double)PageSize);
        var labels = new Dictionary<string, string>
        {
            ["lifeChallenge"] = site.T.LifeChallenges, ["targetGroup"] = site.T.TargetGroup, ["municipality"] = site.T.Municipality, ["cost"] = site.T.Cost,
        };
        return new SearchPage(site)
        {
            Title = text.Length > 0 ? site.T.Format(site.T.ResultsForFormat, text) : site.T.Search,
            Query = text,
            PageUrl = pageUrl,
            NoIndex = true,
            Searched = true,
            Total = result.Total,
            Hits = result.Hits.Select(h => View(site, h)).OfType<SearchHitView>().ToArray(),
            Facets = FacetKeys.Where(k => result.Facets.ContainsKey(k) && labels.ContainsKey(k))
                .Select(k => new SearchFacet(labels[k], result.Facets[k]
                    .Where(v => v.Count > 0 || filters.GetValueOrDefault(k) == v.Value)
                    .Select(v => new SearchFacetOption(
                        site.Label(v.Label),
                        v.Count,
                        filters.GetValueOrDefault(k) == v.Value,
                        Url(pageUrl, state, k, filters.GetValueOrDefault(k) == v.Value ? null : v.Value)))
                    .ToArray()))
                .Where(f => f.Options.Count > 0)
                .ToArray(),
            DidYouMean = result.DidYouMean,
            DidYouMeanUrl = result.DidYouMean is { } suggestion ? Url(pageUrl, state, "q", suggestion) : null,
            Message = result.Message,
            PageNumber = pageNumber,
            PageCount = pageCount,
            PreviousUrl = pageNumber > 1 ? Url(pageUrl, state, "page", pageNumber - 1 == 1 ? null : (pageNumber - 1).ToString()) : null,
            NextUrl = pageNumber < pageCount ? Url(pageUrl, state, "page", (pageNumber + 1).ToString()) : null,
            Office = result.Total == 0 ? OfficeInfo.From(site) : null,
            Tiles = result.Total == 0 ? LifeChallengeTile.All(site) : [],
        };
    }

    private static string[]? One(Dictionary<string, string> filters, string key) => filters.TryGetValue(key, out var v) ? [v] : null;

    /// <summary>This search with one parameter set or removed (a facet choice resets the page).</summary>
    private static string Url(string pageUrl, Dictionary<string, string?> state, string key, string? value)
    {
        var next = new Dictionary<string, string?>(state) { [key] = value };
        if (key != "page")
        {
            next.Remove("page");
        }

        return QueryHelpers.AddQueryString(pageUrl, next.Where(p => p.Value is not null));
    }

    private static SearchHitView? View(SiteContext site, SearchHit hit)
    {
        if (site.Url(hit.Content) is not { } url)
        {
            return null;
        }

        var provider = hit.Content.ContentType.Alias == "service" && hit.Content.ParentKey is { } pk && site.Snapshot.Get(pk) is { } org ? site.Name(org) : null;
        var kind = hit.Content.ContentType.Alias switch
        {
            "service" => site.T.Services,
            "organisation" => site.T.Organisations,
            "lifeChallenge" => site.T.LifeChallenges,
            "newsArticle" => site.T.News,
            _ => site.SiteName,
        };
        return new SearchHitView(site.Name(hit.Content), url, hit.SnippetHtml, kind, provider);
    }
}
