using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Users;

namespace NmZaMe.Browser.Tests;

/// <summary>The back office's search (from the header's box) and a list view with its bulk form, in both languages, on a phone and a desktop, with axe.</summary>
public sealed class BackOfficeListBrowserTests(Browser browser) : IClassFixture<Browser>
{
    private const string Password = "modra-reka-krka-tece";

    [Theory]
    [InlineData("sl-SI", 320, "Išči", "Označi kot preverjeno", "Izberite vsaj en element.")]
    [InlineData("sl-SI", 1280, "Išči", "Označi kot preverjeno", "Izberite vsaj en element.")]
    [InlineData("en-US", 320, "Search", "Mark as checked", "Select at least one item.")]
    [InlineData("en-US", 1280, "Search", "Mark as checked", "Select at least one item.")]
    public async Task Search_results_and_a_list_view_have_no_axe_violations(string culture, int width, string search, string check, string nothingChosen)
    {
        var email = $"seznam-{culture}-{width}@browser.test";
        await using (var scope = browser.Site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
            var user = new BackOfficeUser { UserName = email, Email = email, Name = "Seznam", LockoutEnabled = true, CreateDate = DateTime.UtcNow, Culture = culture };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, UserGroups.Editors)).Succeeded);
        }

        var snapshot = browser.Site.Services.GetRequiredService<PublishedSnapshotService>().Current;
        var folder = snapshot.All.First(c => c.ContentType.Alias == "organisationFolder");
        var organisation = snapshot.ChildrenOf(folder.Key).OrderBy(c => c.Key).First();
        // The whole name: its words together rank the organisation among the first results.
        var word = organisation.Name("sl-SI")!;

        await using var context = await browser.NewContextAsync(width: width, bypassCsp: true);
        var page = await BackOfficeBrowser.SignInAsync(context, email, Password);

        // The header's box is a plain GET form: the results page answers it.
        await page.Locator("#bo-search-q").FillAsync(word);
        await page.Locator("form.bo-search").GetByRole(AriaRole.Button, new() { Name = search }).ClickAsync();
        await page.UntilUrlAsync(url => url.Contains("/umbraco/search?q=", StringComparison.Ordinal));
        await page.Locator($"#hit-{organisation.Key}").WaitForAsync();
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        await page.GotoAsync($"/umbraco/content/{folder.Key}/list?sort=updated&dir=desc");
        Assert.True(await page.Locator("#list-view tbody tr").CountAsync() > 0);
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        // Nothing ticked: the answer page says so, and changes nothing.
        await page.GetByRole(AriaRole.Button, new() { Name = check }).ClickAsync();
        await page.Locator("#results-title").WaitForAsync();
        Assert.Contains(nothingChosen, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
    }
}
