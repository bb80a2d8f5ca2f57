using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Search;

/// <summary>
/// Citizens' search: analysed terms must all match (stem, typo correction, or prefix for the last term); when that
/// finds too little, any term may match. BM25 with field weights (name &gt; keywords &gt; summary &gt; body), then boosts
/// for the exact phrase, all words in the name and the exact diacritic form; facets from the whole result set.
/// </summary>
public sealed class SearchService(SearchIndex index, ISnapshotSource snapshots) : ISearchService
{
    public const int MaxTerms = 10;
    public const int MaxQueryLength = 300;
    private const int RerankDepth = 400;
    private const int RelaxBelow = 5;

    // A word in more than this share of the items ("pomoč" in this catalogue) tells little about what is wanted: it may
    // be missing from a result, and only lifts the results that have it.
    private const double CommonShare = 0.3;
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
        // Only the page is put in order (a partial sort), not every match of a broad query.
        var hits = Ordered(ranked.Candidates).Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 0, 100))
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
        Rank(new SearchQuery(text, culture)).Candidates is { } candidates ? Ordered(candidates).Select(c => c.Document.Key).ToList() : [];

    // Ties (common in a catalogue of similar services) fall back to the folded name: ordinal, no collation cost per pair.
    private static IOrderedEnumerable<Candidate> Ordered(List<Candidate> candidates) =>
        candidates.OrderByDescending(c => c.Tier).ThenByDescending(c => c.Ranked).ThenByDescending(c => c.Score).ThenBy(c => c.Document.FoldedName, StringComparer.Ordinal);

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
            candidates = state.Documents.Where(d => d.Value.Culture == culture).Select(d => new Candidate(d.Key, d.Value, 1.0, 3)).ToList();
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
                if (!known && state.Vocabulary.Closest(culture, token.Stem) is { } closest)
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

            candidates = Collect(state, culture, terms);
            if (corrections.Count > 0 && candidates.Count > 0)
            {
                didYouMean = Suggest(text, tokens, corrections, state, culture, snapshot);
            }

            candidates = Rerank(candidates, tokens, terms, state, culture);
        }

        var matching = candidates.Where(c => Passes(c.Document, query, snapshot)).ToList();
        return new Ranking(snapshot, culture, text, tokens, matching, didYouMean, message);
    }

    /// <summary>
    /// Candidates in tiers (higher always first): (3) every word matches exactly (stem or typo correction); (2) when
    /// that finds too little, also through prefixes (the word being typed, derived forms); (1) when that still finds
    /// too little, any word may match, weighted by how much of the query's information it covers. Matching asks FTS5
    /// for row ids only; each candidate gets a quick score in memory, and only the best get FTS5's BM25 (see Rerank).
    /// </summary>
    private List<Candidate> Collect(IndexState state, string culture, List<FtsQuery.Term> terms)
    {
        var byRow = new Dictionary<long, Candidate>();
        var required = terms.Where(t => !IsCommon(state, culture, t)).ToList();
        if (required.Count == 0)
        {
            // Every word is common: the rarest still has to match.
            required = [terms.MinBy(t => t.Exact.Max(a => state.Vocabulary.Frequency(culture, a)))!];
        }

        var idf = terms.ToDictionary(t => t, t => Idf(state, culture, t));
        var lengths = state.Vocabulary.AverageLengths(culture);
        var exactOnly = required.Select(t => t with { Prefixes = [] }).ToList();
        AddTier(byRow, state, index.MatchRowIds(state, culture, FtsQuery.All(exactOnly)), 3, terms, idf, lengths);
        if (byRow.Count < RelaxBelow && required.Any(t => t.Prefixes.Count > 0))
        {
            AddTier(byRow, state, index.MatchRowIds(state, culture, FtsQuery.All(required)), 2, terms, idf, lengths);
        }

        if (terms.Count > 1 && byRow.Count < RelaxBelow)
        {
            AddTier(byRow, state, index.MatchRowIds(state, culture, FtsQuery.Any(terms)), 1, terms, idf, lengths);
        }

        return byRow.Values.ToList();
    }

    private static void AddTier(Dictionary<long, Candidate> byRow, IndexState state, List<long> rowIds, int tier,
        List<FtsQuery.Term> terms, Dictionary<FtsQuery.Term, double> idf, (double Name, double Keywords, double Summary, double Body) lengths)
    {
        var total = Math.Max(terms.Sum(t => idf[t]), 1e-9);
        foreach (var rowId in rowIds)
        {
            if (byRow.ContainsKey(rowId) || !state.Documents.TryGetValue(rowId, out var document))
            {
                continue;
            }

            var score = 0.0;
            var coverage = 0.0;
            foreach (var term in terms)
            {
                var fields = Bm25F(document, term, lengths);
                score += idf[term] * fields;
                // A word matched only through a prefix (mož* in možnost) covers half as much as the word itself.
                coverage += fields == 0 ? 0 : term.Exact.Any(document.Stems.Contains) ? idf[term] : idf[term] / 2;
            }

            if (tier == 1)
            {
                // Matching only a common word ("pomoč") is worth little, matching the rare one much more.
                score *= (coverage / total) * (coverage / total);
            }

            byRow[rowId] = new Candidate(rowId, document, score, tier);
        }
    }

    /// <summary>
    /// BM25F's per-word part: term frequency in each field, saturated (k1) and normalised by the field's length (b), times
    /// the field weight (name 10, keywords 6, summary 3, body 1). Only the set of the body's words is kept in memory, so a
    /// body word counts once.
    /// </summary>
    private static double Bm25F(IndexDocument d, FtsQuery.Term term, (double Name, double Keywords, double Summary, double Body) lengths)
    {
        const double k1 = 1.2;
        static double Part(double tf, int length, double average, double weight, double b = 0.75) =>
            tf == 0 ? 0 : weight * tf * (k1 + 1) / (tf + (k1 * (1 - b + (b * length / average))));

        var name = Count(d.NameStems, term);
        var keywords = Count(d.KeywordStems, term);
        var summary = Count(d.SummaryStems, term);
        // The set of all words includes the other fields, so the body is counted only for words found nowhere else.
        var body = name + keywords + summary == 0 && d.Stems.Any(term.Accepts) ? 1 : 0;
        return Part(name, d.NameStems.Length, lengths.Name, Weights[0])
            // Keyword lists grow with synonyms; a long list should not hide the word editors chose.
            + Part(keywords, d.KeywordStems.Length, lengths.Keywords, Weights[1], b: 0.3)
            + Part(summary, d.SummaryStems.Length, lengths.Summary, Weights[2])
            + Part(body, d.BodyLength, lengths.Body, Weights[3]);
    }

    /// <summary>Occurrences of the word in a field; an occurrence matched only through a prefix counts half.</summary>
    private static double Count(string[] stems, FtsQuery.Term term)
    {
        var n = 0.0;
        foreach (var stem in stems)
        {
            if (term.Exact.Contains(stem, StringComparer.Ordinal))
            {
                n += 1;
            }
            else if (term.Accepts(stem))
            {
                n += 0.5;
            }
        }

        return n;
    }

    private static bool IsCommon(IndexState state, string culture, FtsQuery.Term term) =>
        term.Exact.Max(a => state.Vocabulary.Frequency(culture, a)) > CommonShare * Math.Max(1, state.Vocabulary.Documents(culture));

    private static double Idf(IndexState state, string culture, FtsQuery.Term term)
    {
        var documents = Math.Max(1, state.Vocabulary.Documents(culture));
        var frequency = term.Exact.Max(a => state.Vocabulary.Frequency(culture, a));
        return Math.Log(1 + ((documents - frequency + 0.5) / (frequency + 0.5)));
    }

    private static bool Matches(IndexDocument document, FtsQuery.Term term) => document.Stems.Any(term.Accepts);

    /// <summary>
    /// Boosts on top of BM25 for the best candidates: query words next to each other in the name (or summary) as in
    /// the query, every query word in the name, the exact diacritic form; a last word that only matched as a prefix of a
    /// longer word counts less than the word itself.
    /// </summary>
    /// <summary>
    /// Boosts on top of BM25F for the best candidates: query words next to each other in the name, keywords or summary as
    /// in the query, every (informative) query word in the name, the exact diacritic form; words matched only through a
    /// prefix or missing common words count less.
    /// </summary>
    private static List<Candidate> Rerank(List<Candidate> candidates, List<Token> tokens, List<FtsQuery.Term> terms, IndexState state, string culture)
    {
        var vocabulary = state.Vocabulary;
        var top = candidates.OrderByDescending(c => c.Tier).ThenByDescending(c => c.Score).Take(RerankDepth).ToList();

        var informative = terms.Where(t => t.Exact.Max(a => vocabulary.Frequency(culture, a)) <= CommonShare * Math.Max(1, vocabulary.Documents(culture))).ToList();
        if (informative.Count == 0)
        {
            informative = [terms.MinBy(t => t.Exact.Max(a => vocabulary.Frequency(culture, a)))!];
        }

        var accented = tokens.Where(t => t.Lower != t.Folded).Select(t => t.Lower).ToArray();
        var ranked = new HashSet<long>(top.Select(c => c.RowId));
        var result = new List<Candidate>(candidates.Count);
        foreach (var c in candidates)
        {
            if (!ranked.Contains(c.RowId))
            {
                // Beyond the ranked depth the quick score orders what is left; it is never shown before a ranked one.
                result.Add(c);
                continue;
            }

            var factor = TypeWeight(c.Document.ContentType);
            var name = c.Document.NameStems;
            var inName = 0;
            var inKeywords = 0;
            var inSummary = 0;
            for (var t = 0; t + 1 < terms.Count; t++)
            {
                inName += Adjacent(name, terms[t], terms[t + 1]) ? 1 : 0;
                inKeywords += Adjacent(c.Document.KeywordStems, terms[t], terms[t + 1]) ? 1 : 0;
                inSummary += Adjacent(c.Document.SummaryStems, terms[t], terms[t + 1]) ? 1 : 0;
            }

            // Editors' keywords are the words people use, so a phrase found there counts nearly as much as in the name.
            factor *= 1 + (0.35 * inName) + (0.25 * inKeywords) + (0.1 * inSummary);
            if (terms.All(t => name.Any(t.Accepts)))
            {
                factor *= 1.4;
            }

            factor *= 1 + (0.5 * informative.Count(t => name.Any(t.Accepts)) / informative.Count);

            // A word matched only through a prefix (still typing, or a derived form), or not at all (a common word
            // that was optional), counts less than the word itself.
            foreach (var term in terms)
            {
                if (!term.Exact.Any(c.Document.Stems.Contains))
                {
                    factor *= c.Document.Stems.Any(term.Accepts) ? 0.75 : 0.9;
                }
            }

            foreach (var word in accented)
            {
                if (c.Document.HasWord(word))
                {
                    factor *= 1.1;
                }
            }

            result.Add(c with { Score = Math.Max(c.Score, 1e-6) * factor, Ranked = true });
        }

        return result;
    }

    /// <summary>The two words in this order, at most one other word between them ("pomoč družini na domu" for "pomoč na domu").</summary>
    private static bool Adjacent(string[] stems, FtsQuery.Term first, FtsQuery.Term second)
    {
        for (var i = 0; i + 1 < stems.Length; i++)
        {
            if (first.Accepts(stems[i]) && (second.Accepts(stems[i + 1]) || (i + 2 < stems.Length && second.Accepts(stems[i + 2]))))
            {
                return true;
            }
        }

        return false;
    }

    private static double TypeWeight(string contentType) => contentType switch
    {
        "service" => 1.0,
        "lifeChallenge" => 0.95,
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
            var word = SurfaceForm(stem, tokens[i].Lower, state, culture, snapshot);
            if (word is null)
            {
                return null;
            }

            result = result[..tokens[i].Start] + word + result[(tokens[i].Start + tokens[i].Length)..];
        }

        return result == normalised ? null : result;
    }

    /// <summary>How the corrected word is written in the catalogue, in the form closest to what was typed (nasilije → nasilje, not nasilja).</summary>
    private string? SurfaceForm(string stem, string typed, IndexState state, string culture, PublishedSnapshot snapshot)
    {
        var forms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var rowId in index.MatchRowIds(state, culture, FtsQuery.Quote(stem), limit: 8))
        {
            if (state.Documents.TryGetValue(rowId, out var document) && snapshot.Get(document.Key) is { } content)
            {
                var text = string.Join(' ', [content.Name(culture) ?? string.Empty, .. IndexDocumentBuilder.Strings(content.Value("summary", culture)), .. IndexDocumentBuilder.Strings(content.Value("keywords", culture))]);
                foreach (var token in TextAnalyzer.Analyze(text, culture).Where(t => t.Stem == stem))
                {
                    forms[token.Lower] = forms.GetValueOrDefault(token.Lower) + 1;
                }
            }
        }

        return forms.Count == 0
            ? null
            : forms.OrderBy(f => EditDistance.Damerau(TextAnalyzer.Fold(typed), TextAnalyzer.Fold(f.Key), 10)).ThenByDescending(f => f.Value).First().Key;
    }

    private static SearchResult Empty(string message) =>
        new(0, [], new Dictionary<string, IReadOnlyList<FacetValue>>(), null, message);

    /// <summary>A match: its tier (3 exact, 2 through prefixes, 1 partial; higher always first) and its score within the tier.</summary>
    private readonly record struct Candidate(long RowId, IndexDocument Document, double Score, int Tier, bool Ranked = false);

    private sealed record Ranking(PublishedSnapshot Snapshot, string Culture, string Text, List<Token> Tokens, List<Candidate>? Candidates, string? DidYouMean, string? Message);
}
