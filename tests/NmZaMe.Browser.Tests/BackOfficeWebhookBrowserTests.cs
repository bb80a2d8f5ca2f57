using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NmZaMe.Browser.Tests;

/// <summary>Settings › Webhooks in a real browser: the list, the form (refused and saved), a test call and the deliveries, with axe on each.</summary>
public sealed partial class BackOfficeWebhookBrowserTests(Browser browser) : IClassFixture<Browser>
{
    [Theory]
    [InlineData(1280)]
    [InlineData(400)]
    public async Task An_administrator_creates_a_webhook_sends_a_test_and_reads_its_deliveries_on_pages_without_axe_violations(int width)
    {
        await using var context = await browser.NewContextAsync(width, 900, bypassCsp: true);
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
        await page.GotoAsync("/umbraco/settings/webhooks");
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        await page.Locator("#create").ClickAsync();
        await page.UntilUrlAsync(url => url.Contains("/umbraco/settings/webhooks/edit", StringComparison.Ordinal));
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        // Without an address and events the form refuses and says why next to each field.
        await page.GetByRole(AriaRole.Button, new() { Name = "Shrani", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#url-error")).ToHaveTextAsync(AnyText());
        await Assertions.Expect(page.Locator("#events-error")).ToHaveTextAsync(AnyText());
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        // A name nobody resolves (.invalid), so the test call fails at once and is logged as a delivery.
        var name = "Partnerski portal " + width;
        await page.Locator("#Input_Name").FillAsync(name);
        await page.Locator("#Input_Url").FillAsync("https://receiver.invalid/hooks");
        await page.Locator("#event-Umbraco-ContentPublish").CheckAsync();
        await page.Locator("#payload-extended").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Shrani", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#signing-secret")).ToBeVisibleAsync();
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        await page.Locator("#created a").ClickAsync();
        await page.UntilUrlAsync(EditPage());
        var key = EditPage().Match(page.Url).Groups["key"].Value;
        await Assertions.Expect(page.Locator("#payload-extended")).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Pošlji preizkus" }).ClickAsync();
        await Assertions.Expect(page.Locator("#test-result")).ToBeVisibleAsync();
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        await page.GotoAsync("/umbraco/settings/webhooks");
        await Assertions.Expect(page.Locator("#webhooks")).ToContainTextAsync(name);
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        await page.GotoAsync($"/umbraco/settings/webhooks/{key}/deliveries");
        await Assertions.Expect(page.Locator("#deliveries")).ToContainTextAsync("NmZaMe.Test");
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
    }

    private static Regex AnyText() => new("\\S");

    [GeneratedRegex("/umbraco/settings/webhooks/edit/(?<key>[0-9a-f-]{36})$")]
    private static partial Regex EditPage();
}
