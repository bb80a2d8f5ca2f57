using System.Numerics;
using System.Runtime.CompilerServices;

namespace NmZaMe.Cms.Search;

/// <summary>
/// For one index state, the rows each word stands in the name, keywords or summary of (how often in each), every row's
/// field lengths, and the rows of each facet value as a bitset. A broad query (tens of thousands of matches) uses them to bound a match's score and to count its facets
/// without reading the match's row: reading a row costs a trip to memory, and that, per match, is what made a broad
/// query's time grow with its matches. Built on the first broad query an index state gets (one pass over every row; the
/// state is replaced on every publish), so small catalogues never build it.
/// </summary>
internal sealed class FieldPostings
{
    // A posting's occurrences per field, four bits each (15: fifteen or more).
    public const int NameShift = 0;
    public const int KeywordsShift = 4;
    public const int SummaryShift = 8;
    public const int Many = 15;

    private static readonly ConditionalWeakTable<IndexState, FieldPostings> Built = new();

    // Postings of word w: _rows[_offsets[w].._offsets[w + 1]] ascending, with its occurrences per field (NameShift, ...).
    private readonly int[] _offsets;
    private readonly int[] _rows;
    private readonly ushort[] _fields;
    private readonly int[] _lengths;
    private readonly ulong[]?[] _facetRows;

    private FieldPostings(IndexState state)
    {
        var rows = state.Rows;
        var words = state.Terms.Count;
        Rows = rows.Next;
        var marks = new ushort[words];
        var touched = new List<int>(64);
        var counts = new int[words + 1];
        var facets = 0;
        for (var row = 0; row < rows.Next; row++)
        {
            if (rows.Data[row] is not { } data)
            {
                continue;
            }

            Mark(data, marks, touched, words);
            foreach (var id in touched)
            {
                counts[id]++;
                marks[id] = 0;
            }

            foreach (var id in IndexRow.Facets(data))
            {
                facets = Math.Max(facets, id + 1);
            }
        }

        _offsets = new int[words + 1];
        for (var w = 0; w < words; w++)
        {
            _offsets[w + 1] = _offsets[w] + counts[w];
        }

        _rows = new int[_offsets[words]];
        _fields = new ushort[_rows.Length];
        _lengths = new int[4 * Rows];
        var next = (int[])_offsets.Clone();
        _facetRows = new ulong[]?[facets];
        var bitsetLength = (Rows + 63) / 64;
        for (var row = 0; row < rows.Next; row++)
        {
            if (rows.Data[row] is not { } data)
            {
                continue;
            }

            var (name, keywords, summary, body) = IndexRow.Lengths(data);
            (_lengths[4 * row], _lengths[(4 * row) + 1], _lengths[(4 * row) + 2], _lengths[(4 * row) + 3]) = (name, keywords, summary, body);
            Mark(data, marks, touched, words);
            foreach (var id in touched)
            {
                _rows[next[id]] = row;
                _fields[next[id]++] = marks[id];
                marks[id] = 0;
            }

            foreach (var id in IndexRow.Facets(data))
            {
                (_facetRows[id] ??= new ulong[bitsetLength])[row >> 6] |= 1UL << row;
            }
        }
    }

    /// <summary>Row ids of the state are below this.</summary>
    public int Rows { get; }

    public static FieldPostings Of(IndexState state) => Built.GetValue(state, s => new FieldPostings(s));

    /// <summary>The rows whose name, keywords or summary has the word, ascending, and how often it stands in each (see NameShift).</summary>
    public (ReadOnlyMemory<int> Rows, ReadOnlyMemory<ushort> Fields) Of(int word) =>
        (uint)word + 1 < (uint)_offsets.Length
            ? (_rows.AsMemory(_offsets[word], _offsets[word + 1] - _offsets[word]), _fields.AsMemory(_offsets[word], _offsets[word + 1] - _offsets[word]))
            : (ReadOnlyMemory<int>.Empty, ReadOnlyMemory<ushort>.Empty);

    /// <summary>The row's name, keywords, summary and body lengths in words (as <see cref="IndexRow.Lengths"/>).</summary>
    public (int Name, int Keywords, int Summary, int Body) Lengths(int row) =>
        (uint)row < (uint)Rows ? (_lengths[4 * row], _lengths[(4 * row) + 1], _lengths[(4 * row) + 2], _lengths[(4 * row) + 3]) : default;

    /// <summary>The rows that have any of the facet values, as a bitset over row ids; null when none has.</summary>
    public ulong[]? RowsWithAny(IEnumerable<int> values)
    {
        ulong[]? result = null;
        foreach (var id in values)
        {
            if ((uint)id < (uint)_facetRows.Length && _facetRows[id] is { } rows)
            {
                result ??= new ulong[rows.Length];
                for (var w = 0; w < rows.Length; w++)
                {
                    result[w] |= rows[w];
                }
            }
        }

        return result;
    }

    /// <summary>Facet counts of the rows set in <paramref name="matched"/> (a bitset over row ids): one AND per 64 rows and value.</summary>
    public int[] CountFacets(ulong[] matched, int values)
    {
        var counts = new int[Math.Max(values, _facetRows.Length)];
        for (var id = 0; id < _facetRows.Length; id++)
        {
            if (_facetRows[id] is not { } rows)
            {
                continue;
            }

            var count = 0;
            var length = Math.Min(rows.Length, matched.Length);
            for (var w = 0; w < length; w++)
            {
                count += BitOperations.PopCount(rows[w] & matched[w]);
            }

            counts[id] = count;
        }

        return counts;
    }

    private static void Mark(int[] data, ushort[] marks, List<int> touched, int words)
    {
        touched.Clear();
        Mark(IndexRow.Name(data), NameShift, marks, touched, words);
        Mark(IndexRow.Keywords(data), KeywordsShift, marks, touched, words);
        Mark(IndexRow.Summary(data), SummaryShift, marks, touched, words);
    }

    private static void Mark(ReadOnlySpan<int> ids, int shift, ushort[] marks, List<int> touched, int words)
    {
        foreach (var id in ids)
        {
            if ((uint)id >= (uint)words)
            {
                continue;
            }

            if (marks[id] == 0)
            {
                touched.Add(id);
            }

            if (((marks[id] >> shift) & Many) != Many)
            {
                marks[id] += (ushort)(1 << shift);
            }
        }
    }
}
