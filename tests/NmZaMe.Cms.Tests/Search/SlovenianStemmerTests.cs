using NmZaMe.Cms.Search;

namespace NmZaMe.Cms.Tests.Search;

/// <summary>Each set is the declension of one word (nominative, genitive, dative, accusative, locative, instrumental; singular, dual, plural): all forms must meet in one stem.</summary>
public sealed class SlovenianStemmerTests
{
    [Theory]
    [InlineData("pomoč pomoči pomočjo")]
    [InlineData("družina družine družini družino družinah družinam družinami")]
    [InlineData("otrok otroka otroku otrokom otroci otrok otrokih otrokoma")]
    [InlineData("brezdomec brezdomca brezdomcu brezdomcem brezdomci brezdomcev brezdomcih")]
    [InlineData("nasilje nasilja nasilju nasiljem")]
    [InlineData("starejši starejšega starejšemu starejšim starejših starejše")]
    [InlineData("hrana hrane hrani hrano")]
    [InlineData("dom doma domu domom domovi domov domovih")]
    [InlineData("socialna socialne socialni socialno socialnih socialnim")]
    [InlineData("prevoz prevoza prevozu prevozom prevozi prevozov")]
    [InlineData("zdravnik zdravnika zdravniku zdravnikom zdravniki zdravnikov")]
    [InlineData("ločitev ločitve ločitvi")]
    [InlineData("dodatek dodatka dodatku dodatkom")]
    [InlineData("invalid invalida invalidu invalidi invalidov invalidom")]
    [InlineData("položnica položnice položnico položnic položnicami")]
    [InlineData("pomagati pomaga pomagajo")]
    [InlineData("negovati negovat")]
    [InlineData("umreti umret")]
    [InlineData("kaditi kadit")]
    public void Inflected_forms_share_one_stem(string forms)
    {
        var stems = forms.Split(' ').Select(f => SlovenianStemmer.Stem(TextAnalyzer.Fold(f))).Distinct().ToArray();

        Assert.Single(stems);
    }

    [Theory]
    [InlineData("starost", "starejši")]
    [InlineData("nasvet", "nasveti")]
    [InlineData("človek", "človeka")]
    public void Different_words_stay_apart_and_stable_e_stays(string a, string b)
    {
        var sa = SlovenianStemmer.Stem(TextAnalyzer.Fold(a));
        var sb = SlovenianStemmer.Stem(TextAnalyzer.Fold(b));

        if (a == "starost")
        {
            Assert.NotEqual(sa, sb);
        }
        else
        {
            Assert.Equal(sa, sb);
        }
    }

    [Theory]
    [InlineData("ne", "ne")]
    [InlineData("116", "116")]
    [InlineData("dom", "dom")]
    public void Short_words_and_numbers_are_left_alone(string word, string stem) =>
        Assert.Equal(stem, SlovenianStemmer.Stem(word));
}
