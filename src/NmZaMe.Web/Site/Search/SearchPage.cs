using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using NmZaMe.Cms.Insights;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Search;
using NmZaMe.Web.Site.Paging;
using NmZaMe.Web.Site.Services;
using NmZaMe.Web.Site.Shared;

namespace NmZaMe.Web.Site.Search;

/// <summary>
/// A result; <paramref name="Lang"/> is "sl" for a Slovenian result shown on the English site; <paramref name="Partial"/>
/// when it matches the query only in part; a service in the page's own language comes with its card (phone, cost, open
/// now, the list link).
/// </summary>
public sealed record SearchHitView(string Name, string Url, string SnippetHtml, string Kind, string? Provider, string? Lang = null, bool Partial = false, ServiceCard? Card = null);

/// <summary>
/// The life situation offered above the results ("Morda iščete"): its name, address, summary and its crisis block, the
/// services of the kind "nujna pomoč" it lists first (helplines with a phone to tap), when it has any; for a query whose
/// danger words name crisis lines, those lines instead (the ones that fit the danger).
/// </summary>
public sealed record SearchSuggestionView(string Name, string Url, string? Summary, IReadOnlyList<ServiceCard> Urgent)
{
    /// <summary>The service topic (kind of help) of crisis lines and emergency numbers.</summary>
    public const string UrgentTopic = "nujna pomoč";

    /// <param name="fitting">The services the query's crisis words name, most fitting first (<see cref="SearchResult.CrisisServices"/>):
    /// the block then shows those crisis lines, in that order, instead of every line of the life situation.</param>
    public static SearchSuggestionView? From(SiteContext site, PublishedContent lifeChallenge, IReadOnlyList<Guid>? fitting = null)
    {
        if (site.Url(lifeChallenge) is not { } url)
        {
            return null;
        }

        var lines = site.OfType("service")
            .Where(s => SiteContext.First(s, "topic") == UrgentTopic && SiteContext.First(s, "status") != ServiceStatus.Inactive)
            .ToList();
        var order = (fitting ?? []).Select((key, i) => (key, i)).DistinctBy(x => x.key).ToDictionary(x => x.key, x => x.i);
        var fit = lines.Where(s => order.ContainsKey(s.Key)).OrderBy(s => order[s.Key]).ToList();
        IEnumerable<PublishedContent> chosen = fit.Count > 0 ? fit : lines
            .Where(s => (s.Value("lifeChallenges", string.Empty) as PickedItems)?.Keys.Contains(lifeChallenge.Key) == true)
            .OrderBy(s => site.Name(s), StringComparer.Create(site.T.Culture, ignoreCase: true));
        var urgent = chosen
            .Select(s => ServiceCard.From(site, s))
            .OfType<ServiceCard>()
            .ToArray();
        return new SearchSuggestionView(site.Name(lifeChallenge), url, lifeChallenge.Value("summary", site.Culture) as string, urgent);
    }
}

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

    /// <summary>"sl" when <see cref="Message"/> is the engine's Slovenian sentence shown on the English site.</summary>
    public string? MessageLang { get; init; }

    /// <summary>The English search found nothing and these are the Slovenian index's results.</summary>
    public bool InSlovenian { get; init; }

    public int PageNumber { get; init; } = 1;

    public int PageCount { get; init; }

    public Pager? Pager { get; init; }

    public OfficeInfo? Office { get; init; }

    public SearchSuggestionView? Suggestion { get; init; }


    public SearchTexts Words => SearchTexts.For(Site.Culture);

    public IReadOnlyList<LifeChallengeTile> Tiles { get; init; } = [];

    public static SearchPage Build(SiteContext site, string pageUrl, IQueryCollection query, ISearchService search, SearchLog? log = null)
    {
        var text = (query["q"].FirstOrDefault() ?? string.Empty).Trim();
        text = text.Length > MaxQueryLength ? text[..MaxQueryLength] : text;
        var filters = FacetKeys
            .Select(k => (Key: k, Value: query[k].FirstOrDefault()))
            .Where(f => f.Value is { Length: > 0 and <= 100 })
            .ToDictionary(f => f.Key, f => f.Value!);
        var pageNumber = Math.Min(Pager.Parse(query["page"]), 1000);
        var state = new Dictionary<string, string?>(filters!) { ["q"] = text.Length > 0 ? text : null };

        if (text.Length == 0 && filters.Count == 0)
        {
            return new SearchPage(site) { Title = site.T.Search, Query = text, PageUrl = pageUrl, NoIndex = true, Tiles = LifeChallengeTile.All(site), Office = OfficeInfo.From(site) };
        }

        var searchQuery = new SearchQuery(
            text,
            site.Culture,
            LifeChallenges: One(filters, "lifeChallenge"),
            TargetGroups: One(filters, "targetGroup"),
            Municipalities: One(filters, "municipality"),
            Costs: One(filters, "cost"),
            Skip: (pageNumber - 1) * PageSize,
            Take: PageSize);
        // The engine searches the Slovenian text when the English one has nothing (AnsweredIn says so).
        var result = search.Search(searchQuery);
        // Only said when the Slovenian text found something: nothing in either language is simply nothing.
        var inSlovenian = result.AnsweredIn is not null && result.Total > 0;
        var pageCount = (int)Math.Ceiling(result.Total / (double)PageSize);
        // Counted once per search (its first page), anonymously; result links carry the search's random token.
        var token = log is not null && text.Length > 0 && pageNumber == 1
            ? log.Record(text, site.Culture, result.Total, SearchLog.LifeChallengeOf(result.Hits.FirstOrDefault()?.Content), SearchSource.Site)
            : Guid.Empty;
        var labels = new Dictionary<string, string>
        {
            ["lifeChallenge"] = site.T.LifeChallenges, ["targetGroup"] = site.T.TargetGroup, ["municipality"] = site.T.Municipality, ["cost"] = site.T.Cost,
        };
        return new SearchPage(site)
        {
            Title = text.Length > 0 ? site.T.Format(site.T.ResultsForFormat, text) : site.T.Search,
            // Never the query: the tab title stays in the history of a shared family computer ("nasilje", "dolg").
            BrowserTitle = site.T.Search,
            Query = text,
            PageUrl = pageUrl,
            NoIndex = true,
            Searched = true,
            // The query is the title; a trail back to the home page would only push the first result off a phone's screen.
            Breadcrumbs = [],
            Total = result.Total,
            Hits = result.Hits.Select(h => View(site, h, inSlovenian, token)).OfType<SearchHitView>().ToArray(),
            InSlovenian = inSlovenian,
            Suggestion = result.Suggestion is { } lc ? SearchSuggestionView.From(site, lc, result.CrisisServices) : null,
            // Facet values of the Slovenian index would filter the English search, which found nothing; leave them out.
            Facets = inSlovenian ? [] : FacetKeys.Where(k => result.Facets.ContainsKey(k) && labels.ContainsKey(k))
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
            MessageLang = result.Message is not null && !site.Language.IsDefault ? SiteLanguage.Slovenian.Segment : null,
            PageNumber = pageNumber,
            PageCount = pageCount,
            Pager = Pager.Build(pageNumber, pageCount, n => Url(pageUrl, state, "page", n == 1 ? null : n.ToString())),
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

    private static SearchHitView? View(SiteContext site, SearchHit hit, bool inSlovenian, Guid token)
    {
        // A Slovenian result leads to the English page when there is one, else to the Slovenian page.
        if ((site.Url(hit.Content) ?? (inSlovenian ? site.UrlIn(hit.Content, SiteLanguage.Slovenian) : null)) is not { } url)
        {
            return null;
        }

        if (token != Guid.Empty)
        {
            url = $"/{(site.Culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "sl")}/odpri/{token:N}/{hit.Content.Key:N}";
        }

        var provider = hit.Content.ContentType.Alias == "service" && hit.Content.ParentKey is { } pk && site.Snapshot.Get(pk) is { } org ? site.Name(org) : null;
        var B = BrowseTexts.For(site.Language);
        var kind = hit.Content.ContentType.Alias switch
        {
            "service" => B.KindService,
            "organisation" => B.KindOrganisation,
            "lifeChallenge" => B.KindLifeChallenge,
            "newsArticle" => B.KindNews,
            _ => site.SiteName,
        };
        return inSlovenian
            ? new SearchHitView(hit.Content.Name(SiteLanguage.Slovenian.Culture) ?? site.Name(hit.Content), url, hit.SnippetHtml, kind, provider, SiteLanguage.Slovenian.Segment, hit.Partial)
            : new SearchHitView(site.Name(hit.Content), url, hit.SnippetHtml, kind, provider, Partial: hit.Partial,
                // The card's link goes through the search's token too, so opening it is counted.
                Card: hit.Content.ContentType.Alias == "service" && ServiceCard.From(site, hit.Content) is { } card ? card with { Url = url } : null);
    }
}
