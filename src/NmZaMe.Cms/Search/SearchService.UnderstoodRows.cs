using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using NmZaMe.Cms.Search.Understanding;

namespace NmZaMe.Cms.Search;

/// <summary>
/// The candidates of <see cref="CollectUnderstood"/> and the most each can score, known without reading its row. A
/// lexicon entry's catalogue terms can stand in most of a large catalogue ("ne morem več po stopnicah" reaches 90 % of
/// it), so the bound has to tell those rows apart: which typed words each row has (FTS5 asked per word), which units its
/// entry rows cover and how well, whether it belongs to a life situation the phrases point to (facet bitsets).
/// </summary>
public sealed partial class SearchService
{
    // The rows of each lexicon entry's catalogue terms merged, per index state: entries change only with a publish, and
    // the state is replaced on every change, so its cache goes with it. A broad entry's merge is tens of thousands of rows.
    private static readonly ConditionalWeakTable<IndexState, ConcurrentDictionary<string, Dictionary<int, double>>> MergedEntryRows = new();

    [ThreadStatic]
    private static double[]? _lexiconBuffer;

    [ThreadStatic]
    private static List<int>? _spareIds;

    /// <summary>The merged rows of an entry's catalogue terms, computed once per index state; never change the dictionary.</summary>
    private static Dictionary<int, double> CachedEntryRows(IndexState state, string culture, IReadOnlyList<string[]> phrases, Func<Dictionary<int, double>> merge) =>
        MergedEntryRows.GetOrCreateValue(state).GetOrAdd(culture + "\n" + string.Join('\n', phrases.Select(p => string.Join(' ', p))), _ => merge());

    /// <summary>
    /// The union of the understood path's sources in the order it was always taken (the typed words' matches in row order,
    /// each unit's rows then the rows with all its words, the pointed pages; scores tie, so the order counts), and with
    /// <c>bound</c> what <see cref="Bound"/> needs: each word's rows asked of FTS5 one word at a time.
    /// </summary>
    private sealed partial class UnderstoodRows : IDisposable
    {
        private readonly IndexState _state;
        private readonly int _size;
        private readonly ulong[] _seen;
        private readonly ulong[]?[] _present;
        private readonly ulong[][] _unitRows;
        private readonly int[] _unitWords;
        private readonly double[]? _lexicon;
        private readonly bool[] _required;
        private readonly bool[] _literal;
        private readonly double[] _idf;
        private readonly double[] _weights;
        private readonly double _unit;
        private readonly double _total;
        private readonly int _units;
        private readonly ulong[] _pageRows;
        private readonly int[] _pointedFacets;
        private readonly bool _young;
        private ulong[]? _facetRows;
        private bool _facetsRead;

        public UnderstoodRows(SearchIndex index, IndexState state, string culture, List<FtsQuery.Term> terms, QueryPlan plan, List<int> required,
            bool anyEntry, List<(Dictionary<int, double> Rows, int[] Words)> units, (HashSet<int> Pages, int[] Facets) pointed, bool bound,
            double[] idf, double[] weights, double unit, double total)
        {
            var n = terms.Count;
            _state = state;
            _size = state.Rows.Data.Length;
            _seen = new ulong[(_size + 63) / 64];
            (_idf, _weights, _unit, _total, _units, _pointedFacets, _young) = (idf, weights, unit, total, units.Count, pointed.Facets, plan.Young);
            _pageRows = Bits([.. pointed.Pages]);
            _required = Enumerable.Range(0, n).Select(required.Contains).ToArray();
            // A weak word, and a common one that was not required, may be missing from a literal match.
            _literal = Enumerable.Range(0, n).Select(t => plan.Roles[t] != WordRole.Weak && (plan.Roles[t] != WordRole.Content || _required[t])).ToArray();
            _present = new ulong[]?[n];
            _unitRows = new ulong[units.Count][];
            _unitWords = units.Select(u => u.Words.Aggregate(0, (mask, t) => mask | (1 << t))).ToArray();
            var anyOf = required.Count > 0 ? required : anyEntry ? [] : Enumerable.Range(0, n).ToList();
            var exactRows = new ulong[]?[n];
            if (bound)
            {
                var union = new ulong[_seen.Length];
                for (var t = 0; t < n; t++)
                {
                    // A common word's rows are most rows: asking costs more than knowing gains (it counts as present).
                    if (!anyOf.Contains(t) && (!_literal[t] || IsCommon(state, culture, terms[t])))
                    {
                        continue;
                    }

                    // One word at a time gives the same union as one OR query, and which of the words each row has. The
                    // exact words and the prefixes are asked apart (a union, as FTS5's OR is): a unit's words need the
                    // exact rows, and asking for the word a second time would cost a second pass over its many rows.
                    var exact = index.MatchRowBits(state, culture, FtsQuery.All([terms[t] with { Prefixes = [] }]), _size);
                    var rows = exact;
                    if (terms[t].Prefixes.Any(p => p.Length >= 2))
                    {
                        rows = index.MatchRowBits(state, culture, FtsQuery.All([terms[t] with { Exact = [] }]), _size);
                        for (var w = 0; w < rows.Length; w++)
                        {
                            rows[w] |= exact[w];
                        }
                    }

                    exactRows[t] = exact;
                    _present[t] = rows;
                    if (anyOf.Contains(t))
                    {
                        for (var w = 0; w < union.Length; w++)
                        {
                            union[w] |= rows[w];
                        }
                    }
                }

                AddAll([union], any: true);

                _lexicon = _lexiconBuffer is { } buffer && buffer.Length >= _size ? buffer : new double[_size];
                _lexiconBuffer = null;
            }
            else if (anyOf.Count > 0)
            {
                index.MatchRowIds(state, culture, FtsQuery.Any(anyOf.Select(t => terms[t]).ToList())).ForEach(Add);
            }

            if (_lexicon is not null)
            {
                // At most every entry row and every row of a word: one allocation instead of the list doubling through a
                // broad entry's tens of thousands of rows.
                var most = (long)Ids.Count + units.Sum(u => (long)u.Rows.Count);
                foreach (var rows in _present)
                {
                    most += rows is null ? 0 : Count(rows);
                }

                Ids.EnsureCapacity((int)Math.Min(most, _size));
            }

            // Entries that share a phrase are units with the same words: their rows with all the words are added once (a
            // second time adds nothing, and asking FTS5 again for "pomoč domu" costs as much as the first time).
            var wordsAdded = new HashSet<int>();
            for (var u = 0; u < units.Count; u++)
            {
                var (rows, words) = units[u];
                _unitRows[u] = new ulong[_lexicon is null ? 0 : _seen.Length];
                foreach (var (row, field) in rows)
                {
                    Add(row);
                    if (_lexicon is not null && (uint)row < (uint)_size && field > 0)
                    {
                        _unitRows[u][row >> 6] |= 1UL << row;
                        _lexicon[row] += LexiconShare * unit * field;
                    }
                }

                if (words.Length == 0 || !wordsAdded.Add(_unitWords[u]))
                {
                    continue;
                }

                // The rows with all the words, in row order as FTS5 gives them: from each word's exact rows where they are
                // known already, otherwise asked as a set (a list of a broad phrase's ids is a long string to convert and parse).
                AddAll(words.All(t => exactRows[t] is not null)
                    ? words.Select(t => exactRows[t]!).ToList()
                    : [index.MatchRowBits(state, culture, FtsQuery.All(words.Select(t => terms[t] with { Prefixes = [] }).ToList()), _size)]);
            }

            foreach (var page in pointed.Pages)
            {
                Add(page);
            }
        }

        /// <summary>The candidates; rows beyond the state's rows are left out (they would be skipped). Valid until disposed.</summary>
        public List<int> Ids { get; } = TakeSpareIds();

        /// <summary>
        /// The most a row's tier and score can be in <see cref="CollectUnderstood"/> (as a <see cref="Key"/>): a typed word
        /// counts where FTS5 found it (or it stands in the name, keywords or summary), with the most its fields allow; a
        /// unit is covered where its entry rows are or all its words stand out; the life situation's lift where the row
        /// has it; every exact-or-prefix word as exact. The coverage sums run in the order the score adds them.
        /// </summary>
        public double Bound(int row, Bounds bounds)
        {
            var prominent = bounds.TermsIn(row);
            var body = -1.0;
            double covered = 0, score = 0;
            var literal = true;
            for (var t = 0; t < _present.Length; t++)
            {
                var has = _present[t] is not { } rows || (rows[row >> 6] & (1UL << row)) != 0 || (prominent & (1 << t)) != 0;
                if (has)
                {
                    // Standing in the name, keywords or summary, the word's part is in Raised; in the body alone, this.
                    if ((prominent & (1 << t)) == 0)
                    {
                        body = body < 0 ? bounds.Body(row) : body;
                        score += _weights[t] * body;
                    }

                    if (_required[t])
                    {
                        covered += _idf[t];
                    }
                }
                else if (_literal[t])
                {
                    literal = false;
                }
            }

            score += bounds.Raised(row) + _lexicon![row];
            for (var u = 0; u < _units; u++)
            {
                if ((_unitRows[u][row >> 6] & (1UL << row)) != 0 || (_unitWords[u] != 0 && (_unitWords[u] & ~prominent) == 0))
                {
                    covered += _unit;
                }
            }

            if ((_pageRows[row >> 6] & (1UL << row)) != 0)
            {
                score += LexiconShare * _unit * Weights[2];
                covered = Math.Max(covered, _total * 0.75);
            }
            else if (FacetRows() is { } lifted && (uint)(row >> 6) < (uint)lifted.Length && (lifted[row >> 6] & (1UL << row)) != 0)
            {
                score *= 1.15;
            }

            if (_young)
            {
                score *= 1.3;
            }

            var n = _present.Length;
            var coverage = _total > 0 ? Math.Min(1, covered / _total) : 1;
            var complete = coverage >= 0.999;
            var tier = literal && n > 0 && complete ? 3 : complete || (literal && n > 0) ? 2 : 1;
            return Key(tier, score * coverage * coverage * (1 + 1e-9));
        }
    }
}
