using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Search.Understanding;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Search;

/// <summary>
/// Citizens' search: analysed terms must all match (stem, typo correction, or prefix for the last term); when that
/// finds too little, any term may match. BM25 with field weights (name &gt; keywords &gt; summary &gt; body), then boosts
/// for the exact phrase, all words in the name and the exact diacritic form; facets from the whole result set.
/// </summary>
/// <param name="cachedResults">How many recent answers are kept (see <see cref="SearchResultCache{T}"/>); 0 computes every one, as the benchmark does.</param>
public sealed partial class SearchService(SearchIndex index, ISnapshotSource snapshots, int cachedResults = 256) : ISearchService
{
    public const int MaxTerms = 10;
    public const int MaxQueryLength = 300;
    private const int RerankDepth = 400;
    private const int RelaxBelow = 5;

    // A word in more than this share of the items ("pomoč" in this catalogue) tells little about what is wanted: it may
    // be missing from a result, and only lifts the results that have it.
    private const double CommonShare = 0.3;
    private static readonly double[] Weights = [10.0, 6.0, 3.0, 1.0];

    // Smaller candidate lists are not worth keeping (see RentCandidates).
    private const int SpareFrom = 4096;

    [ThreadStatic]
    private static List<Candidate>? _spareCandidates;

    private readonly SearchResultCache<SearchResult> _results = new(cachedResults);

    // The Delivery API's ordered keys hold every match of a broad query, so fewer of them are kept.
    private readonly SearchResultCache<IReadOnlyList<Guid>> _keys = new(cachedResults / 16);

    public SearchResult Search(SearchQuery query) =>
        _results.GetOrAdd(snapshots.Current, index.State, SearchResultCache<SearchResult>.KeyOf(query), () => Compute(query));

    /// <summary>Keys of every match in relevance order (for the Delivery API's <c>filter=text:</c>).</summary>
    public IReadOnlyList<Guid> RankedKeys(string text, string culture) =>
        _keys.GetOrAdd(snapshots.Current, index.State, SearchResultCache<SearchResult>.KeyOf(new SearchQuery(text, culture)), () => ComputeRankedKeys(text, culture));

    private SearchResult Compute(SearchQuery query)
    {
        var ranked = Rank(query, countFacets: true);
        var answeredIn = Fallback(ranked, query) is { } other ? other.Culture : null;
        if (answeredIn is not null)
        {
            ranked = Rank(query with { Culture = answeredIn }, countFacets: true);
        }

        if (ranked.Candidates is null)
        {
            return Empty(ranked.Message!);
        }

        var snapshot = ranked.Snapshot;
        var facets = Facets.CountMatches(ranked.State, ranked.Candidates, c => c.RowId, snapshot, ranked.Culture);
        var stems = ranked.Tokens.Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
        var lastPrefix = ranked.Tokens.Count > 0 && !ranked.Text.EndsWith(' ') ? ranked.Tokens[^1].Folded : null;
        // Only the page is put in order (a partial sort), not every match of a broad query.
        var rows = ranked.State.Rows;
        var hits = Page(ranked.Candidates, rows, Math.Max(0, query.Skip), Math.Clamp(query.Take, 0, 100), ranked.RankedPositions)
            .Select(c => (Candidate: c, Content: snapshot.Get(rows.Keys[c.RowId])))
            .Where(x => x.Content is not null)
            .Select(x => new SearchHit(x.Content!, x.Candidate.Score, Snippet(x.Content!, ranked.Culture, stems, lastPrefix), x.Candidate.Tier == 1))
            .ToList();
        var top = query.Skip <= 0 ? hits.FirstOrDefault()?.Content
            : Page(ranked.Candidates, rows, 0, 1, ranked.RankedPositions).Select(c => snapshot.Get(rows.Keys[c.RowId])).FirstOrDefault();
        var message = ranked.Message;
        if (ranked.Candidates.Count == 0 && message is null)
        {
            message = "Nismo našli ničesar, kar bi ustrezalo iskanju. Preverite zapis ali poskusite z drugimi, splošnejšimi besedami.";
        }

        var result = new SearchResult(ranked.Candidates.Count, hits, facets, ranked.DidYouMean, message, Suggested(ranked.Plan!, top, snapshot), answeredIn, CrisisServices(ranked));
        ReturnCandidates(ranked.Candidates);
        return result;
    }

    /// <summary>
    /// A list for a query's candidates: the thread's spare one when it is large enough. A broad query's list is megabytes
    /// (tens of thousands of matches), a large-object heap allocation each time otherwise, and those bring full collections.
    /// </summary>
    private static List<Candidate> RentCandidates(int capacity)
    {
        if (_spareCandidates is { } spare && spare.Capacity >= capacity)
        {
            _spareCandidates = null;
            return spare;
        }

        return new List<Candidate>(capacity);
    }

    /// <summary>Keeps a list nothing refers to any more (the result holds its own hits) for the thread's next query.</summary>
    private static void ReturnCandidates(List<Candidate> candidates)
    {
        if (candidates.Capacity >= SpareFrom && candidates.Capacity > (_spareCandidates?.Capacity ?? 0))
        {
            candidates.Clear();
            _spareCandidates = candidates;
        }
    }

    /// <summary>
    /// An English query the English text cannot answer is searched in the Slovenian text (people type the catalogue's
    /// Slovenian words, and a missing translation must not hide a service); the items are then shown in English.
    /// </summary>
    private static Ranking? Fallback(Ranking ranked, SearchQuery query)
    {
        var fallback = ranked.Snapshot.Schema.DefaultCulture;
        return ranked.Candidates is { Count: 0 } && ranked.Tokens.Count + (ranked.Plan?.Phrases.Count ?? 0) > 0 && !string.Equals(ranked.Culture, fallback, StringComparison.OrdinalIgnoreCase)
            ? ranked with { Culture = fallback }
            : null;
    }

    private List<Guid> ComputeRankedKeys(string text, string culture)
    {
        var ranked = Rank(new SearchQuery(text, culture), countFacets: false);
        if (Fallback(ranked, new SearchQuery(text, culture)) is { } other)
        {
            ranked = Rank(new SearchQuery(text, other.Culture), countFacets: false);
        }

        return ranked is { Candidates: { } candidates }
            ? Ordered(candidates, ranked.State.Rows).Select(c => ranked.State.Rows.Keys[c.RowId]).ToList()
            : [];
    }

    private Ranking Rank(SearchQuery query, bool countFacets)
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

        var typed = text;
        text = QueryNormaliser.Normalise(text, culture);
        var words = QueryWords.Instance;
        var older = words.Cues("older", typed, text) || words.IsOfOlderAge(typed);
        var plan = QueryPlan.Create(text, culture, LayLexicon.Of(snapshot), MaxTerms, ForeignWords(state, culture, snapshot.Schema.DefaultCulture), (c, stem) => state.Vocabulary.Frequency(c, stem) > 0) with
        {
            // A husband or wife who speaks ("odkar je mož umrl …") is no teenager, whatever their spelling ("sm").
            Young = !words.Cues("grownUp", typed, text) && (words.IsYoung(typed, older) || words.Cues("runaway", typed, text)), Older = older, Money = words.Cues("money", typed, text), Parent = words.Cues("parent", typed, text),
        };
        var tokens = plan.Words;
        if (plan.Cut)
        {
            message = $"Upoštevali smo prvih {MaxTerms} besed iskanja.";
        }

        List<Candidate> candidates;
        List<int>? rankedPositions = null;
        string? didYouMean = null;
        if (tokens.Count == 0 && plan.Phrases.Count == 0)
        {
            if (!HasFilters(query))
            {
                return new Ranking(state, snapshot, culture, text, tokens, null, null, string.IsNullOrWhiteSpace(text)
                    ? "Vpišite, kaj iščete, na primer »pomoč na domu« ali »brezplačna pravna pomoč«."
                    : "Iskanje ne vsebuje besed, po katerih bi lahko iskali. Poskusite z drugimi besedami.");
            }

            // Filters without words: browse everything searchable in the culture.
            candidates = [];
            var rows = state.Rows;
            for (var row = 0; row < rows.Next; row++)
            {
                if (rows.Data[row] is not null && rows.Cultures[row] == culture)
                {
                    candidates.Add(new Candidate(row, 1.0, 3));
                }
            }
        }
        else
        {
            var endsWithSpace = text.EndsWith(' ');
            var terms = new List<FtsQuery.Term>();
            var corrections = new Dictionary<int, string>();
            for (var i = 0; i < tokens.Count; i++)
            {
                var token = tokens[i];
                var typing = i == tokens.Count - 1 && !endsWithSpace && token.Folded.Length >= 3;
                var exact = new List<string> { token.Stem };
                var prefixes = new List<string>();
                if (typing)
                {
                    prefixes.Add(token.Folded);
                }

                if (token.Stem.Length >= 7 && !token.Stem.Any(char.IsDigit))
                {
                    // Derived forms share a long stem's beginning (odvisnik, odvisnost, odvisne).
                    prefixes.Add(token.Stem[..^2]);
                }

                var known = state.Vocabulary.Frequency(culture, token.Stem) > 0 || (typing && state.Vocabulary.HasPrefix(culture, token.Folded));
                // A word of a lexicon phrase is spelled as people write it; the phrase, not a correction, finds what it means.
                if (!known && plan.Roles[i] != WordRole.Phrase && state.Vocabulary.Closest(culture, token.Stem) is { } closest)
                {
                    exact.Add(closest);
                    corrections[i] = closest;
                    if (closest.Length >= 7)
                    {
                        prefixes.Add(closest[..^2]);
                    }
                }

                terms.Add(new FtsQuery.Term(exact, prefixes));
            }

            using var masks = new TermMasks(terms, state, culture);
            // A page within the ranked depth needs only the matches that can reach it scored; a filtered search orders
            // what passes the filters, the Delivery API every match, and a crisis entry lifts the services it names
            // wherever they rank (LiftNamed), so they score all.
            var bound = countFacets && !HasFilters(query) && (long)Math.Max(0, query.Skip) + Math.Clamp(query.Take, 0, 100) <= RerankDepth
                && !plan.Phrases.Any(p => plan.Lexicon.IsCrisis(p.Entry));
            candidates = plan.Understood ? CollectUnderstood(state, culture, terms, plan, masks, snapshot, bound) : Collect(state, culture, terms, masks, bound);
            if (corrections.Count > 0 && candidates.Count > 0)
            {
                didYouMean = Suggest(text, tokens, corrections, state, culture, snapshot);
            }

            var exactName = string.Join(' ', TextAnalyzer.Analyze(text, culture).Select(t => t.Folded));
            candidates = Rerank(candidates, tokens, terms, state, culture, masks, plan.Understood ? plan.Roles : null, exactName, out var reranked);
            rankedPositions = reranked;
            ByAsker(candidates, reranked, state, plan, snapshot);
            WeakTierDown(candidates, reranked, plan);
            BreakTies(candidates, reranked, state, culture, masks, plan);
            ServiceBeforePage(candidates, reranked, state, culture, plan);
            ServiceOnTie(candidates, reranked, state, plan);
            InterleaveNeeds(candidates, reranked, state, culture, plan, masks);
            YouthLineWhenNothingFits(candidates, reranked, state, culture, plan);
        }

        // Without filters every candidate passes: no copy of a broad query's matches.
        var matching = HasFilters(query) ? candidates.Where(c => Passes(state.Rows, c.RowId, query, snapshot)).ToList() : candidates;
        // Positions in the candidate list; a filtered list has others.
        return new Ranking(state, snapshot, culture, text, tokens, matching, didYouMean, message, ReferenceEquals(matching, candidates) ? rankedPositions : null, plan);
    }

    private static bool HasFilters(SearchQuery q) =>
        q.LifeChallenges is { Count: > 0 } || q.TargetGroups is { Count: > 0 } || q.Municipalities is { Count: > 0 } || q.Costs is { Count: > 0 } || q.ContentTypes is { Count: > 0 };

    private static bool Passes(IndexRows rows, int row, SearchQuery q, PublishedSnapshot snapshot)
    {
        if (q.ContentTypes is { Count: > 0 } && !q.ContentTypes.Contains(rows.Types[row], StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        if (!HasFilters(q) || q is { LifeChallenges: null or { Count: 0 }, TargetGroups: null or { Count: 0 }, Municipalities: null or { Count: 0 }, Costs: null or { Count: 0 } })
        {
            return true;
        }

        var data = rows.Data[row]!;
        return Facets.Matches(data, snapshot, Facets.LifeChallenge, q.LifeChallenges)
            && Facets.Matches(data, snapshot, Facets.TargetGroup, q.TargetGroups)
            && Facets.Matches(data, snapshot, Facets.Municipality, q.Municipalities)
            && Facets.Matches(data, snapshot, Facets.Cost, q.Costs);
    }

    private static SearchResult Empty(string message) =>
        new(0, [], new Dictionary<string, IReadOnlyList<FacetValue>>(), null, message);

    /// <summary>A match: its tier (3 exact, 2 through prefixes, 1 partial; higher always first) and its score within the tier.</summary>
    private readonly record struct Candidate(int RowId, double Score, int Tier, bool Ranked = false);

    private sealed record Ranking(IndexState State, PublishedSnapshot Snapshot, string Culture, string Text, List<Token> Tokens, List<Candidate>? Candidates, string? DidYouMean, string? Message, List<int>? RankedPositions = null, QueryPlan? Plan = null);
}
