using System.Numerics;
using System.Runtime.CompilerServices;

namespace NmZaMe.Cms.Search;

/// <summary>
/// For one index state, the rows each word stands in the name, keywords or summary of, and the rows of each facet value
/// as a bitset. A broad query (tens of thousands of matches) uses them to bound a match's score and to count its facets
/// without reading the match's row: reading a row costs a trip to memory, and that, per match, is what made a broad
/// query's time grow with its matches. Built on the first broad query an index state gets (one pass over every row; the
/// state is replaced on every publish), so small catalogues never build it.
/// </summary>
internal sealed class FieldPostings
{
    public const byte InName = 1;
    public const byte InKeywords = 2;
    public const byte InSummary = 4;

    private static readonly ConditionalWeakTable<IndexState, FieldPostings> Built = new();

    // Postings of word w: _rows[_offsets[w].._offsets[w + 1]] ascending, with the fields it stands in (InName | ...).
    private readonly int[] _offsets;
    private readonly int[] _rows;
    private readonly byte[] _fields;
    private readonly ulong[]?[] _facetRows;

    private FieldPostings(IndexState state)
    {
        var rows = state.Rows;
        var words = state.Terms.Count;
        Rows = rows.Next;
        var marks = new byte[words];
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
        _fields = new byte[_rows.Length];
        var next = (int[])_offsets.Clone();
        _facetRows = new ulong[]?[facets];
        var bitsetLength = (Rows + 63) / 64;
        for (var row = 0; row < rows.Next; row++)
        {
            if (rows.Data[row] is not { } data)
            {
                continue;
            }

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

    /// <summary>The rows whose name, keywords or summary has the word, ascending, and which of the three it stands in.</summary>
    public (ReadOnlyMemory<int> Rows, ReadOnlyMemory<byte> Fields) Of(int word) =>
        (uint)word + 1 < (uint)_offsets.Length
            ? (_rows.AsMemory(_offsets[word], _offsets[word + 1] - _offsets[word]), _fields.AsMemory(_offsets[word], _offsets[word + 1] - _offsets[word]))
            : (ReadOnlyMemory<int>.Empty, ReadOnlyMemory<byte>.Empty);

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

    private static void Mark(int[] data, byte[] marks, List<int> touched, int words)
    {
        touched.Clear();
        Mark(IndexRow.Name(data), InName, marks, touched, words);
        Mark(IndexRow.Keywords(data), InKeywords, marks, touched, words);
        Mark(IndexRow.Summary(data), InSummary, marks, touched, words);
    }

    private static void Mark(ReadOnlySpan<int> ids, byte field, byte[] marks, List<int> touched, int words)
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

            marks[id] |= field;
        }
    }
}
