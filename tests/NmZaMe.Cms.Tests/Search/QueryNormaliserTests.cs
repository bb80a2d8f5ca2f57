using NmZaMe.Cms.Search;
using NmZaMe.Cms.Search.Understanding;

namespace NmZaMe.Cms.Tests.Search;

/// <summary>How people type, rewritten to how the catalogue writes: rules for words no list names, then the lists.</summary>
public sealed class QueryNormaliserTests
{
    [Theory]
    // A key held down or a cry.
    [InlineData("pomoooč", "pomoc")]
    [InlineData("nujnoooo", "nujno")]
    // Teenagers: vowels dropped, negation joined, slang.
    [InlineData("ful sm depresivna", "zelo sem depresivna")]
    [InlineData("nemorem vec", "ne morem vec")]
    [InlineData("nimm frendov", "nimam prijateljev")]
    [InlineData("fotr pije", "oče pije")]
    // Croatian, Bosnian, Serbian: words and the regular ijekavian correspondences.
    [InlineData("trebam posao", "trebam delo")]
    [InlineData("tumač za doktora", "tolmač za doktora")]
    [InlineData("hoću umrijeti", "hočem umreti")]
    [InlineData("nemam gdje spavati", "nimam kje spati")]
    [InlineData("treba mi liječnik", "rabim zdravnik")]
    [InlineData("sigurna kuća", "varna hiša")]
    // A final l spoken as a vowel: Croatian/Bosnian/Serbian -o in the past tense, teenagers' -u after i and o.
    [InlineData("izgubio posao", "izgubil delo")]
    [InlineData("ostao sam bez stana", "ostal sam bez stanovanja")]
    [InlineData("biu sm", "bil sem")]
    [InlineData("povedou", "povedal")]
    // Spoken adjective endings without their e.
    [InlineData("nimam nobenga", "nimam nobenega")]
    [InlineData("mojga fotra", "mojega očeta")]
    [InlineData("nobenmu", "nobenemu")]
    // Word lists from teen sources and BCS correspondences.
    [InlineData("tastari se kregajo", "starši se kregajo")]
    [InlineData("tražim posao", "iščem delo")]
    [InlineData("muž me bije", "mož me tepe")]
    [InlineData("izbjeglica iz ukrajine", "begunec iz ukrajine")]
    public void Slovenian_site_rewrites_spoken_teen_and_neighbouring_forms(string typed, string expected)
    {
        Assert.Equal(Folded(expected), Folded(QueryNormaliser.Normalise(typed, "sl-SI")));
    }

    [Theory]
    [InlineData("my mom cant cope", "my mother can't cope")]
    [InlineData("counseling for kid", "counselling for child")]
    [InlineData("heeelp im homeless", "help i'm homeless")]
    public void English_site_rewrites_texting_forms_family_words_and_american_spelling(string typed, string expected)
    {
        Assert.Equal(expected, QueryNormaliser.Normalise(typed, "en-US"));
    }

    [Theory]
    // Slovenian words the rules must leave alone: plural -ije, verbs, instrumental -jem, acronyms typed thrice.
    [InlineData("informacije")]
    [InlineData("oče pije")]
    [InlineData("podjetje")]
    [InlineData("s soglasjem")]
    [InlineData("ZZZS")]
    [InlineData("Pomoč na domu")]
    [InlineData("anxiety")]
    // Words the spoken-ending rules must leave alone.
    [InlineData("radio")]
    [InlineData("video klic")]
    [InlineData("v pismu")]
    [InlineData("dolga čakalna doba")]
    [InlineData("knjiga")]
    [InlineData("raztrga")]
    public void Catalogue_words_stay_as_typed(string typed)
    {
        Assert.Equal(typed, QueryNormaliser.Normalise(typed, "sl-SI"));
    }

    [Fact]
    public void English_irregular_plurals_meet_their_singular()
    {
        Assert.Equal(EnglishStemmer.Stem("child"), EnglishStemmer.Stem("children"));
        Assert.Equal(EnglishStemmer.Stem("person"), EnglishStemmer.Stem("people"));
        Assert.Equal(EnglishStemmer.Stem("woman"), EnglishStemmer.Stem("women"));
    }

    [Fact]
    public void A_lexicon_phrase_written_in_croatian_meets_the_slovenian_query_and_back()
    {
        var entry = new LayTerm(Guid.NewGuid(), "homeless", new Dictionary<string, string[]> { ["sl-SI"] = [] }, ["nemam gdje spavati"], new Dictionary<string, string[]> { ["sl-SI"] = ["brezdomec"] }, [], false);
        var lexicon = new LayLexicon([entry], ["sl-SI"]);

        Assert.Single(lexicon.Match(QueryNormaliser.Normalise("nimam kje spati", "sl-SI"), "sl-SI"));
        Assert.Single(lexicon.Match(QueryNormaliser.Normalise("nemam gde spavati", "sl-SI"), "sl-SI"));
    }

    private static string Folded(string text) => string.Join(' ', TextAnalyzer.Analyze(text, "sl-SI", keepStopWords: true).Select(t => t.Folded));

    [Theory]
    [InlineData("ful sm depresivna", true)]
    [InlineData("sošolci me zafrkavajo", true)]
    [InlineData("nimam frendov", true)]
    // Spoken spelling that drops a vowel ("nobenga", "biu") or teen words from the sources ("tastari", "čiki").
    [InlineData("tastari me ne razumejo", true)]
    [InlineData("ni mojga fotra", true)]
    [InlineData("prfoks me ne mara", true)]
    // A word of school life in any form ("matur*") and an age from 12 to 19.
    [InlineData("strah me je mature", true)]
    [InlineData("imam 15 let in ne smem domov", true)]
    [InlineData("zanosila sem pri 16 letih", true)]
    [InlineData("mama ima 84 let", false)]
    [InlineData("pomoč na domu za mamo", false)]
    [InlineData("babica je padla in ne more sama", false)]
    public void A_young_persons_register_is_read_from_the_query_as_typed(string typed, bool young)
    {
        Assert.Equal(young, QueryWords.Instance.IsYoung(typed));
    }
}
