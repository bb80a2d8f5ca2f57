using NmZaMe.Cms.Search;

namespace NmZaMe.Cms.Tests.Search;

/// <summary>Term numbers, document rows and query masks must accept exactly the words the string forms accept.</summary>
public sealed class TermMatchingTests
{
    private const string Culture = "sl-SI";

    [Fact]
    public void Masks_accept_and_count_exactly_what_the_query_terms_accept_as_strings()
    {
        var random = new Random(7);
        var words = new[] { "pomoc", "pomocnik", "pomocnic", "dom", "domov", "domac", "odvisn", "odvisnost", "svetovanj", "svetoval", "nasilj", "druzin", "stare", "starejs", "|" };
        var documents = Enumerable.Range(0, 200).Select(i => Document(i, Pick(random, words, 4), Pick(random, words, 6), Pick(random, words, 5), Pick(random, words, 8))).ToList();
        var state = State(documents);
        var queries = new List<FtsQuery.Term[]>
        {
            new[] { Term(["pomoc"]), Term(["dom"], "domu") },
            new[] { Term(["odvisnik"], "odvisn") },
            new[] { Term(["svetovanj", "svetoval"], "svet"), Term(["nasilj"]), Term(["neznan"], "nezn") },
            new[] { Term(["stare"], "star"), Term(["domac"], "do") },
        };

        foreach (var terms in queries)
        {
            using var masks = new TermMasks(terms, state, Culture);
            for (var row = 1; row < state.Rows.Next; row++)
            {
                var data = state.Rows.Data[row]!;
                var document = documents[row - 1];
                var stems = document.Stems;
                for (var t = 0; t < terms.Length; t++)
                {
                    Assert.Equal(stems.Any(terms[t].Accepts), masks.Accepts(IndexRow.Stems(data), t));
                    Assert.Equal(stems.Any(terms[t].IsExact), masks.Accepts(IndexRow.Stems(data), t, exactOnly: true));
                    Assert.Equal(stems.Any(terms[t].Accepts), (masks.Any(IndexRow.Stems(data)) & TermMasks.ExactOrPrefix(t)) != 0);
                }

                var counted = new double[terms.Length];
                masks.Tally(IndexRow.Name(data), counted);
                var expected = terms.Select(term => document.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Sum(w => term.IsExact(w) ? 1.0 : term.Accepts(w) ? 0.5 : 0.0)).ToArray();
                Assert.Equal(expected, counted);
            }
        }
    }

    [Fact]
    public void A_row_keeps_each_field_in_order_and_stems_and_accented_words_sorted()
    {
        var terms = new TermTable();
        var document = new IndexDocument(Guid.NewGuid(), Culture, "service", "pomoc na dom", "oskrb | pomoc dom", "stare", "dolg besedil z vec besed",
            "pomoc na domu", ["stare", "pomoc", "dom", "oskrb", "besedil"], ["pomoč", "domače"], [3, 1]);
        var added = new List<(int, string)>();
        var row = IndexRow.Encode(document, terms, (id, text) => added.Add((id, text)));

        Assert.True(IndexRow.IsValid(row));
        Assert.Equal([3, 1], IndexRow.Facets(row).ToArray());
        Assert.Equal(["pomoc", "na", "dom"], IndexRow.Name(row).ToArray().Select(terms.Text));
        Assert.Equal(["oskrb", "|", "pomoc", "dom"], IndexRow.Keywords(row).ToArray().Select(terms.Text));
        Assert.Equal(["stare"], IndexRow.Summary(row).ToArray().Select(terms.Text));
        Assert.Equal(document.Stems.Order(StringComparer.Ordinal), IndexRow.Stems(row).ToArray().Select(terms.Text).Order(StringComparer.Ordinal));
        Assert.True(IndexRow.Stems(row).ToArray().SequenceEqual(IndexRow.Stems(row).ToArray().Order()));
        Assert.True(IndexRow.Contains(IndexRow.Accented(row), terms.Find("domače")));
        Assert.False(IndexRow.Contains(IndexRow.Accented(row), terms.Find("pomoc")));
        Assert.Equal((3, 4, 1, 5), IndexRow.Lengths(row));
        Assert.Equal(terms.Count, added.Count);
        Assert.All(added, a => Assert.Equal(a.Item2, terms.Text(a.Item1)));

        Assert.False(IndexRow.IsValid(row[..^1]));
        Assert.False(IndexRow.IsValid([0, 0, 0, 0, 0, 0]));
        var negative = (int[])row.Clone();
        negative[1] = -1;
        Assert.False(IndexRow.IsValid(negative));
    }

    [Fact]
    public void A_term_table_read_from_disk_keeps_its_numbers_and_refuses_duplicates()
    {
        var table = new TermTable(["a", "b", "c"]);
        Assert.Equal(1, table.Find("b"));
        Assert.Equal(-1, table.Find("d"));
        Assert.Equal(3, table.Add("d", out var added));
        Assert.True(added);
        Assert.Equal(1, table.Add("b", out added));
        Assert.False(added);
        Assert.Equal("d", table.Text(3));
        Assert.Throws<ArgumentException>(() => new TermTable(["a", "a"]));
    }

    [Theory]
    [InlineData("", new int[0])]
    [InlineData("7", new[] { 7 })]
    [InlineData("1,5,9,2147483647", new[] { 1, 5, 9, int.MaxValue })]
    [InlineData("9,1,5", new[] { 1, 5, 9 })]
    public void Row_id_lists_from_sqlite_are_read_in_row_order(string text, int[] expected) =>
        Assert.Equal(expected, RowIdList.Parse(text));

    [Theory]
    [InlineData("1,,2")]
    [InlineData("1,")]
    [InlineData("1;2")]
    [InlineData("-1")]
    [InlineData("2147483648")]
    public void Anything_else_is_refused(string text) =>
        Assert.Throws<FormatException>(() => RowIdList.Parse(text));

    private static FtsQuery.Term Term(string[] exact, params string[] prefixes) => new(exact, prefixes);

    private static IndexDocument Document(int i, string[] name, string[] keywords, string[] summary, string[] body) =>
        new(Guid.NewGuid(), Culture, "service", string.Join(' ', name), string.Join(' ', keywords), string.Join(' ', summary), string.Join(' ', body),
            string.Join(' ', name), name.Concat(keywords).Concat(summary).Concat(body).Where(w => w != "|").Distinct().ToArray(), [], []);

    private static string[] Pick(Random random, string[] words, int count) =>
        Enumerable.Range(0, random.Next(count + 1)).Select(_ => words[random.Next(words.Length)]).ToArray();

    private static IndexState State(List<IndexDocument> documents)
    {
        var terms = new TermTable();
        var rows = new IndexRows(documents.Count + 1);
        foreach (var document in documents)
        {
            rows.Set(rows.Next, document.Key, document.Culture, document.ContentType, document.FoldedName, IndexRow.Encode(document, terms));
        }

        return new IndexState(new Dictionary<string, string> { [Culture] = "fts_0" }, rows, Vocabulary.Build(rows, terms), terms);
    }
}
