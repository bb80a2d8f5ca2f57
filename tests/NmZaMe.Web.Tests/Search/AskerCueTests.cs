using System.Net;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Search;

namespace NmZaMe.Web.Tests.Search;

/// <summary>
/// Who is asking, through the public search page. The wordings are our own, written from what carers and teenagers
/// write in press letters, carers' articles and TOM telefon's pages (uSync/SOURCES.md, "Asker cues"), not from the
/// judged sets: a carer of an older person gets the services that give the care before the money that pays for it,
/// unless they ask about money; a teenager gets the services made for children and young people first.
/// </summary>
public sealed class AskerCueTests
{
    private static readonly string[] CareTopics = ["pomoč na domu in dnevno varstvo", "bivanje in namestitev", "podpora svojcem"];

    [Theory]
    [InlineData("sl", "skrbim za ostarelo mamo, ki ne more več sama")]
    [InlineData("sl", "dedek je padel in si zlomil kolk, ne more vec sam domov")]
    [InlineData("sl", "stara mama ne more vec sama, kdo ji lahko pomaga doma")]
    [InlineData("en", "my grandmother had a fall and cannot live alone anymore")]
    public async Task A_carer_of_an_older_person_gets_a_service_that_gives_the_care_first(string site, string query)
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var results = await Results(client, site, query);
        var culture = site == "sl" ? "sl-SI" : "en-US";
        var first = Item(app, results[0], culture);
        Assert.True(first.ContentType.Alias == "service" && Topics(first).Any(CareTopics.Contains), $"{query} → {string.Join(" | ", results.Take(5))}");
        var homeHelp = results.IndexOf(Name(app, "Pomoč družini na domu", culture));
        var coPayment = results.IndexOf(Name(app, "Občinsko doplačilo", culture));
        Assert.True(coPayment < 0 || (homeHelp >= 0 && homeHelp < coPayment), $"{query} → {string.Join(" | ", results.Take(5))}");
    }

    [Fact]
    public async Task A_carer_who_asks_about_money_keeps_the_money_answers()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var results = await Results(client, "sl", "mama gre v dom pa nima dovolj pokojnine, kdo doplača");
        Assert.Contains(Name(app, "Občinsko doplačilo", "sl-SI"), results.Take(3));
    }

    [Theory]
    [InlineData("ful me je strah pred testom, starsi bodo jezni ce dobim cveka")]
    [InlineData("moj fant me ful kontrolira na telefonu")]
    public async Task A_teenager_gets_the_services_made_for_young_people_first(string query)
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var results = await Results(client, "sl", query);
        var first = results.Select(r => Item(app, r, "sl-SI")).First(c => c.ContentType.Alias == "service");
        Assert.True(first.Peek("targetGroups", string.Empty) is string[] groups && groups.Any(g => g is "mladostniki" or "otroci") && !groups.Any(g => g is "odrasli" or "starejši"),
            $"{query} → {string.Join(" | ", results.Take(5))}");
    }

    // Worries no service answers word for word (a pregnancy, a failed year, running away): the line for young people
    // takes them, so it comes before services that share a side word ("strah", "dom").
    [Theory]
    [InlineData("strah me je ker sem zanosila pri 15 letih")]
    [InlineData("ful me je strah povedat starsem da sm padla razred")]
    [InlineData("zbezala sem od doma ker me tastari ne razumejo")]
    public async Task A_teenager_whose_worry_nothing_answers_fully_gets_the_line_for_young_people_first(string query)
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var results = await Results(client, "sl", query);
        var first = Item(app, results[0], "sl-SI");
        Assert.True(first.ContentType.Alias == "service" && Groups(first).Any(g => g is "mladostniki" or "otroci") && !Groups(first).Any(g => g is "odrasli" or "starejši"),
            $"{query} → {string.Join(" | ", results.Take(5))}");
    }

    [Theory]
    [InlineData("sl", "stara sem in se ne morem vec sama okopati")]
    [InlineData("sl", "upokojenec sem, kdo mi lahko pomaga pri oblačenju in umivanju")]
    [InlineData("en", "I am a pensioner and need help with bathing at home")]
    public async Task An_older_person_asking_for_personal_care_gets_a_service_for_older_people_that_gives_the_care(string site, string query)
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var results = await Results(client, site, query);
        var culture = site == "sl" ? "sl-SI" : "en-US";
        var first = results.Select(r => Item(app, r, culture)).First(c => c.ContentType.Alias == "service");
        Assert.True(Topics(first).Any(CareTopics.Contains) && Groups(first).Contains("starejši"), $"{query} → {string.Join(" | ", results.Take(5))}");
    }

    [Theory]
    [InlineData("sosolci me zafrkavajo in ne vem vec kaj nej")]
    public async Task A_teenager_gets_the_childrens_line_or_counselling_for_the_young_before_lines_for_adults(string query)
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var results = await Results(client, "sl", query);
        var first = results.Select(r => Item(app, r, "sl-SI")).First(c => c.ContentType.Alias == "service");
        Assert.True(Groups(first).Any(g => g is "mladostniki" or "otroci") && !Groups(first).Any(g => g is "odrasli" or "starejši"), $"{query} → {string.Join(" | ", results.Take(5))}");
    }

    [Fact]
    public async Task The_topics_and_target_groups_the_rule_names_are_in_the_seed()
    {
        // The rule reads these values by name: renaming one in the data types would switch it off without a word.
        using var app = new CmsApplication();
        await app.StartAsync();
        var services = app.Snapshot.All.Where(c => c.ContentType.Alias == "service").ToList();
        foreach (var topic in SearchService.AskerTopics)
        {
            Assert.True(services.Any(s => Topics(s).Contains(topic)), $"no service of the seed has the topic \"{topic}\"");
        }

        foreach (var group in SearchService.AskerTargetGroups)
        {
            Assert.True(services.Any(s => Groups(s).Contains(group)), $"no service of the seed has the target group \"{group}\"");
        }
    }

    private static async Task<List<string>> Results(HttpClient client, string site, string query) =>
        SearchUnderstandingTests.Results(WebUtility.HtmlDecode(await client.GetStringAsync($"/{site}/{(site == "sl" ? "iskanje" : "search")}/?q=" + Uri.EscapeDataString(query))));

    private static PublishedContent Item(CmsApplication app, string name, string culture) =>
        app.Snapshot.All.First(c => c.Name(culture) == name);

    private static string[] Topics(PublishedContent item) => item.Peek("topic", string.Empty) as string[] ?? [];

    private static string[] Groups(PublishedContent item) => item.Peek("targetGroups", string.Empty) as string[] ?? [];

    private static string Name(CmsApplication app, string slovenianNamePart, string culture) =>
        app.Snapshot.All.First(c => c.ContentType.Alias == "service" && (c.Name("sl-SI") ?? "").StartsWith(slovenianNamePart, StringComparison.Ordinal)).Name(culture)!;
}
