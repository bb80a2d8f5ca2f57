using Microsoft.Playwright;

namespace NmZaMe.Browser.Tests;

/// <summary>The office's call-back inbox in a real browser: a request sent on the site is listed, opened and closed, with no axe violations at 1280 and 400 px.</summary>
public sealed class BackOfficeCallBackBrowserTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task A_request_from_the_site_is_listed_opened_and_closed_in_the_inbox_without_axe_violations()
    {
        await using (var visitor = await browser.NewContextAsync(javaScript: false))
        {
            var site = await visitor.NewPageAsync();
            await site.GotoAsync("/sl/poklicite-me");
            await site.Locator("#contact").FillAsync("inbox.browser@primer.si");
            await site.Locator("#note").FillAsync("Prosim za klic glede pomoči na domu.");
            await site.Locator("#consent").CheckAsync();
            await site.Locator(".callback-form button[type=submit]").ClickAsync();
            await Assertions.Expect(site.Locator("h1")).ToHaveTextAsync("Prošnjo smo prejeli");
        }

        await using var context = await browser.NewContextAsync(1280, 900, bypassCsp: true);
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
        await page.GotoAsync("/umbraco/requests");
        await Assertions.Expect(page.Locator("#requests tbody tr").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#requests")).Not.ToContainTextAsync("inbox.browser@primer.si");
        await AxeAtBothWidthsAsync(page);

        // The newest request is first.
        await page.Locator("#requests tbody tr").First.Locator("a").ClickAsync();
        await Assertions.Expect(page.Locator("#contact")).ToHaveTextAsync("inbox.browser@primer.si");
        await AxeAtBothWidthsAsync(page);

        await page.GetByLabel("Novo stanje").SelectOptionAsync("Done");
        await page.GetByRole(AriaRole.Button, new() { Name = "Shrani stanje" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status-now")).ToHaveTextAsync("rešeno");
        await Assertions.Expect(page.Locator("#access-log")).ToContainTextAsync("stanje: rešeno");
        await AxeAtBothWidthsAsync(page);
    }

    private static async Task AxeAtBothWidthsAsync(IPage page)
    {
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
        await page.SetViewportSizeAsync(400, 900);
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
        await page.SetViewportSizeAsync(1280, 900);
    }
}
