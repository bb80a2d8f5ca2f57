using Microsoft.Playwright;

namespace NmZaMe.Browser.Tests;

/// <summary>axe-core on the back office's own pages, signed in as an administrator, on a desktop and a narrow screen.</summary>
public sealed class BackOfficeAccessibilityTests(Browser browser) : IClassFixture<Browser>
{
    [Theory]
    [InlineData(1280)]
    [InlineData(400)]
    public async Task Sign_in_page_has_no_axe_violations(int width)
    {
        await using var context = await browser.NewContextAsync(width, 900, bypassCsp: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/umbraco/login");
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
    }

    [Theory]
    [InlineData("/umbraco", 1280)]
    [InlineData("/umbraco/content", 1280)]
    [InlineData("/umbraco/users", 1280)]
    [InlineData("/umbraco/users/groups", 1280)]
    [InlineData("/umbraco/account/2fa", 1280)]
    [InlineData("/umbraco/content", 400)]
    public async Task Signed_in_pages_have_no_axe_violations(string path, int width)
    {
        await using var context = await browser.NewContextAsync(width, 900, bypassCsp: true);
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
        Assert.EndsWith("/umbraco", page.Url, StringComparison.Ordinal);
        await page.GotoAsync(path);
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
    }

    [Fact]
    public async Task Content_tree_opens_a_branch_with_the_keyboard_only()
    {
        await using var context = await browser.NewContextAsync();
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
        await page.GotoAsync("/umbraco/content");
        var first = page.Locator("#children a").First;
        await first.FocusAsync();
        Assert.True(await first.EvaluateAsync<bool>("a => document.activeElement === a"));
        var navigated = page.UntilUrlAsync(url => url.Contains("/umbraco/content/", StringComparison.Ordinal));
        await page.Keyboard.PressAsync("Enter");
        await navigated;
        Assert.Contains("/umbraco/content/", page.Url, StringComparison.Ordinal);
        Assert.True(await page.Locator("#children").GetByText("Organizacije").IsVisibleAsync());
    }
}
