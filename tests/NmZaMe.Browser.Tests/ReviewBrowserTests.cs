using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NmZaMe.Cms.Catalogue;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Users;

namespace NmZaMe.Browser.Tests;

/// <summary>"Confirm unchanged" from the editor and from the dashboard's list, in Slovenian and English, with axe.</summary>
public sealed class ReviewBrowserTests(Browser browser) : IClassFixture<Browser>
{
    private const string Password = "modra-reka-krka-tece";

    [Theory]
    [InlineData("sl-SI", "Potrjujem, da je vse še res", "Potrjujem, da je pri izbranih vse še res")]
    [InlineData("en-US", "Confirm unchanged", "Confirm the selected as unchanged")]
    public async Task An_editor_confirms_from_the_editor_and_from_the_dashboard_without_axe_violations(string culture, string one, string many)
    {
        var email = $"preveri-{culture}@browser.test";
        await using (var scope = browser.Site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
            var user = new BackOfficeUser { UserName = email, Email = email, Name = "Preveri", LockoutEnabled = true, CreateDate = DateTime.UtcNow };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, UserGroups.Editors)).Succeeded);
        }

        var snapshot = browser.Site.Services.GetRequiredService<PublishedSnapshotService>().Current;
        var services = snapshot.All.Where(c => c.ContentType.Alias == "service" && ContactChannels.HasOwn(c, confidential: false))
            .OrderBy(c => c.Key).Skip(culture == "sl-SI" ? 0 : 5).Take(3).ToList();

        // Two of them overdue, so the dashboard lists them.
        await using (var db = browser.Site.Services.GetRequiredService<ICmsDbContextFactory>().Create())
        {
            foreach (var service in services.Skip(1))
            {
                var node = await db.Nodes.SingleAsync(n => n.Key == service.Key);
                var published = ContentData.Deserialize(node.PublishedData!);
                published.SetValue(Review.LastReviewed, string.Empty, "2020-01-01 00:00:00");
                node.PublishedData = published.Serialize();
            }

            await db.SaveChangesAsync();
        }

        await using var context = await browser.NewContextAsync(bypassCsp: true);
        var page = await BackOfficeBrowser.SignInAsync(context, email, Password);
        await using (var db = browser.Site.Services.GetRequiredService<ICmsDbContextFactory>().Create())
        {
            (await db.Users.SingleAsync(u => u.Email == email)).Culture = culture;
            await db.SaveChangesAsync();
        }

        await page.GotoAsync($"/umbraco/content/{services[0].Key}/edit");
        Assert.True(await page.Locator("#review-status").IsVisibleAsync());
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = one, Exact = true }).ClickAsync();
        await page.UntilUrlAsync(url => url.EndsWith("/umbraco/review/confirm", StringComparison.Ordinal));
        Assert.Equal(1, await page.Locator("#confirmed li").CountAsync());
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        // The snapshot is re-read from the database only for changed keys; reload it for the two edited directly.
        await browser.Site.Services.GetRequiredService<NmZaMe.Cms.Changes.ContentCommit>().ReloadAsync();
        await page.GotoAsync("/umbraco");
        foreach (var service in services.Skip(1))
        {
            await page.Locator($"#review-{service.Key}").CheckAsync();
        }

        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = many }).ClickAsync();
        await page.UntilUrlAsync(url => url.EndsWith("/umbraco/review/confirm", StringComparison.Ordinal));
        Assert.Equal(2, await page.Locator("#confirmed li").CountAsync());
    }

    [Fact]
    public async Task The_organisation_editors_home_has_no_axe_violations_in_slovenian_and_english()
    {
        const string email = "moji-vnosi@browser.test";
        var organisation = browser.Site.Services.GetRequiredService<PublishedSnapshotService>().Current.All
            .Where(c => c.ContentType.Alias == "organisation").OrderBy(c => c.Key).First();
        await using (var scope = browser.Site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
            var user = new BackOfficeUser { UserName = email, Email = email, Name = "Društvo", LockoutEnabled = true, CreateDate = DateTime.UtcNow, StartContentKey = organisation.Key };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, UserGroups.OrganisationEditors)).Succeeded);
        }

        await using var context = await browser.NewContextAsync(bypassCsp: true);
        var page = await BackOfficeBrowser.SignInAsync(context, email, Password);
        Assert.Equal("/umbraco/my-entries", await page.GetByRole(AriaRole.Navigation, new() { Name = "Glavni meni" }).GetByRole(AriaRole.Link, new() { Name = "Moji vnosi" }).GetAttributeAsync("href"));
        await page.GotoAsync("/umbraco/my-entries");
        Assert.True(await page.Locator("#my-entries tbody tr").CountAsync() > 0);
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        await using (var db = browser.Site.Services.GetRequiredService<ICmsDbContextFactory>().Create())
        {
            (await db.Users.SingleAsync(u => u.Email == email)).Culture = "en-US";
            await db.SaveChangesAsync();
        }

        await page.GotoAsync("/umbraco/my-entries");
        Assert.Equal("My entries", await page.Locator("h1").InnerTextAsync());
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
    }
}
