using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Search.Understanding;

namespace NmZaMe.Cms.Search;

/// <summary>
/// Search for queries the lexicon or their length changes (see <see cref="QueryPlan"/>): no result has to match
/// every word; what the person typed and what the lexicon found it to mean are units of the query, and a result is
/// scored by BM25F over its words plus the catalogue terms of each lexicon phrase, times the share of units it covers.
/// </summary>
public sealed partial class SearchService
{
    // What the lexicon found counts a little less than the same words typed: the person's own words win a tie.
    private const double LexiconShare = 0.8;

    private static readonly string[] YoungGroups = ["mladostniki"];

    // The rows where a catalogue term occurs and how well (field weight), per index state: the state is replaced as a
    // whole on every change, so its cache goes with it.
    private static readonly ConditionalWeakTable<IndexState, ConcurrentDictionary<(string Culture, string Phrase), Dictionary<int, double>>> TermRows = new();

    private List<Candidate> CollectUnderstood(IndexState state, string culture, List<FtsQuery.Term> terms, QueryPlan plan, TermMasks masks, PublishedSnapshot snapshot, bool bound)
    {
        var n = terms.Count;
        var idf = terms.Select(t => Idf(state, culture, t)).ToArray();
        var required = Enumerable.Range(0, n).Where(t => plan.Roles[t] == WordRole.Content && !IsCommon(state, culture, terms[t])).ToList();
        var weights = new double[n];
        for (var t = 0; t < n; t++)
        {
            // A lexicon phrase's own words count half: its meaning is searched through the catalogue's terms.
            weights[t] = idf[t] * plan.Roles[t] switch { WordRole.Weak => 0.3, WordRole.Phrase => 0.5, _ => 1.0 };
        }

        // A lexicon phrase weighs as much as a typical typed word of the query.
        var unit = required.Count > 0 ? Math.Max(required.Average(t => idf[t]), 2.0) : 2.5;
        var entries = plan.Phrases.Select(p => p.Entry).Distinct().ToList();
        var byEntry = entries.ToDictionary(e => e, e => CachedEntryRows(state, culture, plan.Lexicon.Terms(e, culture), () => EntryRows(state, culture, plan.Lexicon, e)));
        // Each phrase is a unit of the query: an item covers it through the entry's catalogue terms or the phrase's own words.
        var units = plan.Phrases.Select(p => (Rows: byEntry[p.Entry], Words: Enumerable.Range(0, n).Where(t => plan.Roles[t] == WordRole.Phrase && p.Covers(plan.Words[t].Start)).ToArray())).ToList();
        units.AddRange(ForeignUnits(state, culture, plan, snapshot.Schema.DefaultCulture));
        var pointed = LifeChallengeRows(state, culture, plan.Lexicon, entries);

        var total = required.Sum(t => idf[t]) + (unit * units.Count);
        using var gathered = new UnderstoodRows(index, state, culture, terms, plan, required, entries.Count > 0, units, pointed, bound, idf, weights, unit, total);
        var rowIds = gathered.Ids;
        var lengths = state.Vocabulary.AverageLengths(culture);
        var data = state.Rows.Data;
        var name = new double[Math.Max(n, 1)];
        var keywords = new double[Math.Max(n, 1)];
        var summary = new double[Math.Max(n, 1)];
        var found = RentCandidates(rowIds.Count);
        // With many matches only those that can reach the ranked depth are scored (see ScoreRows).
        using var bounds = BoundsOf(state, masks, weights, rowIds.Count, bound, lengths);
        ScoreRows(found, rowIds, rowId => (uint)rowId >= (uint)data.Length || data[rowId] is null || state.Rows.Cultures[rowId] != culture, rowId =>
        {
            var row = data[rowId]!;
            Array.Clear(name);
            Array.Clear(keywords);
            Array.Clear(summary);
            masks.Tally(IndexRow.Name(row), name);
            masks.Tally(IndexRow.Keywords(row), keywords);
            masks.Tally(IndexRow.Summary(row), summary);
            var fieldLengths = IndexRow.Lengths(row);
            var stems = IndexRow.Stems(row);
            // A life situation's page is long and mentions much in passing: every typed word in its body does not make
            // it the answer before the services, only in its name, keywords or summary.
            var page = state.Rows.Types[rowId] == "lifeChallenge";
            double score = 0, covered = 0;
            var literal = true;
            for (var t = 0; t < n; t++)
            {
                var body = name[t] + keywords[t] + summary[t] == 0 && masks.Accepts(stems, t) ? 1 : 0;
                var fields = Bm25F(fieldLengths, name[t], keywords[t], summary[t], body, lengths);
                score += weights[t] * fields;
                literal &= (page ? body == 0 && fields != 0 : fields != 0) || plan.Roles[t] == WordRole.Weak || (plan.Roles[t] == WordRole.Content && !required.Contains(t));
                if (fields != 0 && required.Contains(t))
                {
                    covered += masks.Accepts(stems, t, exactOnly: true) ? idf[t] : idf[t] / 2;
                }
            }

            foreach (var (rows, words) in units)
            {
                var field = rows.GetValueOrDefault(rowId);
                score += LexiconShare * unit * field;
                // The phrase's own words cover it only where they stand out (name, keywords, summary): scattered in a long
                // text ("someone ... hurts ... child" in a page on addiction) they do not say the item is about it.
                if (field > 0 || (words.Length > 0 && AllExact(masks, stems, words) && Prominent(words, name, keywords, summary)))
                {
                    covered += unit;
                }
            }

            if (pointed.Pages.Contains(rowId))
            {
                // The life situation's own page answers what the phrase is about, as well as a summary that says it.
                score += LexiconShare * unit * Weights[2];
                covered = Math.Max(covered, total * 0.75);
            }
            else if (IndexRow.Facets(row).ContainsAny(pointed.Facets))
            {
                score *= 1.15;
            }

            // A teenager asking is best answered by the services for young people (TOM telefon, counselling for
            // adolescents) among those that match equally.
            if (plan.Young && Facets.Matches(row, snapshot, Facets.TargetGroup, YoungGroups))
            {
                score *= 1.3;
            }

            var coverage = total > 0 ? Math.Min(1, covered / total) : 1;
            // What the person typed, every word of it, and also what the lexicon found it to mean, comes first; then what
            // covers one of the two; then the rest. Typed words alone do not win: "someone is hurting my child" in an
            // item about addiction is not about a child in danger.
            var complete = coverage >= 0.999;
            var tier = literal && n > 0 && complete ? 3 : complete || (literal && n > 0) ? 2 : 1;
            // A news article tells of an event: its own words ("kam se obrniti" in the office's opening) do not make it
            // the answer before the services the phrase's meaning found.
            if (state.Rows.Types[rowId] == "newsArticle")
            {
                tier = Math.Min(tier, 1);
            }
            return new Candidate(rowId, score * coverage * coverage, tier);
        }, bounds is null ? null : rowId => gathered.Bound(rowId, bounds));

        LiftNamed(state, culture, plan, found);
        return found;
    }

    private static bool Prominent(int[] words, ReadOnlySpan<double> name, ReadOnlySpan<double> keywords, ReadOnlySpan<double> summary)
    {
        foreach (var t in words)
        {
            if (name[t] + keywords[t] + summary[t] == 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllExact(TermMasks masks, ReadOnlySpan<int> stems, int[] words)
    {
        foreach (var t in words)
        {
            if (!masks.Accepts(stems, t, exactOnly: true))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The rows where any catalogue term of a lexicon entry occurs, with the best field weight it occurs in.</summary>
    private Dictionary<int, double> EntryRows(IndexState state, string culture, LayLexicon lexicon, int entry)
    {
        var result = new Dictionary<int, double>();
        foreach (var phrase in lexicon.Terms(entry, culture))
        {
            foreach (var (row, weight) in PhraseRows(state, culture, phrase))
            {
                if (weight > result.GetValueOrDefault(row))
                {
                    result[row] = weight;
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Rows where every word of a catalogue term occurs, weighted by where the term stands as a phrase: name, keywords,
    /// summary (the words in order, at most one other between), otherwise only the body's set of words.
    /// </summary>
    private Dictionary<int, double> PhraseRows(IndexState state, string culture, string[] phrase) =>
        TermRows.GetOrCreateValue(state).GetOrAdd((culture, string.Join(' ', phrase)), _ =>
        {
            var ids = phrase.Select(state.Terms.Find).ToArray();
            var rows = new Dictionary<int, double>();
            if (ids.Any(id => id < 0))
            {
                return rows;
            }

            var query = FtsQuery.All(phrase.Select(p => new FtsQuery.Term([p], [])).ToList());
            foreach (var rowId in index.MatchRowIds(state, culture, query))
            {
                if (!state.Rows.Has(rowId))
                {
                    continue;
                }

                var row = state.Rows.Data[rowId]!;
                rows[rowId] = InOrder(IndexRow.Name(row), ids) ? Weights[0]
                    : InOrder(IndexRow.Keywords(row), ids) ? Weights[1]
                    : InOrder(IndexRow.Summary(row), ids) ? Weights[2]
                    : Weights[3];
            }

            return rows;
        });

    private static bool InOrder(ReadOnlySpan<int> words, int[] phrase)
    {
        for (var i = 0; i < words.Length; i++)
        {
            var at = i;
            var matched = 0;
            while (matched < phrase.Length && at < words.Length)
            {
                if (words[at] == phrase[matched])
                {
                    matched++;
                    at++;
                }
                else if (matched > 0 && at + 1 < words.Length && words[at + 1] == phrase[matched])
                {
                    at++;
                }
                else
                {
                    break;
                }
            }

            if (matched == phrase.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The life situations the found phrases point to: their pages' rows, and their facet numbers.</summary>
    private static (HashSet<int> Pages, int[] Facets) LifeChallengeRows(IndexState state, string culture, LayLexicon lexicon, List<int> entries)
    {
        var keys = entries.SelectMany(e => lexicon.Entries[e].LifeChallenges).Distinct().ToList();
        var pages = keys.Select(k => state.Rows.Find(k, culture)).OfType<int>().ToHashSet();
        return (pages, Facets.LifeChallengeIds(keys));
    }

    /// <summary>
    /// The life situation to offer above the results ("Morda iščete"): one the query's lexicon phrases point to, which the
    /// best result is, or belongs to. Most pointed to first.
    /// </summary>
    private static PublishedContent? Suggested(QueryPlan plan, PublishedContent? top, PublishedSnapshot snapshot)
    {
        if (top is null || plan.Phrases.Count == 0)
        {
            return null;
        }

        var pointed = plan.Phrases.SelectMany(p => plan.Lexicon.Entries[p.Entry].LifeChallenges).GroupBy(k => k).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
        var own = top.ContentType.Alias == "lifeChallenge" ? [top.Key] : top.Value("lifeChallenges", string.Empty) is PickedItems picked ? picked.Keys : [];
        return pointed.Where(own.Contains).Select(snapshot.Get).FirstOrDefault(c => c is not null);
    }
}
