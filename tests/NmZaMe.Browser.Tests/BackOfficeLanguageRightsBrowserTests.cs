using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NmZaMe.Cms.Users;

namespace NmZaMe.Browser.Tests;

/// <summary>
/// Language permissions in a real browser (issue 14): the group page with its Languages and media start folder, and the
/// editor showing a culture the editor may only read, with axe in Slovenian and English at 320 and 1280 px.
/// </summary>
public sealed class BackOfficeLanguageRightsBrowserTests(Browser browser) : IClassFixture<Browser>
{
    private const string Password = "modra-reka-krka-tece";

    [Fact]
    public async Task The_group_page_and_a_read_only_culture_in_the_editor_have_no_axe_violations_in_both_languages()
    {
        Guid translators;
        await using (var scope = browser.Site.Services.CreateAsyncScope())
        {
            var groups = scope.ServiceProvider.GetRequiredService<RoleManager<UserGroup>>();
            var group = new UserGroup { Name = "translators", DisplayName = "Prevajalci", Languages = "en-US" };
            Assert.True((await groups.CreateAsync(group)).Succeeded);
            foreach (var permission in new[] { Permissions.ContentBrowse, Permissions.ContentEdit })
            {
                Assert.True((await groups.AddClaimAsync(group, new Claim(Permissions.ClaimType, permission))).Succeeded);
            }

            translators = group.Id;
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
            foreach (var (email, culture, memberOf) in new[]
                     {
                         ("prevajalka@browser.test", "sl-SI", "translators"), ("translator@browser.test", "en-US", "translators"),
                         // Signs in (and sets up 2FA) in Slovenian, then reads in English.
                         ("admin-en@browser.test", "sl-SI", UserGroups.Administrators),
                     })
            {
                var user = new BackOfficeUser { UserName = email, Email = email, Name = email.Split('@')[0], Culture = culture, LockoutEnabled = true, CreateDate = DateTime.UtcNow };
                Assert.True((await users.CreateAsync(user, Password)).Succeeded);
                Assert.True((await users.AddToRoleAsync(user, memberOf)).Succeeded);
            }
        }

        var service = browser.Site.Services.GetRequiredService<NmZaMe.Cms.PublishedCache.PublishedSnapshotService>().Current.All
            .First(c => c.ContentType.Alias == "service" && c.Name("en-US") is not null);

        foreach (var (admin, password, note) in new[] { (SiteServer.AdminEmail, SiteServer.AdminPassword, "Dovoli dostop do vseh jezikov"), ("admin-en@browser.test", Password, "Allow access to all languages") })
        {
            await using var context = await browser.NewContextAsync(bypassCsp: true);
            var page = await BackOfficeBrowser.SignInAsync(context, admin, password);
            if (admin != SiteServer.AdminEmail)
            {
                await using var scope = browser.Site.Services.CreateAsyncScope();
                var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
                var user = (await users.FindByEmailAsync(admin))!;
                user.Culture = "en-US";
                await users.UpdateAsync(user);
            }

            await page.GotoAsync($"/umbraco/users/groups/{translators}");
            await Assertions.Expect(page.GetByLabel(note)).Not.ToBeCheckedAsync();
            await Assertions.Expect(page.Locator("input[name=Languages][value=en-US]")).ToBeCheckedAsync();
            await AxeAtBothWidthsAsync(page);
        }

        foreach (var (email, note) in new[] { ("prevajalka@browser.test", "Ta jezik (sl-SI) lahko samo berete"), ("translator@browser.test", "You can only read this language (sl-SI)") })
        {
            await using var context = await browser.NewContextAsync(bypassCsp: true);
            var page = await BackOfficeBrowser.SignInAsync(context, email, Password);
            await page.GotoAsync($"/umbraco/content/{service.Key}/edit?culture=sl-SI");
            await Assertions.Expect(page.Locator("#culture-read-only")).ToContainTextAsync(note);
            await Assertions.Expect(page.Locator("#fld-name")).ToBeDisabledAsync();
            await Assertions.Expect(page.Locator("#save")).ToBeDisabledAsync();
            await AxeAtBothWidthsAsync(page);

            await page.GotoAsync($"/umbraco/content/{service.Key}/edit?culture=en-US");
            await Assertions.Expect(page.Locator("#fld-name")).ToBeEnabledAsync();
            await Assertions.Expect(page.Locator("#shared-read-only")).ToBeVisibleAsync();
            await AxeAtBothWidthsAsync(page);
        }
    }

    private static async Task AxeAtBothWidthsAsync(IPage page)
    {
        foreach (var width in new[] { 320, 1280 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
        }
    }
}
