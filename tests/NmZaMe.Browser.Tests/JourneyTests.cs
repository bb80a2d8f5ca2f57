using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NmZaMe.Browser.Tests;

/// <summary>
/// What citizens do, in a browser with the real Content-Security-Policy: search → service → call; tile → filter →
/// service; switch language; keyboard only. Each journey also checks that the page asked no other host for anything,
/// set no cookie and broke no CSP rule.
/// </summary>
public sealed partial class JourneyTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task Search_then_service_then_call_link()
    {
        await Journey(async page =>
        {
            await page.GotoAsync("/sl/");
            await page.GetByLabel("Kaj potrebujete?").FillAsync("varna hiša");
            await page.GetByRole(AriaRole.Button, new() { Name = "Išči" }).First.ClickAsync();
            await page.UntilUrlAsync(new Regex("/sl/iskanje/\\?q="));

            await page.Locator("ol.results a", new() { HasTextString = "Varna hiša" }).First.ClickAsync();

            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Varna hiša");
            // The service's own number, in the next-step box (the crisis strip's 112 and 113 come first on every page).
            var call = page.Locator("main a[href^='tel:']").First;
            await Assertions.Expect(call).ToBeVisibleAsync();
            Assert.Equal("tel:113", await call.GetAttributeAsync("href"));
        });
    }

    [Fact]
    public async Task Tile_then_filter_then_service()
    {
        await Journey(async page =>
        {
            await page.GotoAsync("/sl/");
            await page.Locator("a.tile", new() { HasTextString = "Nasilje" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Nasilje");
            var before = await page.Locator("li.service-card").CountAsync();

            await page.GetByLabel("Za koga").SelectOptionAsync("otroci");
            await page.GetByRole(AriaRole.Button, new() { Name = "Prikaži" }).ClickAsync();

            await page.UntilUrlAsync(new Regex("group=otroci"));
            var after = await page.Locator("li.service-card").CountAsync();
            Assert.InRange(after, 1, before - 1);
            var first = page.Locator("li.service-card .card-title a").First;
            var name = await first.InnerTextAsync();
            await first.ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(name);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Komu je namenjena" })).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task Filters_work_with_javascript_off()
    {
        await using var context = await browser.NewContextAsync(360, 740, javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/sl/zivljenjske-situacije/nasilje/");

        await page.GetByLabel("Za koga").SelectOptionAsync("otroci");
        await page.GetByRole(AriaRole.Button, new() { Name = "Prikaži" }).ClickAsync();

        // The URL and the cards, polled: waiting for the load event of a form navigation without JavaScript timed out
        // once in CI although the page had been served.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("group=otroci"));
        await Assertions.Expect(page.Locator("li.service-card").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Language_switch_keeps_the_page()
    {
        await Journey(async page =>
        {
            await page.GotoAsync("/sl/organizacije/drustvo-zivljenje-brez-nasilja/varna-hisa/");

            await page.Locator("nav.languages").GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

            await page.UntilUrlAsync(new Regex("/en/organisations/.+/safe-house/$"));
            Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Safe house");
            await page.Locator("nav.languages").GetByRole(AriaRole.Link, new() { Name = "Slovenščina" }).ClickAsync();
            await page.UntilUrlAsync(new Regex("/sl/organizacije/.+/varna-hisa/$"));
        });
    }

    [Fact]
    public async Task Keyboard_only_skip_link_visible_focus_and_no_trap()
    {
        await Journey(async page =>
        {
            await page.GotoAsync("/sl/");

            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("skip-link", await page.EvaluateAsync<string>("() => document.activeElement.className"));
            var box = await page.Locator(".skip-link").BoundingBoxAsync();
            Assert.True(box is { Y: >= 0, Height: > 0 }, "the focused skip link is on screen");
            Assert.True(await HasVisibleFocus(page), "the skip link shows focus");

            await page.Keyboard.PressAsync("Enter");
            Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("q", await page.EvaluateAsync<string>("() => document.activeElement.id"));
            Assert.True(await HasVisibleFocus(page), "the search box shows focus");

            // Walk the whole page: focus must keep moving and reach the footer, each stop visibly focused.
            var seen = new HashSet<string>();
            for (var i = 0; i < 80; i++)
            {
                await page.Keyboard.PressAsync("Tab");
                var id = await page.EvaluateAsync<string>("() => { const e = document.activeElement; return e.tagName + '|' + (e.getAttribute('href') || e.id || e.textContent.trim()); }");
                seen.Add(id);
                if (id.StartsWith("A|", StringComparison.Ordinal))
                {
                    Assert.True(await HasVisibleFocus(page), $"visible focus on {id}");
                }
            }

            Assert.True(seen.Count > 25, $"focus moved through only {seen.Count} elements");
            Assert.Contains(seen, s => s.Contains("/sl/izjava-o-dostopnosti/", StringComparison.Ordinal));

            await page.GotoAsync("/sl/");
            await page.Locator("#q").FocusAsync();
            await page.Keyboard.TypeAsync("nasilje");
            await page.Keyboard.PressAsync("Enter");
            await page.UntilUrlAsync(new Regex("/sl/iskanje/\\?q=nasilje"));
        });
    }

    private static Task<bool> HasVisibleFocus(IPage page) => page.EvaluateAsync<bool>("""
        () => {
          const s = getComputedStyle(document.activeElement);
          return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
        }
        """);

    private async Task Journey(Func<IPage, Task> steps)
    {
        await using var context = await browser.NewContextAsync(360, 740);
        var page = await context.NewPageAsync();
        var foreign = new List<string>();
        var errors = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(browser.Site.BaseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                foreign.Add(request.Url);
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);

        await steps(page);

        Assert.Empty(foreign);
        Assert.Empty(errors);
        Assert.Empty(await context.CookiesAsync());
    }
}
