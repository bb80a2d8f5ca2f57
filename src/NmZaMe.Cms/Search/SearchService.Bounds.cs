namespace NmZaMe.Cms.Search;

/// <summary>
/// Scoring only the matches that can reach the ranked depth. A match's quick score (BM25F, see Bm25F) is known per query
/// word without reading the match where the word stands in its name, keywords or summary: <see cref="FieldPostings"/>
/// keeps how often it stands in each and every row's field lengths, so that part is exact; a word in the body alone adds
/// at most its body part with term frequency 1 (the body's words are a set), by the row's body length. The matches are
/// scored from the highest bound down (each tier apart), and once the best <see cref="RerankDepth"/> scores found all
/// exceed every bound left, the rest cannot be among the ranked, so they are counted (total, facets) but not scored.
/// What a page shows is the same; only a page beyond the ranked depth, or a filtered search, which orders every match,
/// scores them all.
/// </summary>
public sealed partial class SearchService
{
    // Below this many matches of a tier, scoring them all costs less than bounding them.
    private const int BoundFrom = 2 * RerankDepth;

    // Bm25F's most for a word in the body only (term frequency 1, an empty body): (k1 + 1) / (1 + k1 (1 - b)); for a row
    // FieldPostings does not know.
    private const double BodyMost = 2.2 / 1.3;

    // How finely the bounds are sorted: rows of a bucket are scored together, so the last bucket scored holds rows that
    // could not reach the depth. At 100,000 services 256 buckets scored 1,235 rows of "pomoč na domu" for its best 400, 4,096 score 415.
    private const int Buckets = 4096;

    // Tier and score as one number that orders as the two do (scores stay far below it).
    private const double TierScale = 1e9;

    // Occurrences in half units, ten bits a field; all bits set: too many to count (treated as unbounded).
    private const int Unbounded = 1023;

    // What a match that was not scored holds as its score: below any score (scores are never negative).
    private const double NotScored = -1;

    [ThreadStatic]
    private static (double[] Bounds, int[] Counts, int[] Terms)? _boundBuffers;

    [ThreadStatic]
    private static (double[] Bounds, int[] TierAt, int[] BucketOf, int[] Order)? _orderBuffers;

    [ThreadStatic]
    private static List<int>? _boundRows;

    /// <summary>
    /// Adds the rows' candidates to <paramref name="found"/> in the rows' order, scored by <paramref name="score"/>; with
    /// <paramref name="bound"/> (per row, the most its <see cref="Key"/> can be) only as many as it takes for the best
    /// <see cref="RerankDepth"/> to be exact, the others in tier 0 with <see cref="NotScored"/>.
    /// </summary>
    private static void ScoreRows(List<Candidate> found, List<int> rowIds, Func<int, bool> skip, Func<int, Candidate> score, Func<int, double>? bound)
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
        // Buffers kept per thread: a broad query's arrays are large-object heap allocations otherwise, and collecting them costs.
        var (bounds, tierAt, bucketOf, order) = _orderBuffers is { } kept && kept.Bounds.Length >= rowIds.Count ? kept
            : (new double[rowIds.Count], new int[rowIds.Count], new int[rowIds.Count], new int[rowIds.Count]);
        _orderBuffers = null;
        var rowCount = 0;
        // Each tier has its own buckets: tiers lie TierScale apart, and one span over them would put a tier in one bucket.
        // A query has few tiers, so a row's is found in a short list.
        var tiers = new List<long>(4);
        var most = new List<double>(4);
        var least = new List<double>(4);
        // Neighbouring rows mostly share a tier: the last one found is tried first.
        var last = -1;
        foreach (var rowId in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(rowIds))
        {
            if (!skip(rowId))
            {
                found.Add(new Candidate(rowId, NotScored, 0));
                var b = bound(rowId);
                bounds[rowCount] = b;
                var tier = TierOf(b);
                var t = last >= 0 && tiers[last] == tier ? last : tiers.IndexOf(tier);
                if (t < 0)
                {
                    t = tiers.Count;
                    tiers.Add(tier);
                    most.Add(b);
                    least.Add(b);
                }

                last = t;
                tierAt[rowCount++] = t;
                if (b > most[t])
                {
                    most[t] = b;
                }
                else if (b < least[t])
                {
                    least[t] = b;
                }
            }
        }

        // The rows in buckets of their bound (a counting sort), highest tier first, highest first within a tier; each
        // bucket knows its highest bound.
        var rank = new int[tiers.Count];
        foreach (var (t, at) in Enumerable.Range(0, tiers.Count).OrderByDescending(t => tiers[t]).Select((t, at) => (t, at)))
        {
            rank[t] = at;
        }

        var count = tiers.Count * Buckets;
        // Pooled: a query of three tiers would allocate 100 KB of them on the large-object heap.
        var starts = System.Buffers.ArrayPool<int>.Shared.Rent(count + 1);
        var next = System.Buffers.ArrayPool<int>.Shared.Rent(count + 1);
        var highest = System.Buffers.ArrayPool<double>.Shared.Rent(count);
        Array.Clear(starts, 0, count + 1);
        Array.Clear(highest, 0, count);
        for (var i = 0; i < rowCount; i++)
        {
            var t = tierAt[i];
            var span = most[t] - least[t];
            var k = (rank[t] * Buckets) + (span > 0 ? (int)Math.Min(Buckets - 1, (most[t] - bounds[i]) / span * Buckets) : 0);
            bucketOf[i] = k;
            starts[k + 1]++;
            highest[k] = Math.Max(highest[k], bounds[i]);
        }

        for (var k = 0; k < count; k++)
        {
            starts[k + 1] += starts[k];
        }

        Array.Copy(starts, next, count + 1);
        for (var i = 0; i < rowCount; i++)
        {
            order[next[bucketOf[i]]++] = i;
        }

        var best = new PriorityQueue<double, double>(RerankDepth + 1);
        for (var k = 0; k < count; k++)
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

        System.Buffers.ArrayPool<int>.Shared.Return(starts);
        System.Buffers.ArrayPool<int>.Shared.Return(next);
        System.Buffers.ArrayPool<double>.Shared.Return(highest);
        _orderBuffers = (bounds, tierAt, bucketOf, order);
    }

    /// <summary>Tier, then score, as one number to compare.</summary>
    private static double Key(int tier, double score) => (tier * TierScale) + score;

    private static long TierOf(double key) => (long)Math.Floor(key / TierScale);

    /// <summary>
    /// The most each row's quick score can be for words of these weights (see the class summary); null when the
    /// matches are too few to gain from it. Dispose to clear the buffers it used.
    /// </summary>
    private static Bounds? BoundsOf(IndexState state, TermMasks masks, double[] weights, int matches, bool wanted, (double Name, double Keywords, double Summary, double Body) averages)
    {
        if (!wanted || matches < BoundFrom)
        {
            return null;
        }

        var postings = FieldPostings.Of(state);
        var (boundsArray, counts, terms) = _boundBuffers is { } cached && cached.Bounds.Length >= postings.Rows ? cached : (new double[postings.Rows], new int[postings.Rows], new int[postings.Rows]);
        _boundBuffers = null;
        var result = new Bounds(boundsArray, counts, terms, weights, postings, averages);
        // Kept per thread as the buffers above: a broad word's rows grow a list through the large-object heap otherwise.
        var rows = _boundRows ?? [];
        _boundRows = null;
        for (var t = 0; t < weights.Length; t++)
        {
            rows.Clear();
            foreach (var word in masks.AcceptedWords(t))
            {
                // As Tally counts: an occurrence of a word the query word accepts only as a prefix counts half.
                var halves = (masks.Of(word) & TermMasks.Exact(t)) != 0 ? 2 : 1;
                var (posted, postedFields) = postings.Of(word);
                var r = posted.Span;
                var f = postedFields.Span;
                for (var i = 0; i < r.Length; i++)
                {
                    var row = r[i];
                    if (counts[row] == 0)
                    {
                        rows.Add(row);
                    }

                    counts[row] = Counted(Counted(Counted(counts[row], f[i], FieldPostings.NameShift, 0, halves), f[i], FieldPostings.KeywordsShift, 10, halves), f[i], FieldPostings.SummaryShift, 20, halves);
                }
            }

            foreach (var row in rows)
            {
                var c = counts[row];
                counts[row] = 0;
                // The word's part exactly as Bm25F gives it where it stands in the name, keywords or summary (the body then adds nothing).
                result.Raise(row, t, weights[t] * Bm25F(postings.Lengths(row), Occurrences(c, 0), Occurrences(c, 10), Occurrences(c, 20), 0, averages));
            }
        }

        rows.Clear();
        _boundRows = rows;
        return result;
    }

    private static int Counted(int counts, ushort posted, int postedShift, int shift, int halves)
    {
        var found = (posted >> postedShift) & FieldPostings.Many;
        if (found == 0)
        {
            return counts;
        }

        var current = (counts >> shift) & Unbounded;
        var next = found == FieldPostings.Many || current + (found * halves) >= Unbounded ? Unbounded : current + (found * halves);
        return (counts & ~(Unbounded << shift)) | (next << shift);
    }

    // BM25's part grows with the occurrences, so a count too large to keep stands for more than any.
    private static double Occurrences(int counts, int shift) => ((counts >> shift) & Unbounded) is var halves && halves == Unbounded ? 1e12 : halves / 2.0;
}
