using System.Net;

namespace NmZaMe.Web.Tests.Search;

/// <summary>
/// Issue 11, seventh round: a danger phrase read in the sentence around it. Words a danger phrase excludes
/// ("zivet* vec !sama", "groz* ubi* !se", "zmerja* me !sosol*", "kick* me !out", "zapustil* otrok* !mene") keep care,
/// bullying, eviction and a partner leaving the family from being read as a wish to die, a partner's violence or a
/// child left alone; the lexicon's "ne morem več." counts only where it ends the clause; and dangers said as a parent or a friend says them (a daughter cutting herself, a friend who
/// swallowed many pills, a child away for days) find their lines.
/// </summary>
public sealed class DangerInContextTests(SeedApplication seed) : IClassFixture<SeedApplication>
{
    private const string SuicideLine = "Pogovor ob samomorilnih mislih";
    private const string Police = "Prijava nasilja in nujna pomoč policije – 113";
    private const string PoliceEn = "Reporting violence and emergency police help – 113";

    [Theory]
    [InlineData("dedek ne more vec sam zivet v bloku")]
    [InlineData("teta je slabotna in ne more vec sama ziveti v hisi")]
    [InlineData("ne morem vec delat zaradi hrbta")]
    public async Task What_one_cannot_do_any_more_is_that_need_not_a_wish_to_die(string query)
    {
        var results = await Search("sl", query);
        Assert.DoesNotContain(SuicideLine, results.Take(3));
    }

    [Fact]
    public async Task Someone_who_threatens_to_kill_himself_finds_the_suicide_line_before_the_police()
    {
        var results = await Search("sl", "partner mi grozi da se bo ubil ce odidem");
        Assert.Equal(SuicideLine, results[0]);
    }

    [Fact]
    public async Task Classmates_calling_names_is_not_read_as_a_partners_violence()
    {
        var results = await Search("sl", "sosolke me ves cas zmerjajo in se mi smejijo");
        Assert.NotEqual(Police, results[0]);
    }

    [Fact]
    public async Task A_partner_who_left_the_family_is_not_a_child_left_alone()
    {
        var results = await Search("sl", "moz je zapustil mene in tri otroke, kaj zdaj");
        Assert.DoesNotContain(Police, results.Take(2));
    }

    [Fact]
    public async Task Being_kicked_out_of_a_flat_is_eviction_not_violence()
    {
        var results = await Search("en", "the owner is kicking me out of the flat at the end of the month");
        Assert.DoesNotContain(PoliceEn, results.Take(3));
    }

    [Theory]
    [InlineData("my son keeps cutting himself", "Mental health centre for children and adolescents")]
    [InlineData("my flatmate took a lot of pills", "Emergency number 112")]
    public async Task A_danger_told_by_a_parent_or_a_friend_finds_its_line_first(string query, string first)
    {
        var results = await Search("en", query);
        Assert.Equal(first, results[0]);
    }

    [Fact]
    public async Task A_child_away_from_home_for_days_finds_the_police_first()
    {
        var results = await Search("sl", "hci je ze tri dni zdoma, telefona se ne javi");
        Assert.Equal(Police, results[0]);
    }

    private Task<List<string>> Search(string lang, string query) => SearchUnderstandingTests.ResultsOf(seed.Client, lang, query);
}
