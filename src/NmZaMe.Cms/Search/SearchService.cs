using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Search;

/// <summary>
/// Citizens' search: analysed terms must all match (stem, typo correction, or prefix for the last term); when that
/// finds too little, any term may match. BM25 with field weights (name &gt; keywords &gt; summary &gt; body), then boosts
/// for the exact phrase, all words in the name and the exact diacritic form; facets from the whole result set.
/// </summary>
public sealed class SearchService(SearchIndex index, PublishedSnapshotService snapshots) : ISearchService
{
    public const int MaxTerms = 10;
    public const int MaxQueryLength = 300;
    private const int RerankDepth = 400;
    private const int RelaxBelow = 3;
    private static readonly double[] Weights = [10.0, 6.0, 3.0, 1.0];

    public SearchResult Search(SearchQuery query)
    {
        var ranked = Rank(query);
        if (ranked.Candidates is null)
        {
            return Empty(ranked.Message!);
        }

        var snapshot = ranked.Snapshot;
        var facets = Facets.Count(ranked.Candidates.Select(c => snapshot.Get(c.Document.Key)).OfType<PublishedContent>(), snapshot, ranked.Culture);
        var stems = ranked.Tokens.Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
        var lastPrefix = ranked.Tokens.Count > 0 && !ranked.Text.EndsWith(' ') ? ranked.Tokens[^1].Folded : null;
        var hits = ranked.Candidates.Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 0, 100))
            .Select(c => (Candidate: c, Content: snapshot.Get(c.Document.Key)))
            .Where(x => x.Content is not null)
            .Select(x => new SearchHit(x.Content!, x.Candidate.Score, Snippet(x.Content!, ranked.Culture, stems, lastPrefix)))
            .ToList();
        var message = ranked.Message;
        if (ranked.Candidates.Count == 0 && message is null)
        {
            message = "Nismo našli ničesar, kar bi ustrezalo iskanju. Preverite zapis ali poskusite z drugimi, splošnejšimi besedami.";
        }

        return new SearchResult(ranked.Candidates.Count, hits, facets, ranked.DidYouMean, message);
    }

    /// <summary>Keys of every match in relevance order (for the Delivery API's <c>filter=text:</c>).</summary>
    public IReadOnlyList<Guid> RankedKeys(string text, string culture) =>
        Rank(new SearchQuery(text, culture)).Candidates?.Select(c => c.Document.Key).ToList() ?? [];

    private Ranking Rank(SearchQuery query)
    {
        var snapshot = snapshots.Current;
        var state = index.State;
        var culture = snapshot.Schema.NormaliseCulture(query.Culture) ?? snapshot.Schema.DefaultCulture;
        var text = new string((query.Text ?? string.Empty).Where(c => !char.IsControl(c)).ToArray()).Trim();
        string? message = null;
        if (text.Length > MaxQueryLength)
        {
            text = text[..MaxQueryLength];
            message = "Iskalni niz je bil predolg, zato smo upoštevali le njegov začetek.";
        }

        var tokens = TextAnalyzer.Analyze(text, culture);
        if (tokens.Count > MaxTerms)
        {
            tokens = tokens.Take(MaxTerms).ToList();
            message = $"Upoštevali smo prvih {MaxTerms} besed iskanja.";
        }

        List<Candidate> candidates;
        string? didYouMean = null;
        if (tokens.Count == 0)
        {
            if (!HasFilters(query))
            {
                return new Ranking(snapshot, culture, text, tokens, null, null, string.IsNullOrWhiteSpace(text)
                    ? "Vpišite, kaj iščete, na primer »pomoč na domu« ali »brezplačna pravna pomoč«."
                    : "Iskanje ne vsebuje besed, po katerih bi lahko iskali. Poskusite z drugimi besedami.");
            }

            // Filters without words: browse everything searchable in the culture.
            candidates = state.Documents.Values.Where(d => d.Culture == culture).Select(d => new Candidate(d, 1.0, 1)).ToList();
        }
        else
        {
            var endsWithSpace = text.EndsWith(' ');
            var terms = new List<FtsQuery.Term>();
            var corrections = new Dictionary<int, string>();
            for (var i = 0; i < tokens.Count; i++)
            {
                var token = tokens[i];
                var prefix = i == tokens.Count - 1 && !endsWithSpace && token.Folded.Length >= 3;
                var alternatives = new List<string> { token.Stem };
                if (prefix && token.Folded != token.Stem)
                {
                    alternatives.Add(token.Folded);
                }

                var known = state.Vocabulary.Frequency(culture, token.Stem) > 0 || (prefix && state.Vocabulary.HasPrefix(culture, token.Folded));
                if (!known && state.Vocabulary.Closest(culture, token.Stem) is { } closest)
                {
                    alternatives.Add(closest);
                    corrections[i] = closest;
                }

                terms.Add(new FtsQuery.Term(alternatives, prefix));
            }

            candidates = Collect(state, culture, terms);
            if (corrections.Count > 0 && candidates.Count > 0)
            {
                didYouMean = Suggest(text, tokens, corrections, state, culture, snapshot);
            }

            Rerank(candidates, tokens);
        }

        var ordered = candidates
            .Where(c => Passes(c.Document, query, snapshot))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => snapshot.Get(c.Document.Key)?.Name(culture) ?? string.Empty, SlovenianCollation.Comparer)
            .ToList();
        return new Ranking(snapshot, culture, text, tokens, ordered, didYouMean, message);
    }

    private List<Candidate> Collect(IndexState state, string culture, List<FtsQuery.Term> terms)
    {
        var strict = index.Match(state, culture, FtsQuery.All(terms), Weights);
        var byRow = new Dictionary<long, Candidate>();
        foreach (var (rowId, score) in strict)
        {
            if (state.Documents.TryGetValue(rowId, out var document))
            {
                byRow[rowId] = new Candidate(document, score, terms.Count);
            }
        }

        if (terms.Count > 1 && byRow.Count < RelaxBelow)
        {
            foreach (var (rowId, score) in index.Match(state, culture, FtsQuery.Any(terms), Weights))
            {
                if (!byRow.ContainsKey(rowId) && state.Documents.TryGetValue(rowId, out var document))
                {
                    var matched = terms.Count(t => Matches(document, t));
                    // A partial match ranks below every full match and in proportion to how much of the query it covers.
                    byRow[rowId] = new Candidate(document, score * matched / terms.Count * 0.5, matched);
                }
            }
        }

        return byRow.Values.ToList();
    }

    private static bool Matches(IndexDocument document, FtsQuery.Term term) =>
        term.Alternatives.Any(a => term.Prefix ? document.Stems.Any(s => s.StartsWith(a, StringComparison.Ordinal)) : document.Stems.Contains(a));

    private static void Rerank(List<Candidate> candidates, List<Token> tokens)
    {
        candidates.Sort((a, b) => b.Score.CompareTo(a.Score));
        var phrase = string.Join(' ', tokens.Select(t => t.Folded));
        var stems = tokens.Select(t => t.Stem).ToArray();
        var accented = tokens.Where(t => t.Lower != t.Folded).Select(t => t.Lower).ToArray();
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            var factor = TypeWeight(c.Document.ContentType);
            if (i < RerankDepth)
            {
                var nameStems = c.Document.Name.Split(' ');
                if (tokens.Count > 1 && c.Document.FoldedName.Contains(phrase, StringComparison.Ordinal))
                {
                    factor *= 1.6;
                }
                else if (tokens.Count > 1 && c.Document.FoldedSummary.Contains(phrase, StringComparison.Ordinal))
                {
                    factor *= 1.25;
                }

                if (stems.All(s => nameStems.Contains(s)))
                {
                    factor *= 1.4;
                }

                foreach (var word in accented)
                {
                    if (c.Document.LowerWords.Contains(word))
                    {
                        factor *= 1.1;
                    }
                }
            }

            candidates[i] = c with { Score = c.Score * factor };
        }
    }

    private static double TypeWeight(string contentType) => contentType switch
    {
        "service" => 1.0,
        "lifeChallenge" => 0.9,
        "organisation" => 0.85,
        _ => 0.6,
    };

    private static bool HasFilters(SearchQuery q) =>
        q.LifeChallenges is { Count: > 0 } || q.TargetGroups is { Count: > 0 } || q.Municipalities is { Count: > 0 } || q.Costs is { Count: > 0 } || q.ContentTypes is { Count: > 0 };

    private static bool Passes(IndexDocument document, SearchQuery q, PublishedSnapshot snapshot)
    {
        if (q.ContentTypes is { Count: > 0 } && !q.ContentTypes.Contains(document.ContentType, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        if (!HasFilters(q) || q is { LifeChallenges: null or { Count: 0 }, TargetGroups: null or { Count: 0 }, Municipalities: null or { Count: 0 }, Costs: null or { Count: 0 } })
        {
            return true;
        }

        if (snapshot.Get(document.Key) is not { } content)
        {
            return false;
        }

        return Facets.Matches(content, snapshot, Facets.LifeChallenge, q.LifeChallenges)
            && Facets.Matches(content, snapshot, Facets.TargetGroup, q.TargetGroups)
            && Facets.Matches(content, snapshot, Facets.Municipality, q.Municipalities)
            && Facets.Matches(content, snapshot, Facets.Cost, q.Costs);
    }

    private static string Snippet(PublishedContent content, string culture, IReadOnlySet<string> stems, string? prefix)
    {
        var summary = IndexDocumentBuilder.Strings(content.Value("summary", culture)).FirstOrDefault() ?? string.Empty;
        var body = IndexDocumentBuilder.Strings(content.Value("description", culture)).Concat(IndexDocumentBuilder.Strings(content.Value("body", culture))).FirstOrDefault() ?? string.Empty;
        var useBody = summary.Length == 0 || (!TextAnalyzer.Analyze(summary, culture).Any(t => stems.Contains(t.Stem)) && TextAnalyzer.Analyze(body, culture).Any(t => stems.Contains(t.Stem)));
        return SnippetBuilder.Build(useBody ? body : summary, culture, stems, prefix);
    }

    /// <summary>The query as typed, with each corrected word replaced by how it is written in the catalogue.</summary>
    private string? Suggest(string text, List<Token> tokens, Dictionary<int, string> corrections, IndexState state, string culture, PublishedSnapshot snapshot)
    {
        var normalised = text.Normalize(System.Text.NormalizationForm.FormKC);
        var result = normalised;
        foreach (var (i, stem) in corrections.OrderByDescending(c => tokens[c.Key].Start))
        {
            var word = SurfaceForm(stem, state, culture, snapshot);
            if (word is null)
            {
                return null;
            }

            result = result[..tokens[i].Start] + word + result[(tokens[i].Start + tokens[i].Length)..];
        }

        return result == normalised ? null : result;
    }

    private string? SurfaceForm(string stem, IndexState state, string culture, PublishedSnapshot snapshot)
    {
        foreach (var (rowId, _) in index.Match(state, culture, FtsQuery.Quote(stem), Weights).Take(5))
        {
            if (state.Documents.TryGetValue(rowId, out var document) && snapshot.Get(document.Key) is { } content)
            {
                var text = string.Join(' ', [content.Name(culture) ?? string.Empty, .. IndexDocumentBuilder.Strings(content.Value("summary", culture)), .. IndexDocumentBuilder.Strings(content.Value("keywords", culture))]);
                var token = TextAnalyzer.Analyze(text, culture).FirstOrDefault(t => t.Stem == stem);
                if (token.Lower is not null)
                {
                    return token.Lower;
                }
            }
        }

        return null;
    }

    private static SearchResult Empty(string message) =>
        new(0, [], new Dictionary<string, IReadOnlyList<FacetValue>>(), null, message);

    private readonly record struct Candidate(IndexDocument Document, double Score, int MatchedTerms);

    private sealed record Ranking(PublishedSnapshot Snapshot, string Culture, string Text, List<Token> Tokens, List<Candidate>? Candidates, string? DidYouMean, string? Message);
}
