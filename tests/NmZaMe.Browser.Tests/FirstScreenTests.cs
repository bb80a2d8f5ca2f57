using Microsoft.Playwright;

namespace NmZaMe.Browser.Tests;

/// <summary>
/// What a 360 × 740 phone shows before any scrolling: on the home page the question box, the crisis strip's 112 and 113
/// and the office's number to tap, together; on search results the first result. Screenshots of these screens go to <c>NMZAME_SCREENSHOTS</c> when set.
/// </summary>
public sealed class FirstScreenTests(Browser browser) : IClassFixture<Browser>
{
    private const int Width = 360;
    private const int Height = 740;

    [Theory]
    [InlineData("sl")]
    [InlineData("en")]
    public async Task Home_shows_the_question_box_the_crisis_strip_and_the_offices_phone_on_the_first_screen(string language)
    {
        await using var context = await browser.NewContextAsync(Width, Height);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/{language}/");

        await AssertOnFirstScreen(page.Locator("main input[type=search]"), "the search box");
        await AssertOnFirstScreen(page.Locator("main button[type=submit]").First, "the search button");
        await AssertOnFirstScreen(page.Locator(".crisis-bar a[href='tel:112']"), "the crisis strip's 112");
        await AssertOnFirstScreen(page.Locator(".crisis-bar a[href='tel:113']"), "the crisis strip's 113");
        var call = page.Locator(".hero-call a[href^='tel:']");
        await AssertOnFirstScreen(call, "the office's phone");
        Assert.Equal("tel:073939233", await call.GetAttributeAsync("href"));
        await Screenshot(page, $"home-{language}-360");
    }

    [Theory]
    [InlineData("sl", "pomoc na domu")]
    [InlineData("en", "home help")]
    public async Task Search_results_start_on_the_first_screen(string language, string query)
    {
        await using var context = await browser.NewContextAsync(Width, Height);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/{language}/");
        await page.Locator("main input[type=search]").FillAsync(query);
        await page.Locator("main input[type=search]").PressAsync("Enter");
        await page.UntilUrlAsync(url => url.Contains("q=", StringComparison.Ordinal));

        await AssertOnFirstScreen(page.Locator("ol.results > li .card-title a").First, "the first result");
        await AssertOnFirstScreen(page.Locator("a[href='#facets']"), "the link to the filters");
        await Screenshot(page, $"search-{language}-360");
    }

    [Theory]
    [InlineData("sl")]
    [InlineData("en")]
    public async Task A_life_situation_on_a_phone(string language)
    {
        await using var context = await browser.NewContextAsync(Width, Height);
        var page = await context.NewPageAsync();
        await ReflowAndHeadingsTests.Open(page, "/sl/zivljenjske-situacije/starost-in-oskrba/", language);

        await Assertions.Expect(page.Locator("nav.topics a").First).ToBeVisibleAsync();
        await Screenshot(page, $"lifechallenge-{language}-360");
        await page.Locator("h2#services-heading").ScrollIntoViewIfNeededAsync();
        await Screenshot(page, $"lifechallenge-{language}-360-services");
    }

    private static async Task AssertOnFirstScreen(ILocator locator, string what)
    {
        await Assertions.Expect(locator).ToBeVisibleAsync();
        var box = await locator.BoundingBoxAsync();
        Assert.True(box is { } b && b.Y >= 0 && b.Y + b.Height <= Height, $"{what} is at y {box?.Y}–{box?.Y + box?.Height}, below the first {Height} px");
    }

    private static async Task Screenshot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("NMZAME_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png") });
        }
    }
}
