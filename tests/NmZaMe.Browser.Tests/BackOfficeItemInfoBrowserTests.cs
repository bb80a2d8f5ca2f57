using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Users;

namespace NmZaMe.Browser.Tests;

/// <summary>The item page with its info panel (public URLs, dates, referenced by), in Slovenian and English, narrow and wide: axe finds nothing.</summary>
public sealed class BackOfficeItemInfoBrowserTests(Browser browser) : IClassFixture<Browser>
{
    private const string Password = "modra-reka-krka-tece";

    private PublishedSnapshot Snapshot => browser.Site.Services.GetRequiredService<PublishedSnapshotService>().Current;

    [Fact]
    public async Task The_item_page_with_its_info_panel_has_no_axe_violations_in_slovenian_and_english_at_320_and_1280_px()
    {
        // An editor of their own, since the test switches the back office's language for its user.
        var email = $"info{Guid.NewGuid():N}@example.si";
        await using (var scope = browser.Site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
            var user = new BackOfficeUser { UserName = email, Email = email, Name = "Urednik", LockoutEnabled = true, CreateDate = DateTime.UtcNow };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, UserGroups.Editors)).Succeeded);
        }

        var challenge = Snapshot.All.First(c => c.ContentType.Alias == "lifeChallenge" && c.Name("sl-SI") == "Nasilje");
        var organisation = Snapshot.All.First(c => c.ContentType.Alias == "organisation" && Snapshot.ChildrenOf(c.Key).Length > 0);
        foreach (var (language, heading) in new[] { ("Slovenščina", "Podatki o vsebini"), ("English", "Info") })
        {
            foreach (var width in new[] { 320, 1280 })
            {
                await using var context = await browser.NewContextAsync(width: width, bypassCsp: true);
                var page = await BackOfficeBrowser.SignInAsync(context, email, Password);
                if (width == 320)
                {
                    await page.GotoAsync("/umbraco/account/language");
                    await page.GetByLabel(language).CheckAsync();
                    await page.Locator("main form button[type=submit]").ClickAsync();
                    await page.UntilUrlAsync(url => url.Contains("saved=", StringComparison.Ordinal));
                }

                foreach (var key in new[] { challenge.Key, organisation.Key })
                {
                    await page.GotoAsync($"/umbraco/content/{key}/edit?culture=sl-SI");
                    await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true })).ToBeVisibleAsync();
                    await Assertions.Expect(page.Locator("#item-urls a").First).ToBeVisibleAsync();
                    await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
                }

                await Assertions.Expect(page.Locator("#publish-branch")).ToBeVisibleAsync();
            }
        }
    }
}
