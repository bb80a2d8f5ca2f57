using System.Text.Json;
using Microsoft.Playwright;

namespace NmZaMe.Browser.Tests;

/// <summary>axe-core (WCAG 2.0/2.1 A and AA rules) on every page type, in both languages, on a phone and a desktop.</summary>
public sealed class AccessibilityTests(Browser browser) : IClassFixture<Browser>
{
    internal const string RunAxe = """
        async () => {
          const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
          return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`);
        }
        """;

    /// <summary>Slovenian address of each page type; the English one is taken from the page's hreflang alternate.</summary>
    public static TheoryData<string, string, int> Pages()
    {
        string[] pages =
        [
            "/sl/", "/sl/zivljenjske-situacije/", "/sl/zivljenjske-situacije/nasilje/", "/sl/zivljenjske-situacije/nasilje/?group=otroci&open=1",
            "/sl/organizacije/", "/sl/organizacije/pisarna-lokalne-blaginje/", "/sl/organizacije/drustvo-zivljenje-brez-nasilja/varna-hisa/",
            "/sl/iskanje/?q=nasilje", "/sl/iskanje/?q=qqxzv", "/sl/novice/", "/sl/novice/vrata-je-odprla-pisarna-lokalne-blaginje/",
            "/sl/novice/spomladansko-srecanje-organizacij-materialna-stiska-druzin/",
            "/sl/izjava-o-dostopnosti/", "/sl/moj-seznam/?id=ef0433a5-3b81-55c8-8c29-e55db5f49dd0", "/sl/ni-take-strani/",
        ];
        var data = new TheoryData<string, string, int>();
        foreach (var page in pages)
        {
            foreach (var language in new[] { "sl", "en" })
            {
                foreach (var width in new[] { 360, 1280 })
                {
                    data.Add(page, language, width);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task No_axe_violations(string slovenianPath, string language, int width)
    {
        await using var context = await browser.NewContextAsync(width, width < 600 ? 740 : 900, bypassCsp: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(slovenianPath);
        if (language == "en")
        {
            var english = await page.Locator("nav.languages a[hreflang=en]").GetAttributeAsync("href");
            Assert.NotNull(english);
            var query = slovenianPath.Contains('?') && !english!.Contains('?') ? slovenianPath[slovenianPath.IndexOf('?')..] : string.Empty;
            await page.GotoAsync(english + query);
            Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        }

        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Browser.AxeScript });
        var violations = await page.EvaluateAsync<JsonElement>(RunAxe);

        var found = violations.EnumerateArray().Select(v => v.GetString()).ToArray();
        Assert.True(found.Length == 0, $"{page.Url} at {width}px:\n" + string.Join("\n", found));
    }

    [Fact]
    public async Task The_check_itself_finds_a_planted_violation()
    {
        await using var context = await browser.NewContextAsync(bypassCsp: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/sl/");
        await page.EvaluateAsync("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/favicon.svg\">')");

        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Browser.AxeScript });
        var violations = await page.EvaluateAsync<JsonElement>(RunAxe);

        Assert.Contains(violations.EnumerateArray(), v => v.GetString()!.StartsWith("image-alt", StringComparison.Ordinal));
    }
}
