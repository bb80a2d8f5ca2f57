using NmZaMe.Cms.Search.Understanding;

namespace NmZaMe.Cms.Tests.Search;

/// <summary>
/// A lexicon phrase that is one weak word alone ("nujna", to which the Croatian "hitna" is rewritten) says no need:
/// found in every "nujno rabim …" it made an emergency of any urgent wish. Phrases of two words keep it.
/// </summary>
public sealed class LooseMatchTests
{
    private static readonly LayLexicon Lexicon = new(
    [
        Entry("nujna"),
        Entry("nujna pomoč"),
    ], ["sl-SI"]);

    [Fact]
    public void A_lone_weak_word_is_no_phrase_but_a_phrase_of_two_still_is()
    {
        Assert.Empty(Lexicon.Match("nujno rabim zdravila za mamo", "sl-SI"));
        Assert.Equal(1, Assert.Single(Lexicon.Match("kje je nujna pomoč", "sl-SI")).Entry);
    }

    private static LayTerm Entry(string phrase) => new(
        Guid.NewGuid(),
        phrase,
        new Dictionary<string, string[]> { ["sl-SI"] = [phrase] },
        [],
        new Dictionary<string, string[]> { ["sl-SI"] = [] },
        [],
        TwoWay: false);
}
