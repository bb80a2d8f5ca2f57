using System.Globalization;
using System.Net;
using System.Text;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Search;

namespace NmZaMe.Web.Site.Search;

/// <summary>
/// FALLBACK ONLY, used while no real <see cref="ISearchService"/> is registered: every word of the query must occur
/// in the name or summary (case and diacritics ignored). No stemming, no typo tolerance, no ranking beyond
/// "name before summary". The FTS5 search service replaces it as soon as it is registered in DI.
/// </summary>
public sealed class SnapshotContainsSearch(PublishedSnapshotService snapshots) : ISearchService
{
    private static readonly string[] Searchable = ["service", "organisation", "lifeChallenge", "newsArticle", "textPage"];

    public SearchResult Search(SearchQuery query)
    {
        var snapshot = snapshots.Current;
        var words = Fold(query.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var facetFiltered = query.LifeChallenges is { Count: > 0 } || query.TargetGroups is { Count: > 0 } || query.Municipalities is { Count: > 0 } || query.Costs is { Count: > 0 };
        var hits = snapshot.All
            .Where(c => Searchable.Contains(c.ContentType.Alias) && snapshot.IsRoutable(c, query.Culture))
            .Where(c => query.ContentTypes is not { Count: > 0 } types || types.Contains(c.ContentType.Alias))
            .Where(c => !facetFiltered || (c.ContentType.Alias == "service" && Matches(snapshot, c, query)))
            .Select(c => (Content: c, Name: c.Name(query.Culture) ?? string.Empty, Summary: c.Value("summary", query.Culture) as string ?? string.Empty))
            .Select(c => (c.Content, c.Name, c.Summary, Score: Score(words, Fold(c.Name), Fold(c.Summary))))
            .Where(c => words.Length == 0 ? facetFiltered : c.Score > 0)
            .OrderByDescending(c => c.Score).ThenBy(c => c.Name, StringComparer.Create(CultureInfo.GetCultureInfo(query.Culture), true))
            .ToArray();

        var services = hits.Select(h => h.Content).Where(c => c.ContentType.Alias == "service").ToArray();
        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>
        {
            ["lifeChallenge"] = services.SelectMany(s => (s.Value("lifeChallenges", string.Empty) as PickedItems)?.Keys ?? [])
                .GroupBy(k => k).Select(g => (Item: snapshot.Get(g.Key), Count: g.Count())).Where(g => g.Item is not null)
                .Select(g => new FacetValue(snapshot.Route(g.Item!, query.Culture)?.TrimEnd('/').Split('/').Last() ?? g.Item!.Key.ToString(), g.Item!.Name(query.Culture) ?? string.Empty, g.Count))
                .OrderByDescending(f => f.Count).ToArray(),
            ["targetGroup"] = Count(services, "targetGroups"),
            ["municipality"] = Count(services, "municipalities"),
            ["cost"] = Count(services, "cost"),
        };
        var page = hits.Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 0, 100))
            .Select(h => new SearchHit(h.Content, h.Score, Snippet(h.Summary, words)))
            .ToArray();
        return new SearchResult(hits.Length, page, facets, null, null);
    }

    private static bool Matches(PublishedSnapshot snapshot, PublishedContent service, SearchQuery query)
    {
        bool Has(string alias, IReadOnlyList<string>? wanted) => wanted is not { Count: > 0 } || (service.Value(alias, string.Empty) as string[] ?? []).Any(wanted.Contains);
        var challenges = (service.Value("lifeChallenges", string.Empty) as PickedItems)?.Keys ?? [];
        var challengeOk = query.LifeChallenges is not { Count: > 0 } wantedChallenges || challenges.Select(snapshot.Get).OfType<PublishedContent>()
            .Any(c => wantedChallenges.Contains(c.Key.ToString()) || wantedChallenges.Contains(snapshot.Route(c, query.Culture)?.TrimEnd('/').Split('/').Last() ?? "\0"));
        return challengeOk && Has("targetGroups", query.TargetGroups) && Has("municipalities", query.Municipalities) && Has("cost", query.Costs);
    }

    private static FacetValue[] Count(IEnumerable<PublishedContent> services, string alias) =>
        services.SelectMany(s => s.Value(alias, string.Empty) as string[] ?? []).GroupBy(v => v)
            .Select(g => new FacetValue(g.Key, g.Key, g.Count())).OrderByDescending(f => f.Count).ToArray();

    private static double Score(string[] words, string name, string summary) =>
        words.Length == 0 ? 1 : words.All(w => name.Contains(w) || summary.Contains(w)) ? words.Count(name.Contains) * 2 + words.Count(summary.Contains) : 0;

    /// <summary>The summary, HTML-encoded, with the first occurrence of each word in &lt;mark&gt;.</summary>
    private static string Snippet(string summary, string[] words)
    {
        var folded = Fold(summary);
        var marks = words.Select(w => (Start: folded.IndexOf(w, StringComparison.Ordinal), w.Length)).Where(m => m.Start >= 0).OrderBy(m => m.Start).ToArray();
        var html = new StringBuilder();
        var at = 0;
        foreach (var (start, length) in marks)
        {
            if (start < at)
            {
                continue;
            }

            html.Append(WebUtility.HtmlEncode(summary[at..start])).Append("<mark>").Append(WebUtility.HtmlEncode(summary.Substring(start, length))).Append("</mark>");
            at = start + length;
        }

        return html.Append(WebUtility.HtmlEncode(summary[at..])).ToString();
    }

    /// <summary>Lower case without diacritics, one character for one, so positions in the folded text match the original.</summary>
    private static string Fold(string text)
    {
        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = char.ToLowerInvariant(text[i]);
            chars[i] = c switch
            {
                'đ' => 'd',
                _ when c < 128 || char.IsSurrogate(c) => c,
                _ => c.ToString().Normalize(NormalizationForm.FormD)[0],
            };
        }

        return new string(chars);
    }
}
