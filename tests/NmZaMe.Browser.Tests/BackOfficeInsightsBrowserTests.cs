using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NmZaMe.Cms.Insights;

namespace NmZaMe.Browser.Tests;

/// <summary>"Kaj ljudje iščejo" in a real browser: searches made on the public site appear once three asked them, the
/// page has no axe violations on a desktop and a narrow screen, and a query that found nothing goes to the lexicon in
/// one step and is then found by the public search.</summary>
public sealed class BackOfficeInsightsBrowserTests(Browser browser) : IClassFixture<Browser>
{
    private const string Unfound = "qqxzv blorf";

    [Fact]
    public async Task Searches_appear_k_anonymously_the_page_has_no_axe_violations_and_a_query_goes_to_the_lexicon()
    {
        await using (var visitor = await browser.NewContextAsync())
        {
            var site = await visitor.NewPageAsync();
            for (var i = 0; i < 3; i++)
            {
                await site.GotoAsync("/sl/iskanje/?q=" + Uri.EscapeDataString(Unfound));
                await site.GotoAsync("/sl/iskanje/?q=pomoc%20na%20domu");
            }

            await site.GotoAsync("/sl/iskanje/?q=samo%20enkrat%20vprasano");
        }

        await browser.Site.Services.GetRequiredService<SearchLog>().FlushAsync();

        await using var context = await browser.NewContextAsync(1280, 900, bypassCsp: true);
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
        await page.GotoAsync("/umbraco/insights");
        var zero = page.Locator("#zero-results");
        Assert.True(await zero.GetByText(Unfound, new() { Exact = true }).IsVisibleAsync());
        Assert.True(await page.Locator("#top-queries").GetByText("pomoc na domu", new() { Exact = true }).IsVisibleAsync());
        Assert.Equal(0, await page.GetByText("samo enkrat vprasano").CountAsync());
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        await page.SetViewportSizeAsync(400, 900);
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
        await page.SetViewportSizeAsync(1280, 900);

        var row = zero.Locator("tr", new() { Has = page.GetByText(Unfound, new() { Exact = true }) });
        await row.GetByLabel("Izrazi v katalogu").FillAsync("pomoč na domu");
        await row.GetByRole(AriaRole.Button, new() { Name = "Dodaj v leksikon" }).ClickAsync();
        Assert.True(await page.GetByRole(AriaRole.Status).GetByText("Dodano v leksikon iskanja").IsVisibleAsync());
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        var after = await context.NewPageAsync();
        await after.GotoAsync("/sl/iskanje/?q=" + Uri.EscapeDataString(Unfound));
        Assert.True(await after.Locator("ol.results").GetByRole(AriaRole.Link, new() { Name = "Pomoč družini na domu" }).First.IsVisibleAsync());
    }
}
