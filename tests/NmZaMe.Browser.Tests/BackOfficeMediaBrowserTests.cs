using Microsoft.Playwright;

namespace NmZaMe.Browser.Tests;

/// <summary>The media library in a real browser: create a folder, upload an image with alt text through the form, see it; axe on its pages.</summary>
public sealed class BackOfficeMediaBrowserTests(Browser browser) : IClassFixture<Browser>
{
    // A real 1×1 PNG.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Fact]
    public async Task An_editor_creates_a_folder_and_uploads_an_image_with_alt_text_through_the_form()
    {
        await using var context = await browser.NewContextAsync(bypassCsp: true);
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Glavni meni" }).GetByRole(AriaRole.Link, new() { Name = "Mediji" }).ClickAsync();
        await page.UntilUrlAsync(url => url.EndsWith("/umbraco/media", StringComparison.Ordinal));
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        await page.GetByLabel("Ime mape").FillAsync("Fotografije dogodkov");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ustvari mapo" }).ClickAsync();
        await page.UntilUrlAsync(url => url.Contains("status=folder", StringComparison.Ordinal));
        await page.Locator("#media-children").GetByRole(AriaRole.Link, new() { Name = "Fotografije dogodkov" }).ClickAsync();
        await page.UntilUrlAsync(url => url.Contains("/umbraco/media/", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Link, new() { Name = "Naloži datoteke" }).ClickAsync();
        await page.UntilUrlAsync(url => url.Contains("/umbraco/media/upload/", StringComparison.Ordinal));
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        // Without alt text the form refuses and says why, next to the field.
        await page.Locator("#file-0").SetInputFilesAsync(new FilePayload { Name = "stojnica.png", MimeType = "image/png", Buffer = Png });
        await page.Locator("#name-0").FillAsync("Stojnica na trgu");
        await page.GetByRole(AriaRole.Button, new() { Name = "Naloži", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#alt-0-inv-error")).ToContainTextAsync("Opis slike (nadomestno besedilo) je obvezen");
        await Assertions.Expect(page.Locator("#name-0")).ToHaveValueAsync("Stojnica na trgu");
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        await page.Locator("#file-0").SetInputFilesAsync(new FilePayload { Name = "stojnica.png", MimeType = "image/png", Buffer = Png });
        await page.Locator("#alt-0-inv").FillAsync("Stojnica društva na Glavnem trgu");
        await page.GetByRole(AriaRole.Button, new() { Name = "Naloži", Exact = true }).ClickAsync();
        await page.UntilUrlAsync(url => url.Contains("status=uploaded", StringComparison.Ordinal));

        var item = page.Locator("#media-children").GetByRole(AriaRole.Link, new() { Name = "Stojnica na trgu" });
        await Assertions.Expect(item).ToBeVisibleAsync();
        // The thumbnail is the stored file, served from /media/…: the browser decoded it.
        var width = await page.EvaluateAsync<int>("() => document.querySelector('.media-thumb').naturalWidth");
        Assert.Equal(1, width);
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        await item.ClickAsync();
        await Assertions.Expect(page.Locator("img.media-preview")).ToHaveAttributeAsync("alt", "Stojnica društva na Glavnem trgu");
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
    }
}
