using NmZaMe.Cms.Search.Understanding;

namespace NmZaMe.Cms.Tests.Search;

/// <summary>How lexicon phrases are found in a query: as written, in Slovenian's free word order, never in English's.</summary>
public sealed class LayLexiconTests
{
    private static readonly LayLexicon Lexicon = new(
    [
        Entry("mož me tepe", "husband hits me"),
        Entry("kdo pomaga", "who helps"),
        Entry("pomoč na domu", "home care"),
        Entry("nov v Novem mestu", "new in town"),
    ], ["sl-SI", "en-US"]);

    [Theory]
    [InlineData("mož me tepe")]
    [InlineData("tepe me mož")]
    [InlineData("mož me spet tepe")]
    public void A_slovenian_phrase_is_found_in_any_order_and_with_one_word_between(string query)
    {
        var match = Assert.Single(Lexicon.Match(query, "sl-SI"));

        Assert.Equal(0, match.Entry);
        Assert.Equal(query.Length, match.End - match.Start);
    }

    [Fact]
    public void The_phrase_as_written_is_not_marked_loose_and_words_far_apart_do_not_make_a_phrase()
    {
        Assert.False(Assert.Single(Lexicon.Match("mož me tepe", "sl-SI")).Loose);
        Assert.Empty(Lexicon.Match("mož je rekel da me soseda tepe", "sl-SI"));
    }

    [Fact]
    public void Phrases_of_function_words_and_english_phrases_keep_their_order()
    {
        Assert.Empty(Lexicon.Match("pomaga kdo", "sl-SI"));
        Assert.Empty(Lexicon.Match("care home", "en-US"));
        Assert.Single(Lexicon.Match("home care", "en-US"));
    }

    [Theory]
    [InlineData("mož je včeraj spet pijan prišel domov in me tepe", "sl-SI")]
    [InlineData("my husband drinks every night and then he hits me", "en-US")]
    public void A_phrases_key_words_anywhere_in_one_clause_of_a_sentence_mean_the_phrase_and_only_they_are_its_words(string query, string culture)
    {
        var match = Assert.Single(Lexicon.Match(query, culture));

        Assert.Equal(0, match.Entry);
        Assert.True(match.Loose);
        Assert.Equal(2, match.At!.Length);
        Assert.True(match.Covers(query.IndexOf(culture == "sl-SI" ? "tepe" : "hits", StringComparison.Ordinal)));
        // The words between them stay the sentence's own words.
        Assert.False(match.Covers(query.IndexOf(culture == "sl-SI" ? "pijan" : "drinks", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_phrase_that_repeats_a_word_is_no_concept_scattered_over_a_sentence()
    {
        // "nov … mest" anywhere is the town's name, not being new in it.
        Assert.Empty(Lexicon.Match("kje lahko dobim paket hrane v novem mestu", "sl-SI"));
        Assert.Single(Lexicon.Match("sem nov v novem mestu", "sl-SI"));
    }

    [Fact]
    public void A_concept_does_not_reach_into_another_clause_about_someone_else_nor_across_a_short_query()
    {
        Assert.Empty(Lexicon.Match("mož v stiski tepe", "sl-SI"));
        Assert.Empty(Lexicon.Match("mož pravi da soseda pogosto tepe svoje otroke", "sl-SI"));
        Assert.Empty(Lexicon.Match("my husband says that the neighbour hits her children", "en-US"));
    }

    private static LayTerm Entry(string sl, string en) => new(
        Guid.NewGuid(),
        sl,
        new Dictionary<string, string[]> { ["sl-SI"] = [sl], ["en-US"] = [en] },
        [],
        new Dictionary<string, string[]> { ["sl-SI"] = [sl], ["en-US"] = [en] },
        [],
        TwoWay: false);
}
