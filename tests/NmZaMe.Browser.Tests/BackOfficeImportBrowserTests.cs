using System.Text;
using Microsoft.Playwright;
using NmZaMe.Cms.Spreadsheets;

namespace NmZaMe.Browser.Tests;

/// <summary>Issue 15, spreadsheets: the import's upload and preview pages in a real browser, in Slovenian and English, at
/// 320 and 1280 px, without axe violations; the preview of an edited export shows its change and its error.</summary>
public sealed class BackOfficeImportBrowserTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task The_upload_and_preview_pages_have_no_axe_violations_in_both_languages_and_both_widths()
    {
        await using var context = await browser.NewContextAsync(1280, 900, bypassCsp: true);
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
        await page.GotoAsync("/umbraco/spreadsheets/export");
        await page.GetByLabel("CSV (UTF-8)").CheckAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Izvozi" }).ClickAsync());
        using var reader = new StreamReader(await download.CreateReadStreamAsync());
        var rows = CsvTable.Read(await reader.ReadToEndAsync()).Select(r => r.ToList()).ToList();
        var header = rows[0];
        var service = rows.First(r => r[1] == "service");
        service[header.IndexOf("summary.sl")] = "Povzetek, spremenjen v preglednici.";
        var broken = header.Select(_ => string.Empty).ToList();
        broken[header.IndexOf("key")] = "ni-kljuc";
        broken[header.IndexOf("type")] = "service";
        rows.Add(broken);
        var file = new FilePayload { Name = "katalog.csv", MimeType = "text/csv", Buffer = CsvTable.Write(rows) };

        foreach (var (upload, preview, button, language) in new[]
        {
            ("Uvoz iz preglednice", "Predogled uvoza", "Pokaži predogled", "Slovenščina"),
            ("Import from a spreadsheet", "Import preview", "Show preview", "English"),
        })
        {
            if (language == "English")
            {
                await page.GotoAsync("/umbraco/account/language");
                await page.GetByLabel("English").CheckAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Shrani" }).ClickAsync();
                await page.UntilUrlAsync(url => url.Contains("saved=", StringComparison.Ordinal));
            }

            await page.GotoAsync("/umbraco/spreadsheets/import");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = upload, Level = 1 })).ToBeVisibleAsync();
            await AssertBothWidthsAsync(page);

            await page.GetByLabel(language == "English" ? "Spreadsheet" : "Preglednica").SetInputFilesAsync(file);
            await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = preview, Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("ins").First).ToHaveTextAsync("Povzetek, spremenjen v preglednici.");
            await Assertions.Expect(page.Locator("#import-errors")).ToBeVisibleAsync();
            await AssertBothWidthsAsync(page);
        }
    }

    private static async Task AssertBothWidthsAsync(IPage page)
    {
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
        await page.SetViewportSizeAsync(320, 900);
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
        await page.SetViewportSizeAsync(1280, 900);
    }
}
