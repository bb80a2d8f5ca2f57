namespace NmZaMe.Cms.Search;

/// <summary>
/// Which query words each term number stands for: bit t means word t matches exactly, bit 16 + t through a prefix.
/// Whether a document's word is accepted is then one array read instead of string comparisons. One array per thread,
/// cleared after each query entry by entry, so a query allocates nothing per match.
/// </summary>
internal sealed class TermMasks : IDisposable
{
    public const int PrefixShift = 16;

    [ThreadStatic]
    private static int[]? _cached;

    private readonly List<int> _set = [];

    public TermMasks(IReadOnlyList<FtsQuery.Term> terms, IndexState state, string culture)
    {
        // Documents of the state being searched all have numbers below this count.
        var table = state.Terms;
        var vocabulary = state.Vocabulary;
        var count = table.Count;
        var masks = _cached is { } cached && cached.Length >= count ? cached : new int[Math.Max(count, 1024) * 5 / 4];
        _cached = null;
        Masks = masks;
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
    }

    public int[] Masks { get; }

    public int Terms { get; }

    /// <summary>Occurrences of each query word in a field (an occurrence matched only through a prefix counts half), added to counts.</summary>
    public void Tally(ReadOnlySpan<int> ids, Span<double> counts)
    {
        var masks = Masks;
        foreach (var id in ids)
        {
            var mask = (uint)id < (uint)masks.Length ? masks[id] : 0;
            if (mask == 0)
            {
                continue;
            }

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

    /// <summary>Bit t (exact) and bit 16 + t (prefix) of query word t, for testing a mask.</summary>
    public static int Exact(int t) => 1 << t;

    public static int ExactOrPrefix(int t) => (1 << t) | (1 << (PrefixShift + t));

    public int Of(int id) => (uint)id < (uint)Masks.Length ? Masks[id] : 0;

    /// <summary>The bits of every query word that any of the words accepts: a document's stems tested for all query words at once.</summary>
    public int Any(ReadOnlySpan<int> ids)
    {
        var masks = Masks;
        var any = 0;
        foreach (var id in ids)
        {
            any |= (uint)id < (uint)masks.Length ? masks[id] : 0;
        }

        return any;
    }

    public void Dispose()
    {
        foreach (var id in _set)
        {
            Masks[id] = 0;
        }

        _cached = Masks;
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
    }
}
