using System.Text.Json;
using Microsoft.Playwright;

namespace NmZaMe.Browser.Tests;

/// <summary>
/// WCAG 1.4.10 reflow: every page type fits a 320 CSS px wide screen (1280 px at 400 % zoom) without scrolling
/// sideways, in both languages; and headings never skip a level, rich text included (axe's heading-order rule).
/// </summary>
public sealed class ReflowAndHeadingsTests(Browser browser) : IClassFixture<Browser>
{
    public static TheoryData<string, string> Pages()
    {
        string[] pages =
        [
            "/sl/", "/sl/zivljenjske-situacije/", "/sl/zivljenjske-situacije/starost-in-oskrba/", "/sl/zivljenjske-situacije/nasilje/",
            "/sl/organizacije/", "/sl/organizacije/pisarna-lokalne-blaginje/", "/sl/organizacije/csd-dolenjska-in-bela-krajina-enota-novo-mesto/",
            "/sl/organizacije/drustvo-zivljenje-brez-nasilja/varna-hisa/", "/sl/iskanje/?q=pomoc+na+domu", "/sl/iskanje/?q=qqxzv",
            "/sl/novice/", "/sl/novice/vrata-je-odprla-pisarna-lokalne-blaginje/", "/sl/pisarna-lokalne-blaginje/", "/sl/izjava-o-dostopnosti/",
            "/sl/moj-seznam/?list=ef0433a53b81.f2b41f699a42", "/sl/ni-take-strani/",
        ];
        var data = new TheoryData<string, string>();
        foreach (var page in pages)
        {
            data.Add(page, "sl");
            data.Add(page, "en");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Fits_320_px_without_scrolling_sideways_and_headings_do_not_skip_a_level(string slovenianPath, string language)
    {
        await using var context = await browser.NewContextAsync(320, 640, bypassCsp: true);
        var page = await context.NewPageAsync();
        await Open(page, slovenianPath, language);

        var overflow = await page.EvaluateAsync<JsonElement>("""
            () => {
              const width = document.documentElement.clientWidth;
              const wide = [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > width + 1 && getComputedStyle(e).position !== 'absolute')
                .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));
              return { scroll: document.documentElement.scrollWidth, width, wide };
            }
            """);
        Assert.True(overflow.GetProperty("scroll").GetInt32() <= overflow.GetProperty("width").GetInt32(),
            $"{page.Url} is {overflow.GetProperty("scroll")} px wide at 320: {overflow.GetProperty("wide")}");

        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Browser.AxeScript });
        var order = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { runOnly: { type: 'rule', values: ['heading-order'] } }))
              .violations.flatMap(v => v.nodes.map(n => n.target.join(' ') + ': ' + n.html.slice(0, 80)))
            """);
        Assert.True(order.GetArrayLength() == 0, $"{page.Url}: a heading skips a level: {order}");
    }

    /// <summary>The Slovenian page, or its English counterpart through the page's own language link (keeping the query).</summary>
    internal static async Task Open(IPage page, string slovenianPath, string language)
    {
        await page.GotoAsync(slovenianPath);
        if (language == "sl")
        {
            return;
        }

        var english = await page.Locator("nav.languages a[hreflang=en]").GetAttributeAsync("href");
        Assert.NotNull(english);
        var query = slovenianPath.Contains('?') && !english!.Contains('?') ? slovenianPath[slovenianPath.IndexOf('?')..] : string.Empty;
        if (slovenianPath == "/sl/ni-take-strani/")
        {
            english = "/en/no-such-page/";
        }

        await page.GotoAsync(english + query);
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
    }
}
