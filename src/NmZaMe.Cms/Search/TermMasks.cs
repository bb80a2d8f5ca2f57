namespace NmZaMe.Cms.Search;

/// <summary>
/// Which query words each term number stands for: bit t means word t matches exactly, bit 16 + t through a prefix.
/// Whether a document's word is accepted is then an array read instead of string comparisons; a bitmap of the numbers
/// that have any bit (a bit per term, small enough to stay in cache) answers first for the many words that have none.
/// The arrays are kept per thread and cleared after each query entry by entry, so a query allocates nothing per match.
/// </summary>
internal sealed class TermMasks : IDisposable
{
    public const int PrefixShift = 16;

    // Up to this many accepted numbers, a sorted word list is searched for each; beyond, it is scanned once.
    private const int SearchAtMost = 8;

    [ThreadStatic]
    private static (int[] Masks, ulong[] Present)? _cached;

    private readonly List<int> _set = [];
    private readonly int[][] _accepted;
    private readonly int[][] _exact;

    public TermMasks(IReadOnlyList<FtsQuery.Term> terms, IndexState state, string culture)
    {
        // Documents of the state being searched all have numbers below this count.
        var table = state.Terms;
        var vocabulary = state.Vocabulary;
        var count = table.Count;
        if (_cached is { } cached && cached.Masks.Length >= count)
        {
            (Masks, Present) = cached;
        }
        else
        {
            Masks = new int[Math.Max(count, 1024) * 5 / 4];
            Present = new ulong[(Masks.Length + 63) / 64];
        }

        _cached = null;
        Terms = terms.Count;
        for (var t = 0; t < terms.Count; t++)
        {
            foreach (var prefix in terms[t].Prefixes)
            {
                foreach (var stem in vocabulary.WithPrefix(culture, prefix))
                {
                    Set(table.Find(stem), 1 << (PrefixShift + t));
                }
            }

            foreach (var exact in terms[t].Exact)
            {
                Set(table.Find(exact), 1 << t);
            }
        }

        _accepted = new int[terms.Count][];
        _exact = new int[terms.Count][];
        for (var t = 0; t < terms.Count; t++)
        {
            var term = t;
            _accepted[t] = _set.Where(id => (Masks[id] & ExactOrPrefix(term)) != 0).Order().ToArray();
            _exact[t] = _set.Where(id => (Masks[id] & Exact(term)) != 0).Order().ToArray();
        }
    }

    public int[] Masks { get; }

    public int Terms { get; }

    private ulong[] Present { get; }

    /// <summary>The numbers of every word query word t accepts (exactly or through a prefix), ascending.</summary>
    public int[] AcceptedWords(int t) => _accepted[t];

    /// <summary>Bit t (exact) and bit 16 + t (prefix) of query word t, for testing a mask.</summary>
    public static int Exact(int t) => 1 << t;

    public static int ExactOrPrefix(int t) => (1 << t) | (1 << (PrefixShift + t));

    public int Of(int id) => (uint)id < (uint)Masks.Length ? Masks[id] : 0;

    /// <summary>Occurrences of each query word in a field (an occurrence matched only through a prefix counts half), added to counts.</summary>
    public void Tally(ReadOnlySpan<int> ids, Span<double> counts)
    {
        var masks = Masks;
        var present = Present;
        foreach (var id in ids)
        {
            if ((uint)(id >> 6) >= (uint)present.Length || (present[id >> 6] & (1UL << id)) == 0)
            {
                continue;
            }

            var mask = masks[id];
            for (var t = 0; t < counts.Length; t++)
            {
                if ((mask & (1 << t)) != 0)
                {
                    counts[t] += 1;
                }
                else if ((mask & (1 << (PrefixShift + t))) != 0)
                {
                    counts[t] += 0.5;
                }
            }
        }
    }

    /// <summary>The bits of every query word that any of the words accepts: a document's stems tested for all query words at once.</summary>
    public int Any(ReadOnlySpan<int> ids)
    {
        var masks = Masks;
        var present = Present;
        var any = 0;
        foreach (var id in ids)
        {
            if ((uint)(id >> 6) < (uint)present.Length && (present[id >> 6] & (1UL << id)) != 0)
            {
                any |= masks[id];
            }
        }

        return any;
    }

    /// <summary>Whether any of the sorted, distinct words is accepted by query word t (exactly, or also through a prefix).</summary>
    public bool Accepts(ReadOnlySpan<int> sortedWords, int t, bool exactOnly = false)
    {
        var wanted = exactOnly ? _exact[t] : _accepted[t];
        if (wanted.Length > SearchAtMost)
        {
            return (Any(sortedWords) & (exactOnly ? Exact(t) : ExactOrPrefix(t))) != 0;
        }

        foreach (var id in wanted)
        {
            if (sortedWords.BinarySearch(id) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    public void Dispose()
    {
        foreach (var id in _set)
        {
            Masks[id] = 0;
            Present[id >> 6] = 0;
        }

        _cached = (Masks, Present);
    }

    private void Set(int id, int bit)
    {
        if (id < 0 || id >= Masks.Length)
        {
            return;
        }

        if (Masks[id] == 0)
        {
            _set.Add(id);
        }

        Masks[id] |= bit;
        Present[id >> 6] |= 1UL << id;
    }
}
