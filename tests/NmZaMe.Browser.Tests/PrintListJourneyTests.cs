using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NmZaMe.Browser.Tests;

/// <summary>
/// A social worker fills one list from two life situations and a search, filtering on the way, then opens it to print:
/// with JavaScript (the list changes in place, a Print button) and without (each link reloads the page, the page
/// says how to print from the browser menu). Nothing is stored: no cookie, no other host asked for anything.
/// </summary>
public sealed class PrintListJourneyTests(Browser browser) : IClassFixture<Browser>
{
    private static readonly string[] Chosen = ["Varna hiša", "Svetovanje svojcem oseb z demenco", "Brezplačna pravna pomoč"];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Two_life_situations_and_a_search_make_one_printed_list(bool javaScript)
    {
        await using var context = await browser.NewContextAsync(360, 740, javaScript: javaScript);
        var page = await context.NewPageAsync();
        var foreign = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(browser.Site.BaseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                foreign.Add(request.Url);
            }
        };

        await page.GotoAsync("/sl/zivljenjske-situacije/nasilje/");
        await Add(page, Chosen[0], expectedCount: 1);

        // A filter applied after the tick keeps it.
        await page.GetByLabel("Za koga").SelectOptionAsync("žrtve nasilja");
        await page.GetByRole(AriaRole.Button, new() { Name = "Prikaži" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("group=%C5%BErtve"));
        await Assertions.Expect(page.Locator(".list-count")).ToHaveTextAsync("Na vašem seznamu: 1");

        // On through the menu to a second life situation.
        await page.Locator("nav.menu").GetByRole(AriaRole.Link, new() { Name = "Življenjske situacije" }).ClickAsync();
        await page.Locator("a.tile", new() { HasTextString = "Starost in oskrba" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Starost in oskrba");
        await Add(page, Chosen[1], expectedCount: 2);

        // And a search.
        await page.Locator("nav.menu").GetByRole(AriaRole.Link, new() { Name = "Iskanje" }).ClickAsync();
        await page.Locator("main input[type=search]").FillAsync("pravna pomoč");
        await page.Locator("main input[type=search]").PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("q=pravna"));
        await Add(page, Chosen[2], expectedCount: 3);

        await page.Locator(".list-bar a.list-open").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Moj seznam storitev");
        await Assertions.Expect(page.Locator("article.print-item h2")).ToHaveTextAsync(Chosen);
        await Assertions.Expect(page.Locator("p.url").First).ToHaveTextAsync(new Regex("^http://127\\.0\\.0\\.1:\\d+/sl/moj-seznam/\\?list="));
        if (javaScript)
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Natisni" })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".print-slot")).ToHaveCountAsync(0);
        }
        else
        {
            await Assertions.Expect(page.Locator(".print-slot")).ToContainTextAsync("v meniju brskalnika izberite »Natisni«");
        }

        Assert.Empty(foreign);
        Assert.Empty(await context.CookiesAsync());
    }

    [Fact]
    public async Task With_javascript_adding_changes_the_list_in_place_and_every_link_carries_it()
    {
        await using var context = await browser.NewContextAsync(1280, 900);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/sl/zivljenjske-situacije/nasilje/");
        // A mark on the window: a reload would lose it.
        await page.EvaluateAsync("() => window.notReloaded = true");

        await Add(page, Chosen[0], expectedCount: 1);

        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"), "the page was loaded again");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("list=[0-9a-f]{12}$"));
        await Assertions.Expect(page.Locator(".list-status")).ToHaveTextAsync("Dodano na seznam.");
        var menu = await page.Locator("nav.menu a").First.GetAttributeAsync("href");
        Assert.Matches("list=[0-9a-f]{12}", menu);
        Assert.Equal(await page.Locator("form.filters input[name=list]").InputValueAsync(), Regex.Match(page.Url, "list=([0-9a-f]+)").Groups[1].Value);

        await Toggle(page, Chosen[0]).ClickAsync();
        await Assertions.Expect(page.Locator(".list-bar")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".list-status")).ToHaveTextAsync("Odstranjeno s seznama.");
        Assert.DoesNotMatch("list=", await page.Locator("nav.menu a").First.GetAttributeAsync("href") ?? string.Empty);
    }

    private static ILocator Toggle(IPage page, string service) =>
        page.Locator("a.list-toggle", new() { Has = page.Locator(".visually-hidden", new() { HasTextString = ": " + service }) });

    private static async Task Add(IPage page, string service, int expectedCount)
    {
        var toggle = Toggle(page, service);
        await Assertions.Expect(toggle).ToContainTextAsync("Dodaj na seznam");
        await toggle.ClickAsync();
        await Assertions.Expect(Toggle(page, service)).ToContainTextAsync("Odstrani s seznama");
        await Assertions.Expect(page.Locator(".list-count")).ToHaveTextAsync($"Na vašem seznamu: {expectedCount}");
    }
}
