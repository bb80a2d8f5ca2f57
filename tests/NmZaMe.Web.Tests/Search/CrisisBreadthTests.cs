using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NmZaMe.Web.Tests.Search;

/// <summary>
/// Issue 11, fourth round: the dangers the first crisis entries left out (self-harm, stalking, violence against older
/// people, psychosis, a missing person, a child alone), each in wordings from the sources of uSync/SOURCES.md ("Fourth
/// round: crisis breadth"), in Slovenian and English; danger words typed one letter off; everyday words near a danger
/// word that stay everyday; and the crisis entries' service names, which must name services that exist.
/// </summary>
public sealed class CrisisBreadthTests(SeedApplication seed) : IClassFixture<SeedApplication>
{
    private const string Police = "Prijava nasilja in nujna pomoč policije – 113";
    private const string PoliceEn = "Reporting violence and emergency police help – 113";
    private const string ChildMentalHealth = "Center za duševno zdravje otrok in mladostnikov";
    private const string Tom = "TOM telefon za otroke in mladostnike 116 111";
    private const string AdultMentalHealth = "Center za duševno zdravje odraslih";

    [Theory]
    [InlineData("sl", "rezem se po rokah ko mi je hudo")]
    [InlineData("sl", "hci se samoposkoduje")]
    [InlineData("sl", "porezala sem se z ziletko")]
    [InlineData("en", "I have been cutting myself")]
    [InlineData("en", "my daughter self harms")]
    public async Task Self_harm_finds_the_mental_health_help_for_young_people_and_their_line_first(string lang, string query)
    {
        var results = await Search(lang, query);
        Assert.Equal(lang == "sl" ? ChildMentalHealth : "Mental health centre for children and adolescents", results[0]);
        Assert.Contains(lang == "sl" ? Tom : "TOM helpline for children and teenagers 116 111", results.Take(3));
        Assert.DoesNotContain(lang == "sl" ? Police : PoliceEn, results.Take(4));
    }

    [Theory]
    [InlineData("sl", "bivsi me zalezuje ze mesece")]
    [InlineData("sl", "nekdo mi sledi domov vsak vecer")]
    [InlineData("en", "my ex is stalking me")]
    [InlineData("en", "I get death threats from a neighbour")]
    public async Task Stalking_and_threats_find_the_police_and_the_restraining_order_first(string lang, string query)
    {
        var results = await Search(lang, query);
        Assert.Equal(lang == "sl" ? Police : PoliceEn, results[0]);
        Assert.Contains(lang == "sl" ? "Prepoved približevanja" : "Restraining order", results.Take(3));
    }

    [Theory]
    [InlineData("sl", "vnuk okrade babico za pokojnino")]
    [InlineData("sl", "sin trpinci ostarelo mamo, nasilje nad starejsimi")]
    [InlineData("en", "my brother hits our elderly mother")]
    public async Task Violence_against_an_older_person_finds_the_police_and_the_protection_measures(string lang, string query)
    {
        var results = await Search(lang, query);
        Assert.Equal(lang == "sl" ? Police : PoliceEn, results[0]);
        Assert.Contains(lang == "sl" ? "Ukrepi za varstvo pred nasiljem v družini" : "Protection measures against family violence", results.Take(4));
    }

    [Theory]
    [InlineData("sl", "brat slisi glasove in je cisto zmeden")]
    [InlineData("sl", "mama ima spet psihozo")]
    [InlineData("en", "my son is psychotic and hearing voices")]
    public async Task Psychosis_finds_the_adult_mental_health_centre_and_the_emergency_centre_first(string lang, string query)
    {
        var results = await Search(lang, query);
        Assert.Equal(lang == "sl" ? AdultMentalHealth : "Adult mental health centre", results[0]);
        Assert.Contains(lang == "sl" ? "Urgentni center" : "Emergency centre", results.Take(3));
    }

    [Theory]
    [InlineData("sl", "mama z demenco je odtavala od doma")]
    [InlineData("sl", "sin ni prisel domov ze dva dni")]
    [InlineData("en", "my daughter went missing")]
    [InlineData("sl", "sosedov otrok je sam doma ze dva dni")]
    [InlineData("en", "the kids next door are home alone all night")]
    public async Task A_missing_person_or_a_child_alone_finds_the_police_first(string lang, string query)
    {
        var results = await Search(lang, query);
        Assert.Equal(lang == "sl" ? Police : PoliceEn, results[0]);
    }

    [Theory]
    [InlineData("sl", "partner me sili v spolnost, ceprav nocem")]
    [InlineData("en", "my boyfriend pressured me into sex")]
    public async Task Being_forced_into_what_one_does_not_want_finds_the_police_and_the_help_for_sexual_violence(string lang, string query)
    {
        var results = await Search(lang, query);
        Assert.Equal(lang == "sl" ? Police : PoliceEn, results[0]);
        Assert.Contains(lang == "sl" ? "Svetovalnica za žrtve nasilja" : "Counselling for victims of violence", results.Take(3));
    }

    [Theory]
    [InlineData("sl", "razmisljam o samomuru", "Pogovor ob samomorilnih mislih")]
    [InlineData("sl", "moz me pretpa", Police)]
    [InlineData("en", "thinking about sucide", "Support when you have suicidal thoughts")]
    public async Task A_danger_word_typed_one_letter_off_still_finds_the_help_for_that_danger(string lang, string query, string first)
    {
        var results = await Search(lang, query);
        Assert.Equal(first, results[0]);
    }

    // The -il of a past participle said as u ("udaru" for "udaril"), as people in Dolenjska speak and the young write.
    [Theory]
    [InlineData("moz me je vceraj spet udaru")]
    [InlineData("udaru me je in zdaj se ga bojim")]
    public async Task A_danger_verb_written_as_spoken_finds_the_help_for_that_danger(string query)
    {
        var results = await Search("sl", query);
        Assert.Equal(Police, results[0]);
    }

    [Theory]
    [InlineData("oce je po mozganskem udaru na vozicku")]
    [InlineData("kje je moja posiljka")]
    [InlineData("pogresam pokojnega moza")]
    [InlineData("manjka mi denarja za najemnino")]
    [InlineData("preteklo leto sem izgubil sluzbo")]
    [InlineData("kaj mi sledi, ce ne placam najemnine")]
    [InlineData("grozila mi je izvrsba")]
    public async Task Everyday_words_near_a_danger_word_find_no_crisis_help_first(string query)
    {
        var html = WebUtility.HtmlDecode(await seed.Client.GetStringAsync("/sl/iskanje/?q=" + Uri.EscapeDataString(query)));
        var results = SearchUnderstandingTests.Results(html);
        Assert.DoesNotContain(Police, results.Take(2));
        Assert.DoesNotContain(AdultMentalHealth, results.Take(1));
    }

    /// <summary>
    /// A crisis entry names its services by their whole name (SearchService.Crisis): a term that begins with a capital
    /// is such a name, and a renamed or removed service would silently drop out of the crisis help. This names it.
    /// </summary>
    [Fact]
    public void Every_service_a_crisis_entry_names_exists_in_the_seed_under_that_name()
    {
        var names = new Dictionary<string, HashSet<string>> { ["sl-SI"] = [], ["en-US"] = [] };
        foreach (var file in Directory.GetFiles(Path.Combine(CmsApplication.RepositoryUSync, "v17", "Content"), "*.config"))
        {
            var text = File.ReadAllText(file);
            if (!text.Contains("<ContentType>service</ContentType>", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var (culture, set) in names)
            {
                if (Regex.Match(text, $"<Name Culture=\"{culture}\">([^<]+)</Name>") is { Success: true } m)
                {
                    set.Add(WebUtility.HtmlDecode(m.Groups[1].Value));
                }
            }
        }

        var missing = new List<string>();
        var crisisEntries = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(CmsApplication.RepositoryUSync, "lexicon"), "*.json"))
        {
            foreach (var entry in JsonDocument.Parse(File.ReadAllText(file)).RootElement.EnumerateArray())
            {
                var crisis = entry.GetProperty("phrases").EnumerateObject().Any(p => p.Value.EnumerateArray().Any(x => x.GetString()!.Contains('*', StringComparison.Ordinal)));
                if (!crisis)
                {
                    continue;
                }

                crisisEntries++;
                foreach (var culture in entry.GetProperty("terms").EnumerateObject())
                {
                    var terms = culture.Value.EnumerateArray().Select(t => t.GetString()!).ToList();
                    Assert.True(char.IsUpper(terms[0][0]), $"{entry.GetProperty("id")} ({culture.Name}) names no service first");
                    missing.AddRange(terms.Where(t => char.IsUpper(t[0]) && !names[culture.Name].Contains(t)).Select(t => $"{entry.GetProperty("id")} ({culture.Name}): {t}"));
                }
            }
        }

        Assert.True(crisisEntries >= 15, $"only {crisisEntries} crisis entries found");
        Assert.Empty(missing);
    }

    private Task<List<string>> Search(string lang, string query) => SearchUnderstandingTests.ResultsOf(seed.Client, lang, query);
}
