using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NmZaMe.Cms.PublishedCache;
using Xunit.Abstractions;
using static NmZaMe.Browser.Tests.KeyboardTaskBrowserTests;

namespace NmZaMe.Browser.Tests;

/// <summary>
/// "Potrjeno brez sprememb" from the dashboard in five keys, and axe on the pages the keyboard changes touched. A server
/// of their own, so the confirmations here do not reorder the queue <see cref="KeyboardTaskBrowserTests"/> walks.
/// </summary>
public sealed class KeyboardPagesBrowserTests(Browser browser, ITestOutputHelper output) : IClassFixture<Browser>
{
    private PublishedSnapshot Snapshot => browser.Site.Services.GetRequiredService<PublishedSnapshotService>().Current;

    [Fact]
    public async Task Confirm_unchanged_from_the_dashboard_takes_five_keys_and_the_answer_takes_the_focus()
    {
        await using var context = await browser.NewContextAsync();
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
        await SetLanguageAsync(page, "Slovenščina");
        await page.GotoAsync("/umbraco");
        var keys = new KeyCounter(page);
        await keys.TabToAsync("a.skip[href='#main']");
        await keys.PressAsync("Enter");
        await keys.TabToAsync("#needs-review tbody tr:first-child button[form=confirm-one]");
        await keys.PressAsync("Enter", navigates: true);
        await page.WaitForFunctionAsync("() => document.activeElement && /^(confirmed|refused)-title$/.test(document.activeElement.id)");
        output.WriteLine($"Confirm unchanged, first queue row: {keys.Count} key presses ({keys.Route}).");
        Assert.True(keys.Count <= 5, keys.Route);
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(320)]
    public async Task Dashboard_item_page_editor_and_confirmation_pass_axe_in_both_languages(int width)
    {
        await using var context = await browser.NewContextAsync(width, 900, bypassCsp: true);
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
        var service = Snapshot.All.Where(c => c.ContentType.Alias == "service").OrderBy(c => c.Name("sl-SI")).First();
        try
        {
            foreach (var language in new[] { "English", "Slovenščina" })
            {
                await SetLanguageAsync(page, language);
                await page.GotoAsync("/umbraco");
                await page.Keyboard.PressAsync("Tab");
                await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
                await page.GotoAsync($"/umbraco/content/{service.Key}");
                await page.Keyboard.PressAsync("Tab");
                await page.Keyboard.PressAsync("Tab");
                await Assertions.Expect(page.Locator("a.skip[href='#item-actions']")).ToBeFocusedAsync();
                await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
                await page.GotoAsync($"/umbraco/content/{service.Key}/edit");
                await page.Locator("#save").ClickAsync();
                await Assertions.Expect(page.Locator("#message")).ToBeFocusedAsync();
                await page.Locator("nav.tabs a").Last.FocusAsync();
                await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
                await page.GotoAsync("/umbraco");
                await page.Locator("#needs-review button[form=confirm-one]").First.ClickAsync();
                await page.UntilUrlAsync(url => url.EndsWith("/umbraco/review/confirm", StringComparison.Ordinal));
                await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
            }
        }
        finally
        {
            await SetLanguageAsync(page, "Slovenščina");
        }
    }
}
