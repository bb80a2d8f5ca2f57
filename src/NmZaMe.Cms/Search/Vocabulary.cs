namespace NmZaMe.Cms.Search;

/// <summary>The indexed stems per culture with their document frequency, for typo correction and prefix checks.</summary>
public sealed class Vocabulary
{
    public static readonly Vocabulary Empty = new(new Dictionary<string, Dictionary<string, int>>());

    private readonly Dictionary<string, Dictionary<string, int>> _byCulture;
    private readonly Dictionary<string, string[]> _sorted;
    private readonly Dictionary<string, int> _documents;
    private readonly Dictionary<string, FieldLengths> _lengths;

    private Vocabulary(Dictionary<string, Dictionary<string, int>> byCulture, Dictionary<string, int>? documents = null, Dictionary<string, FieldLengths>? lengths = null)
    {
        _byCulture = byCulture;
        _documents = documents ?? new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        _lengths = lengths ?? new Dictionary<string, FieldLengths>(StringComparer.OrdinalIgnoreCase);
        _sorted = byCulture.ToDictionary(c => c.Key, c => c.Value.Keys.Order(StringComparer.Ordinal).ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Counts every row's stems by number first: one array increment per word instead of a string hash.</summary>
    internal static Vocabulary Build(IndexRows rows, TermTable terms)
    {
        var frequencies = new Dictionary<string, int[]>(StringComparer.OrdinalIgnoreCase);
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var lengths = new Dictionary<string, FieldLengths>(StringComparer.OrdinalIgnoreCase);
        var termCount = terms.Count;
        for (var row = 0; row < rows.Next; row++)
        {
            if (rows.Data[row] is not { } data)
            {
                continue;
            }

            var culture = rows.Cultures[row];
            if (!frequencies.TryGetValue(culture, out var frequency))
            {
                frequencies[culture] = frequency = new int[termCount];
            }

            counts[culture] = counts.GetValueOrDefault(culture) + 1;
            lengths[culture] = lengths.GetValueOrDefault(culture) + FieldLengths.Of(data);
            foreach (var id in IndexRow.Stems(data))
            {
                frequency[id]++;
            }
        }

        var byCulture = new Dictionary<string, Dictionary<string, int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (culture, frequency) in frequencies)
        {
            var stems = byCulture[culture] = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var id = 0; id < frequency.Length; id++)
            {
                if (frequency[id] > 0)
                {
                    stems[terms.Text(id)] = frequency[id];
                }
            }
        }

        return new Vocabulary(byCulture, counts, lengths);
    }

    public int Documents(string culture) => _documents.GetValueOrDefault(culture);

    /// <summary>Average length of each field (name, keywords, summary, body) in the culture, for BM25.</summary>
    public (double Name, double Keywords, double Summary, double Body) AverageLengths(string culture)
    {
        var n = Math.Max(1, Documents(culture));
        var l = _lengths.GetValueOrDefault(culture);
        return (Math.Max(1, (double)l.Name / n), Math.Max(1, (double)l.Keywords / n), Math.Max(1, (double)l.Summary / n), Math.Max(1, (double)l.Body / n));
    }

    /// <summary>A new vocabulary with some documents taken out and others added: proportional to the vocabulary, not the index.</summary>
    internal Vocabulary With(IEnumerable<(string Culture, int[] Row)> removed, IEnumerable<(string Culture, int[] Row)> added, TermTable terms)
    {
        var byCulture = _byCulture.ToDictionary(c => c.Key, c => new Dictionary<string, int>(c.Value, StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase);
        var counts = new Dictionary<string, int>(_documents, StringComparer.OrdinalIgnoreCase);
        var lengths = new Dictionary<string, FieldLengths>(_lengths, StringComparer.OrdinalIgnoreCase);
        foreach (var (culture, row) in removed)
        {
            counts[culture] = counts.GetValueOrDefault(culture) - 1;
            lengths[culture] = lengths.GetValueOrDefault(culture) - FieldLengths.Of(row);
            if (byCulture.TryGetValue(culture, out var stems))
            {
                foreach (var id in IndexRow.Stems(row))
                {
                    var stem = terms.Text(id);
                    if (stems.TryGetValue(stem, out var n))
                    {
                        if (n <= 1)
                        {
                            stems.Remove(stem);
                        }
                        else
                        {
                            stems[stem] = n - 1;
                        }
                    }
                }
            }
        }

        foreach (var (culture, row) in added)
        {
            counts[culture] = counts.GetValueOrDefault(culture) + 1;
            lengths[culture] = lengths.GetValueOrDefault(culture) + FieldLengths.Of(row);
            if (!byCulture.TryGetValue(culture, out var stems))
            {
                byCulture[culture] = stems = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            foreach (var id in IndexRow.Stems(row))
            {
                var stem = terms.Text(id);
                stems[stem] = stems.GetValueOrDefault(stem) + 1;
            }
        }

        return new Vocabulary(byCulture, counts, lengths);
    }

    public int Frequency(string culture, string stem) =>
        _byCulture.TryGetValue(culture, out var terms) ? terms.GetValueOrDefault(stem) : 0;

    /// <summary>Every indexed stem of the culture that starts with the prefix, in ordinal order.</summary>
    public ReadOnlySpan<string> WithPrefix(string culture, string prefix)
    {
        if (!_sorted.TryGetValue(culture, out var sorted))
        {
            return [];
        }

        var i = Array.BinarySearch(sorted, prefix, StringComparer.Ordinal);
        var from = i >= 0 ? i : ~i;
        var to = from;
        while (to < sorted.Length && sorted[to].StartsWith(prefix, StringComparison.Ordinal))
        {
            to++;
        }

        return sorted.AsSpan(from, to - from);
    }

    public bool HasPrefix(string culture, string prefix)
    {
        if (!_sorted.TryGetValue(culture, out var sorted))
        {
            return false;
        }

        var i = Array.BinarySearch(sorted, prefix, StringComparer.Ordinal);
        if (i >= 0)
        {
            return true;
        }

        i = ~i;
        return i < sorted.Length && sorted[i].StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>The closest indexed stem within the edit distance allowed for the word's length, most frequent first.</summary>
    public string? Closest(string culture, string stem)
    {
        // One letter of three is a third of the word: a three-letter stem is another word, not a slip ("hiv" is not "hiš").
        if (!_byCulture.TryGetValue(culture, out var terms) || stem.Length < 4)
        {
            return null;
        }

        var maxDistance = stem.Length >= 7 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        foreach (var (term, frequency) in terms)
        {
            if (Math.Abs(term.Length - stem.Length) > maxDistance || term.Length < 3 || !SameStart(stem, term))
            {
                continue;
            }

            var distance = EditDistance.Damerau(stem, term, maxDistance);
            // A tie is broken by the stem itself, not by the order words were first indexed in.
            if (distance <= maxDistance && (distance < bestDistance || (distance == bestDistance && (frequency > bestFrequency
                || (frequency == bestFrequency && string.CompareOrdinal(term, best) < 0)))))
            {
                best = term;
                bestDistance = distance;
                bestFrequency = frequency;
            }
        }

        return best;
    }

    /// <summary>
    /// Whether a correction keeps the word's first letter (or only swaps the first two). People seldom miss the first
    /// letter, and a word that differs there is mostly another word of the language: "pazil" (minded) is not "azil"
    /// (asylum), "sama" not "mama".
    /// </summary>
    private static bool SameStart(string typed, string term) =>
        typed[0] == term[0] || (typed.Length > 1 && term.Length > 1 && typed[0] == term[1] && typed[1] == term[0]);

    private readonly record struct FieldLengths(long Name, long Keywords, long Summary, long Body)
    {
        public static FieldLengths Of(int[] row)
        {
            var (name, keywords, summary, body) = IndexRow.Lengths(row);
            return new(name, keywords, summary, body);
        }

        public static FieldLengths operator +(FieldLengths a, FieldLengths b) => new(a.Name + b.Name, a.Keywords + b.Keywords, a.Summary + b.Summary, a.Body + b.Body);

        public static FieldLengths operator -(FieldLengths a, FieldLengths b) => new(a.Name - b.Name, a.Keywords - b.Keywords, a.Summary - b.Summary, a.Body - b.Body);
    }
}
