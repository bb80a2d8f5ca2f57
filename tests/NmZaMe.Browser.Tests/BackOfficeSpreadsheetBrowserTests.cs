using Microsoft.Playwright;

namespace NmZaMe.Browser.Tests;

/// <summary>Issue 15, spreadsheets: the export page in a real browser, in Slovenian and English, without axe violations,
/// and the file it downloads.</summary>
public sealed class BackOfficeSpreadsheetBrowserTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task The_export_page_has_no_axe_violations_in_both_languages_and_downloads_a_csv()
    {
        await using var context = await browser.NewContextAsync(1280, 900, bypassCsp: true);
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
        await page.GetByRole(AriaRole.Link, new() { Name = "Preglednice" }).ClickAsync();
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Izvoz v preglednico" }).IsVisibleAsync());
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
        await page.SetViewportSizeAsync(400, 900);
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
        await page.SetViewportSizeAsync(1280, 900);

        await page.GetByLabel("CSV (UTF-8)").CheckAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Izvozi" }).ClickAsync());
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        using (var reader = new StreamReader(await download.CreateReadStreamAsync()))
        {
            Assert.StartsWith("\"key\",\"type\",\"parent.key\",\"parent.name\",\"name.sl\",\"name.en\"", await reader.ReadLineAsync(), StringComparison.Ordinal);
        }

        await page.GotoAsync("/umbraco/account/language");
        await page.GetByLabel("English").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Shrani" }).ClickAsync();
        await page.UntilUrlAsync(url => url.Contains("saved=", StringComparison.Ordinal));
        await page.GotoAsync("/umbraco/spreadsheets/export");
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Export to a spreadsheet" }).IsVisibleAsync());
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
    }
}
