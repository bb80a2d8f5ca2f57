namespace NmZaMe.Cms.Search;

/// <summary>
/// The order results are shown in, and the page of it asked for: tier, reranked first, score, then the folded name.
/// </summary>
public sealed partial class SearchService
{
    // Ties (common in a catalogue of similar services) fall back to the folded name: ordinal, no collation cost per pair.
    private static IOrderedEnumerable<Candidate> Ordered(List<Candidate> candidates, IndexRows rows) =>
        candidates.OrderByDescending(c => c.Tier).ThenByDescending(c => c.Ranked).ThenByDescending(c => c.Score).ThenBy(c => rows.FoldedNames[c.RowId], StringComparer.Ordinal);

    /// <summary>
    /// The page in the order of <see cref="Ordered"/> (a stable sort, so position breaks the last ties), picked with a
    /// heap of skip + take candidates: a broad query's other matches are compared, never sorted, and their names are
    /// read only on a tie. The reranked candidates come before all others, so a page within them is picked among them.
    /// </summary>
    private static IEnumerable<Candidate> Page(List<Candidate> candidates, IndexRows rows, int skip, int take, List<int>? ranked)
    {
        var depth = (int)Math.Min((long)skip + take, candidates.Count);
        if (depth <= 0)
        {
            return [];
        }

        var order = new PageOrder(candidates, rows);
        var heap = new PriorityQueue<int, int>(depth + 1, order);
        var within = ranked is not null && depth <= ranked.Count;
        var count = within ? ranked!.Count : candidates.Count;
        for (var at = 0; at < count; at++)
        {
            var i = within ? ranked![at] : at;
            if (heap.Count < depth)
            {
                heap.Enqueue(i, i);
            }
            else if (heap.TryPeek(out _, out var worst) && order.Compare(i, worst) > 0)
            {
                heap.DequeueEnqueue(i, i);
            }
        }

        var page = new Candidate[heap.Count];
        for (var at = page.Length - 1; heap.TryDequeue(out var i, out _); at--)
        {
            page[at] = candidates[i];
        }

        return page.Skip(skip);
    }

    /// <summary>Compares positions in the candidate list: greater is better (shown earlier).</summary>
    private sealed class PageOrder(List<Candidate> candidates, IndexRows rows) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var a = candidates[x];
            var b = candidates[y];
            var c = a.Tier.CompareTo(b.Tier);
            if (c == 0)
            {
                c = a.Ranked.CompareTo(b.Ranked);
            }

            if (c == 0)
            {
                c = a.Score.CompareTo(b.Score);
            }

            if (c == 0)
            {
                c = string.CompareOrdinal(rows.FoldedNames[b.RowId], rows.FoldedNames[a.RowId]);
            }

            return c != 0 ? c : y.CompareTo(x);
        }
    }
}
