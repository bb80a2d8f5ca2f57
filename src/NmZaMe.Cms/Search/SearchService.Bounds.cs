namespace NmZaMe.Cms.Search;

/// <summary>
/// Scoring only the matches that can reach the ranked depth. A match's quick score (BM25F, see Bm25F) is at most, per
/// query word, its weight times 2.2 (k1 + 1) times the weight of each of name, keywords and summary it stands in, or
/// 2.2 / 1.3 when it is only in the body; which of the three fields a word stands in is known from
/// <see cref="FieldPostings"/> without reading the match. The matches are scored from the highest bound down, and once
/// the best <see cref="RerankDepth"/> scores found all exceed every bound left, the rest cannot be among the ranked, so
/// they are counted (total, facets) but not scored. What a page shows is the same; only a page beyond the ranked depth,
/// or a filtered search, which orders every match, scores them all.
/// </summary>
public sealed partial class SearchService
{
    // Below this many matches of a tier, scoring them all costs less than bounding them.
    private const int BoundFrom = 2 * RerankDepth;

    // Bm25F's most for a word in the body only (term frequency 1, an empty body): (k1 + 1) / (1 + k1 (1 - b)).
    private const double BodyMost = 2.2 / 1.3;

    // How finely the bounds are sorted: rows of a bucket are scored together.
    private const int Buckets = 256;

    // Tier and score as one number that orders as the two do (scores stay far below it).
    private const double TierScale = 1e9;

    // What a match that was not scored holds as its score: below any score (scores are never negative).
    private const double NotScored = -1;

    [ThreadStatic]
    private static (double[] Bounds, byte[] Fields, int[] Terms)? _boundBuffers;

    /// <summary>
    /// Adds the rows' candidates to <paramref name="found"/> in the rows' order, scored by <paramref name="score"/>; with
    /// <paramref name="bound"/> (per row, the most its <see cref="Key"/> can be) only as many as it takes for the best
    /// <see cref="RerankDepth"/> to be exact, the others in tier 0 with <see cref="NotScored"/>.
    /// </summary>
    private static void ScoreRows(List<Candidate> found, IReadOnlyCollection<int> rowIds, Func<int, bool> skip, Func<int, Candidate> score, Func<int, double>? bound)
    {
        if (bound is null || rowIds.Count < BoundFrom)
        {
            foreach (var rowId in rowIds)
            {
                if (!skip(rowId))
                {
                    found.Add(score(rowId));
                }
            }

            return;
        }

        var start = found.Count;
        var bounds = new List<double>(rowIds.Count);
        var most = 0.0;
        var least = double.MaxValue;
        foreach (var rowId in rowIds)
        {
            if (!skip(rowId))
            {
                found.Add(new Candidate(rowId, NotScored, 0));
                var b = bound(rowId);
                bounds.Add(b);
                most = Math.Max(most, b);
                least = Math.Min(least, b);
            }
        }

        // The rows in buckets of their bound (a counting sort), highest first; each bucket knows its highest bound.
        var span = most - least;
        var bucketOf = new byte[bounds.Count];
        var starts = new int[Buckets + 1];
        var highest = new double[Buckets];
        for (var i = 0; i < bounds.Count; i++)
        {
            var k = span > 0 ? (int)Math.Min(Buckets - 1, (most - bounds[i]) / span * Buckets) : 0;
            bucketOf[i] = (byte)k;
            starts[k + 1]++;
            highest[k] = Math.Max(highest[k], bounds[i]);
        }

        for (var k = 0; k < Buckets; k++)
        {
            starts[k + 1] += starts[k];
        }

        var order = new int[bounds.Count];
        var next = (int[])starts.Clone();
        for (var i = 0; i < bounds.Count; i++)
        {
            order[next[bucketOf[i]]++] = i;
        }

        var best = new PriorityQueue<double, double>(RerankDepth + 1);
        for (var k = 0; k < Buckets; k++)
        {
            if (starts[k] == starts[k + 1])
            {
                continue;
            }

            // Strictly greater: a match scoring as much as the last of the best could still come before it by position.
            if (best.Count >= RerankDepth && best.Peek() > highest[k])
            {
                break;
            }

            for (var at = starts[k]; at < starts[k + 1]; at++)
            {
                var i = order[at];
                var scored = score(found[start + i].RowId);
                found[start + i] = scored;
                var s = Key(scored.Tier, scored.Score);
                if (best.Count < RerankDepth)
                {
                    best.Enqueue(s, s);
                }
                else if (s > best.Peek())
                {
                    best.DequeueEnqueue(s, s);
                }
            }
        }
    }

    /// <summary>Tier, then score, as one number to compare.</summary>
    private static double Key(int tier, double score) => (tier * TierScale) + score;

    /// <summary>
    /// The most each row's quick score can be for words of these weights (see the class summary); null when the
    /// matches are too few to gain from it. Dispose to clear the buffers it used.
    /// </summary>
    private static Bounds? BoundsOf(IndexState state, TermMasks masks, double[] weights, int matches, bool wanted)
    {
        if (!wanted || matches < BoundFrom)
        {
            return null;
        }

        var postings = FieldPostings.Of(state);
        var (boundsArray, fields, terms) = _boundBuffers is { } cached && cached.Bounds.Length >= postings.Rows ? cached : (new double[postings.Rows], new byte[postings.Rows], new int[postings.Rows]);
        _boundBuffers = null;
        var result = new Bounds(boundsArray, fields, terms, weights.Sum(w => w * BodyMost));
        var rows = new List<int>();
        for (var t = 0; t < weights.Length; t++)
        {
            rows.Clear();
            foreach (var word in masks.AcceptedWords(t))
            {
                var (posted, postedFields) = postings.Of(word);
                var r = posted.Span;
                var f = postedFields.Span;
                for (var i = 0; i < r.Length; i++)
                {
                    if (fields[r[i]] == 0)
                    {
                        rows.Add(r[i]);
                    }

                    fields[r[i]] |= f[i];
                }
            }

            foreach (var row in rows)
            {
                var b = fields[row];
                fields[row] = 0;
                // Instead of the body's most, the most of each field the word stands in (any occurrence count).
                var most = 2.2 * (((b & FieldPostings.InName) != 0 ? Weights[0] : 0) + ((b & FieldPostings.InKeywords) != 0 ? Weights[1] : 0) + ((b & FieldPostings.InSummary) != 0 ? Weights[2] : 0));
                result.Raise(row, t, weights[t] * (most - BodyMost));
            }
        }

        return result;
    }

    /// <summary>Upper bounds of the quick score by row; what was raised is cleared on dispose, so the buffers serve the next query.</summary>
    private sealed class Bounds(double[] raised, byte[] fields, int[] terms, double floor) : IDisposable
    {
        private readonly List<int> _raised = [];

        // A margin for rounding: the score sums the same parts in another order.
        public double Of(int row) => (floor + ((uint)row < (uint)raised.Length ? raised[row] : 0)) * (1 + 1e-9);

        /// <summary>Bit t: query word t stands in the row's name, keywords or summary.</summary>
        public int TermsIn(int row) => (uint)row < (uint)terms.Length ? terms[row] : 0;

        public void Raise(int row, int term, double by)
        {
            if (terms[row] == 0)
            {
                _raised.Add(row);
            }

            raised[row] += by;
            terms[row] |= 1 << term;
        }

        public void Dispose()
        {
            foreach (var row in _raised)
            {
                raised[row] = 0;
                terms[row] = 0;
            }

            _boundBuffers = (raised, fields, terms);
        }
    }

    /// <summary>
    /// The most a row's tier and score can be in <see cref="CollectUnderstood"/> (as a <see cref="Key"/>), from the rows'
    /// field bounds, the lexicon units' rows and the pointed pages, without reading the row: every typed word counted as
    /// present, every boost as applying, and a unit as covered wherever it can be (its rows, or all its words prominent).
    /// The sums run in the order the score adds them, so rounding cannot put a bound below its score.
    /// </summary>
    private static double UnderstoodBound(int rowId, Bounds bounds, int n, List<int> required, double[] idf, double total, double unit,
        List<(Dictionary<int, double> Rows, int[] Words)> units, HashSet<int> pages, bool young)
    {
        double covered = 0;
        for (var t = 0; t < n; t++)
        {
            if (required.Contains(t))
            {
                covered += idf[t];
            }
        }

        var score = bounds.Of(rowId);
        var prominent = bounds.TermsIn(rowId);
        foreach (var (rows, words) in units)
        {
            var field = rows.GetValueOrDefault(rowId);
            score += LexiconShare * unit * field;
            if (field > 0 || (words.Length > 0 && words.All(t => (prominent & (1 << t)) != 0)))
            {
                covered += unit;
            }
        }

        var page = pages.Contains(rowId);
        if (page)
        {
            score += LexiconShare * unit * Weights[2];
            covered = Math.Max(covered, total * 0.75);
        }
        else
        {
            score *= 1.15;
        }

        if (young)
        {
            score *= 1.3;
        }

        var coverage = total > 0 ? Math.Min(1, covered / total) : 1;
        var complete = coverage >= 0.999;
        var tier = complete ? (n > 0 ? 3 : 2) : (n > 0 ? 2 : 1);
        return Key(tier, score * coverage * coverage * (1 + 1e-9));
    }
}
