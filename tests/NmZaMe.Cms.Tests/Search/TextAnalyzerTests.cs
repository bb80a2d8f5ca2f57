using NmZaMe.Cms.Search;

namespace NmZaMe.Cms.Tests.Search;

public sealed class TextAnalyzerTests
{
    [Fact]
    public void Folds_diacritics_and_case_and_drops_stop_words()
    {
        var tokens = TextAnalyzer.Analyze("POMOČ za Žrtve in Šolarje, Ćevapčići đak", "sl-SI");

        Assert.Equal(["pomoc", "zrtve", "solarje", "cevapcici", "dak"], tokens.Select(t => t.Folded).ToArray());
        Assert.Equal("pomoč", tokens[0].Lower);
    }

    [Fact]
    public void Normalises_compatibility_characters()
    {
        var tokens = TextAnalyzer.Analyze("ﬁnančna pomoč", "sl-SI");

        Assert.Equal("financna", tokens[0].Folded);
    }

    [Fact]
    public void Positions_point_into_the_text()
    {
        const string text = "Kje je pomoč?";
        var token = Assert.Single(TextAnalyzer.Analyze(text, "sl-SI"));

        Assert.Equal("pomoč", text.Substring(token.Start, token.Length));
    }

    [Fact]
    public void English_text_uses_english_stop_words_and_stemming()
    {
        var tokens = TextAnalyzer.Analyze("Help for the homeless families", "en-US");

        Assert.Equal(["help", "homeless", "family"], tokens.Select(t => t.Stem).ToArray());
    }

    [Fact]
    public void Hostile_input_is_only_words()
    {
        Assert.Empty(TextAnalyzer.Analyze("\"*:^()- ~ \0 \u202E", "sl-SI"));
        Assert.Equal(["near"], TextAnalyzer.Analyze("NEAR(", "sl-SI").Select(t => t.Folded).ToArray());
    }
}

public sealed class FtsQueryTests
{
    [Fact]
    public void Every_term_is_a_quoted_string()
    {
        var query = FtsQuery.All([new FtsQuery.Term(["a\"b"], []), new FtsQuery.Term(["near", "nasilj"], ["nasil"])]);

        Assert.Equal("\"a\"\"b\" AND (\"near\" OR \"nasilj\" OR \"nasil\" *)", query);
    }
}

public sealed class SynonymListTests
{
    [Fact]
    public void Multi_word_members_expand_only_when_the_whole_phrase_occurs()
    {
        var list = SynonymList.Parse("pomoč na domu, oskrbovalka\nhrana, paket", "sl-SI");
        string[] Stems(string text) => TextAnalyzer.Analyze(text, "sl-SI").Select(t => t.Stem).ToArray();

        Assert.Contains(list.Expand(Stems("Pomoč družini na domu in pomoč na domu")), m => m.SequenceEqual(Stems("oskrbovalka")));
        Assert.DoesNotContain(list.Expand(Stems("domača pomoč")), m => m.SequenceEqual(Stems("oskrbovalka")));
        Assert.Equal(2, list.Count);
    }
}

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("nasilje", "nasilije", 1)]
    [InlineData("pomoc", "pmooc", 1)]
    [InlineData("patronaz", "patrnaz", 1)]
    [InlineData("abc", "xyz", 3)]
    public void Damerau_counts_insertions_deletions_substitutions_and_transpositions(string a, string b, int distance) =>
        Assert.Equal(distance, EditDistance.Damerau(a, b, 5));
}
