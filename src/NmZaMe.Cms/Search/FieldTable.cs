using System.Runtime.CompilerServices;

namespace NmZaMe.Cms.Search;

/// <summary>
/// An index state's name, keyword and summary stem numbers and field lengths laid out by row id, built on first use
/// after each change. Scoring a broad query reads them in row order instead of following each matched document's
/// arrays, each a cache miss (the difference grows with the catalogue).
/// </summary>
internal sealed class FieldTable
{
    private static readonly ConditionalWeakTable<IndexState, FieldTable> Tables = new();

    private readonly int[] _start;
    private readonly int[] _lengths;
    private readonly int[] _ids;

    private FieldTable(int[] start, int[] lengths, int[] ids)
    {
        _start = start;
        _lengths = lengths;
        _ids = ids;
    }

    public static FieldTable Of(IndexState state) => Tables.GetValue(state, Build);

    public bool Has(long row) => (ulong)row + 1 < (ulong)_start.Length;

    public ReadOnlySpan<int> Name(long row) => _ids.AsSpan(_start[row], _lengths[row * 4]);

    public ReadOnlySpan<int> Keywords(long row) => _ids.AsSpan(_start[row] + _lengths[row * 4], _lengths[(row * 4) + 1]);

    public ReadOnlySpan<int> Summary(long row) => _ids.AsSpan(_start[row] + _lengths[row * 4] + _lengths[(row * 4) + 1], _lengths[(row * 4) + 2]);

    /// <summary>Lengths of the name, keywords, summary and body in words, as BM25 normalises by them.</summary>
    public (int Name, int Keywords, int Summary, int Body) Lengths(long row) =>
        (_lengths[row * 4], _lengths[(row * 4) + 1], _lengths[(row * 4) + 2], _lengths[(row * 4) + 3]);

    private static FieldTable Build(IndexState state)
    {
        var rows = (int)Math.Max(state.NextRowId, 1);
        var start = new int[rows + 1];
        var lengths = new int[rows * 4];
        foreach (var (row, d) in state.Documents)
        {
            start[row + 1] = d.NameIds.Length + d.KeywordIds.Length + d.SummaryIds.Length;
            lengths[row * 4] = d.NameIds.Length;
            lengths[(row * 4) + 1] = d.KeywordIds.Length;
            lengths[(row * 4) + 2] = d.SummaryIds.Length;
            lengths[(row * 4) + 3] = d.BodyLength;
        }

        for (var row = 0; row < rows; row++)
        {
            start[row + 1] += start[row];
        }

        var ids = new int[start[rows]];
        foreach (var (row, d) in state.Documents)
        {
            var at = start[row];
            d.NameIds.CopyTo(ids, at);
            d.KeywordIds.CopyTo(ids, at + d.NameIds.Length);
            d.SummaryIds.CopyTo(ids, at + d.NameIds.Length + d.KeywordIds.Length);
        }

        return new FieldTable(start, lengths, ids);
    }
}
