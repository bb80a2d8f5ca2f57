using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NmZaMe.Browser.Tests;

/// <summary>The crisis strip and the quick exit, with the keyboard, with and without JavaScript (GOV.UK's "Exit this page").</summary>
public sealed class SafetyBrowserTests(Browser browser) : IClassFixture<Browser>
{
    private const string Violence = "/sl/zivljenjske-situacije/nasilje/";

    [Theory]
    [InlineData("/sl/", "V nevarnosti?")]
    [InlineData("/en/", "In danger?")]
    [InlineData(Violence, "V nevarnosti?")]
    [InlineData("/sl/organizacije/pisarna-lokalne-blaginje/", "V nevarnosti?")]
    public async Task The_crisis_strip_is_on_the_first_screen_of_a_phone(string url, string lead)
    {
        await using var context = await browser.NewContextAsync(360, 740);
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);

        var strip = page.Locator("header .crisis");
        await Assertions.Expect(strip).ToContainTextAsync(lead);
        var box = await strip.BoundingBoxAsync();
        Assert.True(box is { Y: < 200 }, $"the crisis strip starts at y={box?.Y}");
        Assert.Equal("tel:112", await strip.Locator("a").Nth(0).GetAttributeAsync("href"));
        Assert.Equal("tel:113", await strip.Locator("a").Nth(1).GetAttributeAsync("href"));
    }

    [Fact]
    public async Task First_tab_focuses_the_quick_exit_enter_leaves_and_the_page_is_gone_from_history()
    {
        await using var context = await browser.NewContextAsync(360, 740);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/sl/");
        await page.GotoAsync(Violence);
        // A phone has no Shift key to press three times: the hint is left out there.
        await Assertions.Expect(page.Locator(".quick-exit-shortcut")).ToBeHiddenAsync();

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("quick-exit-button", await page.EvaluateAsync<string>("() => document.activeElement.className"));
        var box = await page.Locator(".quick-exit-button").BoundingBoxAsync();
        Assert.True(box is { Y: >= 0 and < 80 }, $"quick exit at y={box?.Y}");
        await page.Keyboard.PressAsync("Enter");

        await page.UntilUrlAsync(new Regex("/ura/$"));
        Assert.Equal("Ura in datum", await page.TitleAsync());
        await page.GoBackAsync();
        // The violence page was replaced by the neutral page, so Back leads to the page before it.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/sl/$"));
    }

    [Fact]
    public async Task The_quick_exit_stays_at_the_top_while_the_page_scrolls()
    {
        await using var context = await browser.NewContextAsync(360, 740);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Violence);

        await page.Locator("footer").ScrollIntoViewIfNeededAsync();

        await Assertions.Expect(page.Locator(".quick-exit-button")).ToBeInViewportAsync();
    }

    [Fact]
    public async Task Pressing_shift_three_times_leaves_and_says_how_many_presses_are_left()
    {
        await using var context = await browser.NewContextAsync(1280, 900);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/sl/");
        await page.GotoAsync(Violence);
        await Assertions.Expect(page.Locator(".quick-exit-shortcut")).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Shift");
        await Assertions.Expect(page.Locator(".quick-exit-status")).ToHaveTextAsync("Shift: še 2-krat za izhod s strani");
        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift");

        await page.UntilUrlAsync(new Regex("/ura/$"));
        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/sl/$"));
    }

    [Fact]
    public async Task Typing_capitals_between_shift_presses_does_not_leave()
    {
        await using var context = await browser.NewContextAsync(1280, 900);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Violence);
        await page.Locator("#filter-group").FocusAsync();

        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift+A");
        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift+B");
        await page.Keyboard.PressAsync("Shift");

        await Assertions.Expect(page.Locator(".quick-exit-status")).ToHaveTextAsync("Shift: še 2-krat za izhod s strani");
        Assert.EndsWith(Violence, page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_javascript_the_quick_exit_is_a_plain_link_first_in_tab_order()
    {
        await using var context = await browser.NewContextAsync(360, 740, javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Violence);
        await Assertions.Expect(page.Locator(".quick-exit-shortcut")).ToBeHiddenAsync();

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Hitri izhod", (await page.Locator(":focus").InnerTextAsync()).Trim());
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/ura/$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Ura in datum");
    }
}
