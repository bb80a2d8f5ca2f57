using NmZaMe.Cms.Search.Understanding;

namespace NmZaMe.Cms.Tests.Search;

/// <summary>
/// Who is asking (query-words.json, "young" and "cues"), seventh round: an older person about themselves ("živim sam",
/// "vdova", "sem star"), a fall that is no school year failed, and spoken Dolenjska forms ("mojga", "biu", "zgubu")
/// that older people use as much as the young, so they no longer mark a query as a teenager's.
/// </summary>
public sealed class AskerWordsTests
{
    [Theory]
    [InlineData("zivim sama v hisi na hribu in mi je tezko")]
    [InlineData("sem vdovec in ne znam kuhat")]
    [InlineData("sem stara in sama, kdo mi lahko pomaga")]
    [InlineData("mama je padla v kopalnici")]
    [InlineData("bojim se da padem ko grem po stopnicah")]
    public void An_older_person_or_their_carer_is_read_as_older(string query) =>
        Assert.True(QueryWords.Instance.Cues("older", query));

    [Theory]
    [InlineData("padla sem razred kaj zdaj")]
    [InlineData("padel bom letnik, starsi ne vejo")]
    [InlineData("spet sem padla pri matematiki")]
    public void A_failed_school_year_is_not_a_fall(string query) =>
        Assert.False(QueryWords.Instance.Cues("older", query));

    [Theory]
    [InlineData("povedou mi je da je biu tam in reku da bo pomagu")]
    [InlineData("mojga moza ni vec, zgubu sem vse")]
    public void Spoken_dialect_forms_do_not_make_the_asker_young(string query) =>
        Assert.False(QueryWords.Instance.IsYoung(query));

    // Tenth round: grown children speak of "mami" and "ati" too, and an age of sixty or more is an older person's.
    [Theory]
    [InlineData("mami ima demenco in ne ve vec kje je")]
    [InlineData("ati ima alzheimerja, starsi rabijo pomoc")]
    [InlineData("stara sm ze 79 let pa mi je hudo")]
    public void A_grown_child_or_an_older_person_is_not_young(string query) =>
        Assert.False(QueryWords.Instance.IsYoung(query, QueryWords.Instance.Cues("older", query)));

    [Theory]
    [InlineData("star sem 45 let in sem ostal brez dela")]
    [InlineData("stara sem 32 let, sama z otrokom")]
    public void An_age_under_sixty_is_not_older(string query) =>
        Assert.False(QueryWords.Instance.Cues("older", query));

    [Theory]
    [InlineData("mami me ne razume")]
    [InlineData("sosolci me ful zafrkavajo")]
    [InlineData("nism naredu testa iz matme")]
    public void School_and_slang_still_make_the_asker_young(string query) =>
        Assert.True(QueryWords.Instance.IsYoung(query));
}
