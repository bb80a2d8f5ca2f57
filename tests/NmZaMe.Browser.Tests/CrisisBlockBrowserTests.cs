using System.Text.Json;
using Microsoft.Playwright;

namespace NmZaMe.Browser.Tests;

/// <summary>
/// Issue 11: a person in danger searching on a small phone. The first result is the line that fits the danger, and the
/// crisis block after the results ("Morda iščete", its urgent lines with a number to tap) fits 320 and 360 pixels without
/// sideways scrolling, each number on one line and large enough to tap, with no axe violations.
/// </summary>
public sealed class CrisisBlockBrowserTests(Browser browser) : IClassFixture<Browser>
{
    // A small phone's first screen (the other phone tests use the same).
    private const int Height = 740;

    [Theory]
    [InlineData("/sl/iskanje/?q=mislim%20da%20se%20bom%20ubila", 320, "Pogovor ob samomorilnih mislih")]
    [InlineData("/sl/iskanje/?q=mislim%20da%20se%20bom%20ubila", 360, "Pogovor ob samomorilnih mislih")]
    [InlineData("/sl/iskanje/?q=moz%20me%20tepe", 320, "Prijava nasilja in nujna pomoč policije – 113")]
    [InlineData("/en/search/?q=I%20want%20to%20kill%20myself", 320, "Support when you have suicidal thoughts")]
    [InlineData("/en/search/?q=my%20husband%20hits%20me", 360, "Reporting violence and emergency police help – 113")]
    public async Task The_crisis_block_fits_a_small_phone_with_numbers_to_tap_and_no_axe_violations(string url, int width, string first)
    {
        await using var context = await browser.NewContextAsync(width, Height, bypassCsp: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);

        var firstResult = page.Locator("ol.results > li.card h3 a").First;
        await Assertions.Expect(firstResult).ToHaveTextAsync(first);
        var resultBox = await firstResult.BoundingBoxAsync();
        Assert.True(resultBox is { Y: < Height }, $"the first result starts at y={resultBox?.Y}, below the first screen");

        var block = page.Locator("aside.suggestion");
        await Assertions.Expect(block).ToBeVisibleAsync();
        var numbers = block.Locator(".urgent-lines a[href^='tel:']");
        Assert.True(await numbers.CountAsync() > 0, "the crisis block has no number to tap");
        foreach (var number in await numbers.AllAsync())
        {
            await number.ScrollIntoViewIfNeededAsync();
            var box = await number.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.X >= 0 && box.X + box.Width <= width, $"{await number.InnerTextAsync()} runs out of the screen ({box.X}..{box.X + box.Width})");
            // One line (no number broken in two) and at least the 24-pixel target of WCAG 2.2.
            Assert.True(box.Height is >= 24 and < 60, $"{await number.InnerTextAsync()} is {box.Height}px high");
        }

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");

        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Browser.AxeScript });
        var violations = (await page.EvaluateAsync<JsonElement>(AccessibilityTests.RunAxe)).EnumerateArray().Select(v => v.GetString()).ToArray();
        Assert.True(violations.Length == 0, $"{page.Url} at {width}px:\n" + string.Join("\n", violations));
    }
}
