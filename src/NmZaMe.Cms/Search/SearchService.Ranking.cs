namespace NmZaMe.Cms.Search;

/// <summary>How candidates are found and ordered: tiers of matching, BM25F with field weights, then boosts.</summary>
public sealed partial class SearchService
{
    /// <summary>
    /// Candidates in tiers (higher always first): (3) every word matches exactly (stem or typo correction); (2) when
    /// that finds too little, also through prefixes (the word being typed, derived forms); (1) when that still finds
    /// too little, any word may match, weighted by how much of the query's information it covers. Matching asks FTS5
    /// for row ids only; each candidate gets a quick score in memory, and only the best get FTS5's BM25 (see Rerank).
    /// </summary>
    private List<Candidate> Collect(IndexState state, string culture, List<FtsQuery.Term> terms, TermMasks masks, bool bound)
    {
        // In the order found (ties keep it); FTS5 gives each row once, so only a later tier has to skip rows already found.
        var found = RentCandidates(0);
        var required = terms.Where(t => !IsCommon(state, culture, t)).ToList();
        if (required.Count == 0)
        {
            // Every word is common: the rarest still has to match.
            required = [terms.MinBy(t => t.Exact.Max(a => state.Vocabulary.Frequency(culture, a)))!];
        }

        var idf = terms.ToDictionary(t => t, t => Idf(state, culture, t));
        var lengths = state.Vocabulary.AverageLengths(culture);
        var exactOnly = required.Select(t => t with { Prefixes = [] }).ToList();
        var seen = new HashSet<int>();
        // FTS5 found each required word itself in every row of the strict pass, so its body need not be looked at for them.
        var proven = terms.Select((t, i) => required.Contains(t) ? 1 << i : 0).Sum();
        AddTier(found, seen, state, index.MatchRowIds(state, culture, FtsQuery.All(exactOnly)), 3, terms, idf, lengths, masks, bound, proven);
        if (found.Count < RelaxBelow && required.Any(t => t.Prefixes.Count > 0))
        {
            seen.UnionWith(found.Select(c => c.RowId));
            AddTier(found, seen, state, index.MatchRowIds(state, culture, FtsQuery.All(required)), 2, terms, idf, lengths, masks, bound);
        }

        if (terms.Count > 1 && found.Count < RelaxBelow)
        {
            seen.UnionWith(found.Select(c => c.RowId));
            AddTier(found, seen, state, index.MatchRowIds(state, culture, FtsQuery.Any(terms)), 1, terms, idf, lengths, masks, bound);
        }

        return found;
    }

    private static void AddTier(List<Candidate> found, HashSet<int> seen, IndexState state, List<int> rowIds, int tier,
        List<FtsQuery.Term> terms, Dictionary<FtsQuery.Term, double> idf, (double Name, double Keywords, double Summary, double Body) lengths,
        TermMasks masks, bool bound, int proven = 0)
    {
        var n = terms.Count;
        var weights = new double[n];
        var total = 0.0;
        for (var t = 0; t < n; t++)
        {
            weights[t] = idf[terms[t]];
            total += weights[t];
        }

        total = Math.Max(total, 1e-9);
        var name = new double[n];
        var keywords = new double[n];
        var summary = new double[n];
        var data = state.Rows.Data;
        found.EnsureCapacity(found.Count + rowIds.Count);
        // With many matches only those that can reach the ranked depth are scored (see ScoreRows).
        using var bounds = BoundsOf(state, masks, weights, rowIds.Count, bound, lengths);
        ScoreRows(found, rowIds, rowId => (seen.Count > 0 && seen.Contains(rowId)) || (uint)rowId >= (uint)data.Length || data[rowId] is null, rowId =>
        {
            var row = data[rowId]!;
            Array.Clear(name);
            Array.Clear(keywords);
            Array.Clear(summary);
            masks.Tally(IndexRow.Name(row), name);
            masks.Tally(IndexRow.Keywords(row), keywords);
            masks.Tally(IndexRow.Summary(row), summary);
            var fieldLengths = IndexRow.Lengths(row);
            var score = 0.0;
            var coverage = 0.0;
            for (var t = 0; t < n; t++)
            {
                // The set of all words includes the other fields, so the body is counted only for words found nowhere else.
                var body = name[t] + keywords[t] + summary[t] == 0 && ((proven & (1 << t)) != 0 || masks.Accepts(IndexRow.Stems(row), t)) ? 1 : 0;
                var fields = Bm25F(fieldLengths, name[t], keywords[t], summary[t], body, lengths);
                score += weights[t] * fields;
                // A word matched only through a prefix (mož* in možnost) covers half as much as the word itself. Only the
                // last tier uses coverage, so the others skip its look-ups.
                if (tier == 1 && fields != 0)
                {
                    coverage += masks.Accepts(IndexRow.Stems(row), t, exactOnly: true) ? weights[t] : weights[t] / 2;
                }
            }

            if (tier == 1)
            {
                // Matching only a common word ("pomoč") is worth little, matching the rare one much more.
                score *= (coverage / total) * (coverage / total);
            }

            return new Candidate(rowId, score, tier);
        }, bounds is null ? null : rowId => Key(tier, bounds.Of(rowId)));
    }

    /// <summary>
    /// BM25F's per-word part: term frequency in each field (counted by <see cref="TermMasks.Tally"/>), saturated (k1) and
    /// normalised by the field's length (b), times the field weight (name 10, keywords 6, summary 3, body 1). Only the set
    /// of the body's words is kept in memory, so a body word counts once.
    /// </summary>
    private static double Bm25F((int Name, int Keywords, int Summary, int Body) d, double name, double keywords, double summary, double body, (double Name, double Keywords, double Summary, double Body) lengths)
    {
        const double k1 = 1.2;
        static double Part(double tf, int length, double average, double weight, double b = 0.75) =>
            tf == 0 ? 0 : weight * tf * (k1 + 1) / (tf + (k1 * (1 - b + (b * length / average))));

        return Part(name, d.Name, lengths.Name, Weights[0])
            // Keyword lists grow with synonyms; a long list should not hide the word editors chose.
            + Part(keywords, d.Keywords, lengths.Keywords, Weights[1], b: 0.3)
            + Part(summary, d.Summary, lengths.Summary, Weights[2])
            + Part(body, d.Body, lengths.Body, Weights[3]);
    }

    private static bool IsCommon(IndexState state, string culture, FtsQuery.Term term) =>
        term.Exact.Max(a => state.Vocabulary.Frequency(culture, a)) > CommonShare * Math.Max(1, state.Vocabulary.Documents(culture));

    private static double Idf(IndexState state, string culture, FtsQuery.Term term)
    {
        var documents = Math.Max(1, state.Vocabulary.Documents(culture));
        var frequency = term.Exact.Max(a => state.Vocabulary.Frequency(culture, a));
        return Math.Log(1 + ((documents - frequency + 0.5) / (frequency + 0.5)));
    }

    /// <summary>
    /// Boosts on top of BM25F for the best candidates: query words next to each other in the name, keywords or summary as
    /// in the query, every (informative) query word in the name, the exact diacritic form; words matched only through a
    /// prefix or missing common words count less.
    /// </summary>
    private static List<Candidate> Rerank(List<Candidate> candidates, List<Token> tokens, List<FtsQuery.Term> terms, IndexState state, string culture, TermMasks masks, List<Understanding.WordRole>? roles, string exactName, out List<int> ranked)
    {
        var vocabulary = state.Vocabulary;

        var informative = terms.Where((t, i) => roles?[i] is null or Understanding.WordRole.Content && t.Exact.Max(a => vocabulary.Frequency(culture, a)) <= CommonShare * Math.Max(1, vocabulary.Documents(culture))).ToList();
        if (informative.Count == 0 && terms.Count > 0)
        {
            informative = [terms.MinBy(t => t.Exact.Max(a => vocabulary.Frequency(culture, a)))!];
        }

        var informativeBits = informative.Select(t => TermMasks.ExactOrPrefix(terms.IndexOf(t))).ToArray();
        var allBits = Enumerable.Range(0, terms.Count).Select(TermMasks.ExactOrPrefix).ToArray();
        var accented = tokens.Where(t => t.Lower != t.Folded).Select(t => state.Terms.Find(t.Lower)).ToArray();
        // Beyond the ranked depth the quick score orders what is left; it is never shown before a ranked one.
        ranked = Best(candidates, RerankDepth);
        foreach (var i in ranked)
        {
            var c = candidates[i];
            var row = state.Rows.Data[c.RowId]!;

            var factor = TypeWeight(state.Rows.Types[c.RowId]);
            // The item's whole name typed (a name copied from a leaflet) is the item asked for.
            if (exactName.Length > 0 && string.Equals(state.Rows.FoldedNames[c.RowId], exactName, StringComparison.Ordinal))
            {
                factor *= 2;
            }

            var name = IndexRow.Name(row);
            var inName = 0;
            var inKeywords = 0;
            var inSummary = 0;
            for (var t = 0; t + 1 < terms.Count; t++)
            {
                inName += Adjacent(name, masks, t) ? 1 : 0;
                inKeywords += Adjacent(IndexRow.Keywords(row), masks, t) ? 1 : 0;
                inSummary += Adjacent(IndexRow.Summary(row), masks, t) ? 1 : 0;
            }

            // Editors' keywords are the words people use, so a phrase found there counts nearly as much as in the name.
            factor *= 1 + (0.35 * inName) + (0.25 * inKeywords) + (0.1 * inSummary);
            var inNameBits = masks.Any(name);
            if (allBits.Length > 0 && allBits.All(bits => (inNameBits & bits) != 0))
            {
                factor *= 1.4;
            }

            factor *= 1 + (0.5 * informativeBits.Count(bits => (inNameBits & bits) != 0) / Math.Max(1, informative.Count));

            // A word matched only through a prefix (still typing, or a derived form), or not at all (a common word
            // that was optional), counts less than the word itself.
            var stems = masks.Any(IndexRow.Stems(row));
            for (var t = 0; t < terms.Count; t++)
            {
                // A word that only lifts results (a weak word, a lay word whose meaning the lexicon searched) is no loss when missing.
                if ((stems & TermMasks.Exact(t)) == 0 && roles?[t] is null or Understanding.WordRole.Content)
                {
                    factor *= (stems & TermMasks.ExactOrPrefix(t)) != 0 ? 0.75 : 0.9;
                }
            }

            foreach (var word in accented)
            {
                if (IndexRow.Contains(IndexRow.Accented(row), word))
                {
                    factor *= 1.1;
                }
            }

            candidates[i] = c with { Score = Math.Max(c.Score, 1e-6) * factor, Ranked = true };
        }

        return candidates;
    }

    /// <summary>
    /// Positions of the best candidates by tier, then quick score, then position (what a stable sort would put first),
    /// kept in a heap of the given size instead of sorting every match of a broad query.
    /// </summary>
    private static List<int> Best(List<Candidate> candidates, int depth)
    {
        var heap = new PriorityQueue<int, (int Tier, double Score, int Position)>(Math.Min(depth, candidates.Count) + 1, WorstFirst.Instance);
        for (var i = 0; i < candidates.Count; i++)
        {
            var key = (candidates[i].Tier, candidates[i].Score, i);
            if (heap.Count < depth)
            {
                heap.Enqueue(i, key);
            }
            else if (heap.TryPeek(out _, out var worst) && WorstFirst.Instance.Compare(key, worst) > 0)
            {
                heap.DequeueEnqueue(i, key);
            }
        }

        var best = new List<int>(heap.Count);
        while (heap.TryDequeue(out var i, out _))
        {
            best.Add(i);
        }

        return best;
    }

    /// <summary>Lower tier, lower score, later position: worse, so first out of the heap.</summary>
    private sealed class WorstFirst : IComparer<(int Tier, double Score, int Position)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((int Tier, double Score, int Position) a, (int Tier, double Score, int Position) b)
        {
            var byTier = a.Tier.CompareTo(b.Tier);
            if (byTier != 0)
            {
                return byTier;
            }

            var byScore = a.Score.CompareTo(b.Score);
            return byScore != 0 ? byScore : b.Position.CompareTo(a.Position);
        }
    }

    /// <summary>The two words in this order, at most one other word between them ("pomoč družini na domu" for "pomoč na domu").</summary>
    private static bool Adjacent(ReadOnlySpan<int> words, TermMasks masks, int first)
    {
        var a = TermMasks.ExactOrPrefix(first);
        var b = TermMasks.ExactOrPrefix(first + 1);
        for (var i = 0; i + 1 < words.Length; i++)
        {
            if ((masks.Of(words[i]) & a) != 0 && ((masks.Of(words[i + 1]) & b) != 0 || (i + 2 < words.Length && (masks.Of(words[i + 2]) & b) != 0)))
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
}
