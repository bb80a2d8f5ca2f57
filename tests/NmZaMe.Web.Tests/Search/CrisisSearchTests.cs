using System.Net;

namespace NmZaMe.Web.Tests.Search;

/// <summary>
/// Issue 11: people in danger find the crisis help first, however they say it. Each danger is asked in wordings written
/// from the crisis lines' and the police's own pages (uSync/SOURCES.md, "Third round: crisis"), in any inflection and
/// word order, in Slovenian and English; the first results are the lines that fit that danger, not every emergency line.
/// </summary>
public sealed class CrisisSearchTests(SeedApplication seed) : IClassFixture<SeedApplication>
{
    private const string SuicideLine = "Pogovor ob samomorilnih mislih";
    private const string Samarijan = "Zaupni telefon Samarijan 116 123";
    private const string Police = "Prijava nasilja in nujna pomoč policije – 113";
    private const string Sos = "SOS telefon za ženske in otroke – žrtve nasilja 080 11 55";
    private const string Tom = "TOM telefon za otroke in mladostnike 116 111";
    private const string Homeless = "Pomoč brezdomnim in socialno izključenim";
    private const string DistressLine = "Klic v duševni stiski 01 520 99 00";

    [Theory]
    [InlineData("razmisljam da bi si vzela zivljenje")]
    [InlineData("ze tedne mislim na samomor")]
    [InlineData("brat je rekel da se bo ubil")]
    [InlineData("ne zelim vec ziveti, nic nima smisla")]
    [InlineData("ubicu se vise ne mogu")]
    public async Task Thoughts_of_suicide_in_any_wording_find_the_lines_for_suicidal_thoughts_first(string query)
    {
        var results = await Search("sl", query);
        Assert.Equal(SuicideLine, results[0]);
        Assert.Contains(Samarijan, results.Take(3));
        Assert.DoesNotContain(Police, results.Take(4));
    }

    [Theory]
    [InlineData("sl", "ne zdrzim vec, vse je brez upanja")]
    [InlineData("sl", "ne vidim izhoda iz tega")]
    [InlineData("en", "I feel hopeless and I can't take it anymore")]
    public async Task Despair_without_the_word_suicide_finds_the_lines_for_anyone_in_despair_first(string lang, string query)
    {
        var results = await Search(lang, query);
        Assert.Equal(lang == "sl" ? Samarijan : "Samarijan helpline 116 123", results[0]);
        Assert.Contains(lang == "sl" ? DistressLine : "Crisis line for emotional distress 01 520 99 00", results.Take(3));
    }

    [Theory]
    [InlineData("sl", "sem v nevarnosti, strah me je moza")]
    [InlineData("sl", "bojim se moza, ker je nasilen")]
    [InlineData("en", "I am in danger, I'm scared of my partner")]
    public async Task Danger_now_and_violence_at_home_named_as_such_find_the_police_and_the_safe_house(string lang, string query)
    {
        var results = await Search(lang, query);
        Assert.Equal(lang == "sl" ? Police : "Reporting violence and emergency police help – 113", results[0]);
        Assert.Contains(lang == "sl" ? "Varna hiša" : "Safe house", results.Take(3));
    }

    [Theory]
    [InlineData("partner me je vceraj spet udaril")]
    [InlineData("moz me davi in pretepa")]
    [InlineData("grozi mi da me bo ubil z nozem")]
    [InlineData("muz me tuce svaki dan")]
    [InlineData("pijan je in razbija po hisi")]
    public async Task A_partner_hitting_or_threatening_finds_the_police_the_violence_line_and_the_safe_house_first(string query)
    {
        var results = await Search("sl", query);
        Assert.Equal(Police, results[0]);
        Assert.Contains(Sos, results.Take(3));
        Assert.Contains("Varna hiša", results.Take(3));
        Assert.DoesNotContain(SuicideLine, results.Take(5));
    }

    [Theory]
    [InlineData("ocim pretepa mojo hcerko")]
    [InlineData("sosedovi otroke tepejo vsak vecer")]
    [InlineData("starsi me tepejo")]
    [InlineData("otrok ima modrice po rokah")]
    public async Task A_child_hurt_finds_the_police_child_protection_and_the_child_helpline_first(string query)
    {
        var results = await Search("sl", query);
        Assert.Equal(Police, results[0]);
        Assert.Contains(Tom, results.Take(5));
        Assert.DoesNotContain("Varna hiša", results.Take(4));
    }

    [Theory]
    [InlineData("sl", "posiljena sem bila na zabavi")]
    [InlineData("sl", "spolno me je napadel znanec")]
    [InlineData("en", "I was sexually assaulted last night")]
    public async Task Rape_and_sexual_violence_find_the_police_and_the_sexual_violence_help_first(string lang, string query)
    {
        var results = await Search(lang, query);
        Assert.Equal(lang == "sl" ? Police : "Reporting violence and emergency police help – 113", results[0]);
        Assert.Contains(lang == "sl" ? Sos : "SOS helpline for women and children victims of violence 080 11 55", results.Take(2));
    }

    [Theory]
    [InlineData("sl", "z otroki nimamo kje prespati to noc")]
    [InlineData("sl", "nemam gdje spavati veceras")]
    [InlineData("en", "I have nowhere to sleep tonight")]
    public async Task No_bed_tonight_finds_the_help_for_homeless_people_first(string lang, string query)
    {
        var results = await Search(lang, query);
        Assert.Equal(lang == "sl" ? Homeless : "Help for homeless and socially excluded people", results[0]);
    }

    [Theory]
    [InlineData("sl", "imam panicne napade ponoci")]
    [InlineData("sl", "spet me grabi panika")]
    [InlineData("en", "I'm having a panic attack right now")]
    [InlineData("sl", "imam napade panike in ne upam vec v trgovino")]
    public async Task Panic_finds_the_adult_mental_health_centre_first_and_the_lines_next(string lang, string query)
    {
        // Panic attacks are treated where anxiety is (the judged sets put the adult centre first); the lines follow.
        var results = await Search(lang, query);
        Assert.Equal(lang == "sl" ? "Center za duševno zdravje odraslih" : "Adult mental health centre", results[0]);
        Assert.Contains(lang == "sl" ? DistressLine : "Crisis line for emotional distress 01 520 99 00", results.Take(4));
        Assert.DoesNotContain(lang == "sl" ? Police : "Reporting violence and emergency police help – 113", results.Take(4));
    }

    [Theory]
    [InlineData("en", "my boyfriend punched me and I am scared")]
    [InlineData("en", "my partner chokes me when he is drunk")]
    public async Task English_wordings_of_violence_find_the_police_first(string lang, string query)
    {
        var results = await Search(lang, query);
        Assert.Equal("Reporting violence and emergency police help – 113", results[0]);
    }

    [Fact]
    public async Task A_danger_word_never_finds_nothing_and_a_crisis_service_typed_by_name_is_itself()
    {
        // Words no item has around the danger word: the lines for that danger are still there.
        var results = await Search("sl", "qwzx tepe me vsak dan xyzzy");
        Assert.Equal(Police, results[0]);

        // The crisis entries name their services; typing a service's name is not a danger ("urgentni center" is not rape).
        var named = await Search("sl", "urgentni center");
        Assert.Equal("Urgentni center", named[0]);
    }

    [Fact]
    public async Task The_suggested_life_situation_brings_the_crisis_lines_that_fit_the_danger()
    {
        var html = WebUtility.HtmlDecode(await seed.Client.GetStringAsync("/sl/iskanje/?q=" + Uri.EscapeDataString("mislim da se bom ubila")));
        var aside = System.Text.RegularExpressions.Regex.Match(html, "<aside class=\"card suggestion\".*?</aside>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.Contains("Morda iščete: <a href=\"/sl/zivljenjske-situacije/dusevno-zdravje", aside, StringComparison.Ordinal);
        Assert.Contains(">" + SuicideLine + "</a>", aside, StringComparison.Ordinal);
        Assert.True(aside.IndexOf(SuicideLine, StringComparison.Ordinal) < aside.IndexOf(DistressLine, StringComparison.Ordinal));
        // Not every line of mental health: the emergency number and the children's line do not fit thoughts of suicide.
        Assert.DoesNotContain("Klic v sili 112", aside, StringComparison.Ordinal);
        Assert.DoesNotContain(Tom, aside, StringComparison.Ordinal);
    }

    private Task<List<string>> Search(string lang, string query) => SearchUnderstandingTests.ResultsOf(seed.Client, lang, query);
}
