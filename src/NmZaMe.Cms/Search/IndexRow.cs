namespace NmZaMe.Cms.Search;

/// <summary>
/// One document of the index in memory (and on disk, byte for byte): a single int array of term and facet numbers.
/// Header: counts of the facets, name, keywords, summary, stems and accented words, then the body's length in words.
/// The facets and the three scored fields come first, so counting and scoring a match read the start of its array;
/// stems (every word of the document, sorted) are read only when a query word is in none of those fields.
/// </summary>
internal static class IndexRow
{
    private const int FacetCount = 0;
    private const int NameCount = 1;
    private const int KeywordCount = 2;
    private const int SummaryCount = 3;
    private const int StemCount = 4;
    private const int AccentedCount = 5;
    private const int BodyLength = 6;
    public const int Header = 7;

    /// <summary>The document's numbers; <paramref name="added"/> hears of each term the table had not seen.</summary>
    public static int[] Encode(IndexDocument document, TermTable terms, Action<int, string>? added = null)
    {
        var name = Split(document.Name);
        var keywords = Split(document.Keywords);
        var summary = Split(document.Summary);
        var length = Header + document.FacetIds.Length + name.Length + keywords.Length + summary.Length + document.Stems.Length + document.AccentedWords.Length;
        var row = new int[length];
        row[FacetCount] = document.FacetIds.Length;
        row[NameCount] = name.Length;
        row[KeywordCount] = keywords.Length;
        row[SummaryCount] = summary.Length;
        row[StemCount] = document.Stems.Length;
        row[AccentedCount] = document.AccentedWords.Length;
        row[BodyLength] = document.Body.Count(c => c == ' ') + (document.Body.Length > 0 ? 1 : 0);
        var at = Header;
        document.FacetIds.CopyTo(row, at);
        at += document.FacetIds.Length;
        foreach (var words in new[] { name, keywords, summary, document.Stems, document.AccentedWords })
        {
            for (var i = 0; i < words.Length; i++)
            {
                var id = terms.Add(words[i], out var isNew);
                if (isNew)
                {
                    added?.Invoke(id, words[i]);
                }

                row[at + i] = id;
            }

            at += words.Length;
        }

        // Sorted, so membership is a binary search (Contains).
        Array.Sort(row, Header + row[FacetCount] + row[NameCount] + row[KeywordCount] + row[SummaryCount], row[StemCount]);
        Array.Sort(row, length - row[AccentedCount], row[AccentedCount]);
        return row;
    }

    /// <summary>Whether an array of the right shape: its header's counts add up to its length.</summary>
    public static bool IsValid(int[] row)
    {
        if (row.Length < Header || row[BodyLength] < 0)
        {
            return false;
        }

        long total = Header;
        for (var i = 0; i < BodyLength; i++)
        {
            if (row[i] < 0)
            {
                return false;
            }

            total += row[i];
        }

        return total == row.Length;
    }

    public static Span<int> Facets(int[] row) => row.AsSpan(Header, row[FacetCount]);

    public static ReadOnlySpan<int> Name(int[] row) => row.AsSpan(Header + row[FacetCount], row[NameCount]);

    public static ReadOnlySpan<int> Keywords(int[] row) => row.AsSpan(Header + row[FacetCount] + row[NameCount], row[KeywordCount]);

    public static ReadOnlySpan<int> Summary(int[] row) => row.AsSpan(Header + row[FacetCount] + row[NameCount] + row[KeywordCount], row[SummaryCount]);

    /// <summary>Every stem of the document (all fields, synonyms added), each once, in number order.</summary>
    public static ReadOnlySpan<int> Stems(int[] row) => row.AsSpan(row.Length - row[AccentedCount] - row[StemCount], row[StemCount]);

    /// <summary>Lower-case words of the name, summary and keywords that have diacritics, each once, in number order.</summary>
    public static ReadOnlySpan<int> Accented(int[] row) => row.AsSpan(row.Length - row[AccentedCount], row[AccentedCount]);

    /// <summary>Lengths of the name, keywords, summary and body in words, as BM25 normalises by them.</summary>
    public static (int Name, int Keywords, int Summary, int Body) Lengths(int[] row) =>
        (row[NameCount], row[KeywordCount], row[SummaryCount], row[BodyLength]);

    public static bool Contains(ReadOnlySpan<int> sorted, int id) => id >= 0 && sorted.BinarySearch(id) >= 0;

    private static string[] Split(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
