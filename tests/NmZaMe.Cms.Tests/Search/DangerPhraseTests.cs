using NmZaMe.Cms.Search.Understanding;

namespace NmZaMe.Cms.Tests.Search;

/// <summary>Danger phrases (a word ending in *): every inflection, anywhere in the query, the more precise reading first.</summary>
public sealed class DangerPhraseTests
{
    private static readonly LayLexicon Lexicon = new(
    [
        Entry(["ubi* se", "samomor*"], ["kill* myself"]),
        Entry(["tepe*", "pretep*"], ["hit* me"]),
        Entry(["pretep* otrok*", "tepe* otroc*"], ["hurt* child*"]),
        Entry(["pomoč na domu"], ["home care"]),
    ], ["sl-SI", "en-US"]);

    [Theory]
    [InlineData("ubila se bom", 0)]
    [InlineData("mislim da se bo ubil", 0)]
    [InlineData("razmisljam o samomoru", 0)]
    [InlineData("moj moz me ze leta pretepa", 1)]
    [InlineData("he hits me every night", 1)]
    [InlineData("I want to kill myself", 0)]
    public void A_starred_word_matches_every_inflection_anywhere_in_the_query(string query, int entry)
    {
        Assert.Contains(Lexicon.Match(query, "sl-SI"), m => m.Entry == entry);
        Assert.True(Lexicon.IsCrisis(entry));
    }

    [Fact]
    public void A_danger_phrase_of_more_words_is_the_reading_words_far_apart_are_not_and_an_ordinary_entry_is_no_crisis()
    {
        var child = Lexicon.Match("sosed pretepa otroke", "sl-SI");
        Assert.Contains(child, m => m.Entry == 2);
        Assert.DoesNotContain(child, m => m.Entry == 1);

        Assert.DoesNotContain(Lexicon.Match("ubil je medveda in potem smo doma vsi skupaj sedeli in se smejali", "sl-SI"), m => m.Entry == 0);
        Assert.False(Lexicon.IsCrisis(3));
    }

    private static readonly LayLexicon Slips = new(
    [
        Entry(["samomor*", "pretep*", "pogresan*", "manij*"], ["suicid*", "kill* myself"]),
        Entry(["pomoč na domu"], ["home care"]),
    ], ["sl-SI", "en-US"]);

    [Theory]
    [InlineData("razmisljam o samomuru")]
    [InlineData("mislim na samomr")]
    [InlineData("moz me pretpa")]
    [InlineData("thinking about sucide")]
    [InlineData("I want to kill mysefl")]
    public void A_danger_word_one_letter_off_is_still_the_danger(string query) =>
        Assert.Contains(Slips.Match(query, "sl-SI"), m => m.Entry == 0);

    [Theory]
    [InlineData("preteklo leto sem izgubil sluzbo")]
    [InlineData("pogresam pokojnega moza")]
    [InlineData("manjka mi denarja")]
    [InlineData("samomor")]
    public void An_everyday_word_one_letter_from_a_danger_word_stays_everyday(string query)
    {
        // "samomor" spelled right is the danger itself; the others are words of their own.
        var matches = Slips.Match(query, "sl-SI");
        Assert.Equal(query == "samomor", matches.Any(m => m.Entry == 0));
    }

    [Fact]
    public void A_word_of_the_catalogue_is_never_read_as_a_slip()
    {
        Assert.Contains(Slips.Match("samomur", "sl-SI"), m => m.Entry == 0);
        Assert.DoesNotContain(Slips.Match("samomur", "sl-SI", (_, stem) => stem.StartsWith("samom", StringComparison.Ordinal)), m => m.Entry == 0);
    }

    private static LayTerm Entry(string[] sl, string[] en) => new(
        Guid.NewGuid(),
        sl[0],
        new Dictionary<string, string[]> { ["sl-SI"] = sl, ["en-US"] = en },
        [],
        new Dictionary<string, string[]> { ["sl-SI"] = ["pomoč"], ["en-US"] = ["help"] },
        [],
        false);
}
