using System.Net;

namespace NmZaMe.Web.Tests.Search;

/// <summary>
/// Issue 11, fifth round: danger said without its word. The indirect signs the crisis lines and the violence services
/// list (uSync/SOURCES.md, "Fifth round: indirect crisis wording"): tiredness of life, "better off without me", being kept
/// in the house or watched, a teenager's "they will kill me" over a school report, and the first words of Ukrainian and
/// Albanian newcomers. Each finds the line that fits that danger first.
/// </summary>
public sealed class CrisisIndirectTests(SeedApplication seed) : IClassFixture<SeedApplication>
{
    private const string SuicideLine = "Pogovor ob samomorilnih mislih";
    private const string Samarijan = "Zaupni telefon Samarijan 116 123";
    private const string Police = "Prijava nasilja in nujna pomoč policije – 113";
    private const string PoliceEn = "Reporting violence and emergency police help – 113";
    private const string Tom = "TOM telefon za otroke in mladostnike 116 111";
    private const string TomEn = "TOM helpline for children and teenagers 116 111";
    private const string YouthCounselling = "Psihološko svetovanje otrokom in mladostnikom";

    [Theory]
    [InlineData("sl", "utrujena sem od zivljenja")]
    [InlineData("sl", "druzini bi bilo bolje brez mene")]
    [InlineData("sl", "rad bi samo izginil za vedno")]
    [InlineData("sl", "zelim si da bi bil mrtev")]
    [InlineData("en", "I have nothing to live for")]
    [InlineData("en", "I wish I wasn't here anymore")]
    [InlineData("sl", "хочу померти")]
    [InlineData("sl", "dua te vdes")]
    public async Task Thoughts_of_suicide_said_indirectly_find_the_lines_for_suicidal_thoughts_first(string lang, string query)
    {
        var results = await Search(lang, query);
        Assert.Equal(lang == "sl" ? SuicideLine : "Support when you have suicidal thoughts", results[0]);
        Assert.DoesNotContain(lang == "sl" ? Police : PoliceEn, results.Take(4));
    }

    [Theory]
    [InlineData("sl", "ne vidim vec smisla")]
    [InlineData("en", "what's the point anymore, I feel trapped")]
    public async Task No_sense_and_no_way_out_find_the_lines_for_anyone_in_despair_first(string lang, string query)
    {
        var results = await Search(lang, query);
        Assert.Equal(lang == "sl" ? Samarijan : "Samarijan helpline 116 123", results[0]);
    }

    [Theory]
    [InlineData("en", "my husband won't let me leave the house")]
    [InlineData("en", "my partner controls my money and checks my phone")]
    [InlineData("en", "I can't go home, he'll hurt me")]
    [InlineData("sl", "чоловік мене побив")]
    [InlineData("sl", "burri me rreh")]
    public async Task Being_kept_watched_or_hurt_at_home_finds_the_police_first(string lang, string query)
    {
        var results = await Search(lang, query);
        Assert.Equal(lang == "sl" ? Police : PoliceEn, results[0]);
    }

    /// <summary>
    /// A teenager's exaggeration is read as such: the children's line and counselling first, but the crisis block stays,
    /// with the police in the first results, in case it is not one.
    /// </summary>
    [Theory]
    [InlineData("sl", "starsi me bodo ubili ko vidijo spricevalo")]
    [InlineData("sl", "ne upam domov ker sem dobil cveka")]
    [InlineData("en", "my parents are going to kill me when they see my grades")]
    public async Task A_teenager_afraid_of_parents_over_school_finds_the_childrens_line_and_counselling_and_still_the_police(string lang, string query)
    {
        var results = await Search(lang, query);
        Assert.Equal(lang == "sl" ? Tom : TomEn, results[0]);
        Assert.Contains(lang == "sl" ? YouthCounselling : "Psychological counselling for children and adolescents", results.Take(3));
        Assert.Contains(lang == "sl" ? Police : PoliceEn, results.Take(5));
    }

    /// <summary>
    /// A young person in danger (their register: school, classmates, parents, a boyfriend, slang): the line made for
    /// children and young people comes right after the danger's first line, whatever the danger.
    /// </summary>
    [Theory]
    [InlineData("sosolci me tepejo vsak dan", Police)]
    [InlineData("fant me je udaril ker nisem hotla", Police)]
    [InlineData("ful sm obupan, nocem vec zivet", SuicideLine)]
    public async Task A_young_person_in_danger_finds_the_childrens_line_second(string query, string first)
    {
        var results = await Search("sl", query);
        Assert.Equal(first, results[0]);
        Assert.Equal(Tom, results[1]);
    }

    [Theory]
    [InlineData("partner me je vceraj spet udaril")]
    [InlineData("ne zelim vec ziveti")]
    public async Task An_adult_in_danger_does_not_get_the_childrens_line_near_the_top(string query)
    {
        var results = await Search("sl", query);
        Assert.DoesNotContain(Tom, results.Take(3));
    }

    /// <summary>Two dangers in one query: the lines of both, interleaved in the order the query names them.</summary>
    [Theory]
    [InlineData("sl", "moz me tepe in ne zelim vec ziveti")]
    [InlineData("en", "my husband hits me and I want to die")]
    public async Task Two_dangers_in_one_query_find_the_first_line_of_each(string lang, string query)
    {
        var results = await Search(lang, query);
        Assert.Equal(lang == "sl" ? Police : PoliceEn, results[0]);
        Assert.Equal(lang == "sl" ? SuicideLine : "Support when you have suicidal thoughts", results[1]);
    }

    /// <summary>A negation does not hide the help: "I won't kill myself, but…" still finds the lines.</summary>
    [Theory]
    [InlineData("sl", "nocem se ubiti, samo rabim pogovor", SuicideLine)]
    [InlineData("sl", "nisem v nevarnosti, samo moz me zmerja", Police)]
    [InlineData("en", "I'm not going to kill myself, I just need to talk", "Support when you have suicidal thoughts")]
    public async Task A_negated_danger_still_finds_the_lines_for_it(string lang, string query, string first)
    {
        var results = await Search(lang, query);
        Assert.Equal(first, results[0]);
    }

    private Task<List<string>> Search(string lang, string query) => SearchUnderstandingTests.ResultsOf(seed.Client, lang, query);
}
