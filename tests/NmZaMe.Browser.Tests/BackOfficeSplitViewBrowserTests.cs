using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Users;

namespace NmZaMe.Browser.Tests;

/// <summary>
/// The split view in a real browser (issue 14): opened from the editor, both cultures typed (a block added on the left
/// gets its English text field on the right without a reload), saved and published together; side by side at 1280 px
/// and stacked without sideways scrolling at 320 px, Tab going from a Slovenian field to its English one; axe 0 in the
/// Slovenian and English back office; and the same work done without JavaScript.
/// </summary>
public sealed class BackOfficeSplitViewBrowserTests(Browser browser) : IClassFixture<Browser>
{
    private const string Password = "modra-reka-krka-tece";

    private PublishedSnapshot Snapshot => browser.Site.Services.GetRequiredService<PublishedSnapshotService>().Current;

    [Fact]
    public async Task A_translator_types_both_cultures_side_by_side_and_publishes_both()
    {
        await using var context = await browser.NewContextAsync(bypassCsp: true);
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
        var service = Snapshot.All.Single(c => c.ContentType.Alias == "service" && c.Name("sl-SI") == "Svetovanje v duševni stiski");

        await page.GotoAsync($"/umbraco/content/{service.Key}/edit?culture=sl-SI");
        await page.ClickAsync("#open-split");
        await page.UntilUrlAsync(url => url.Contains($"/umbraco/content/{service.Key}/split?culture=sl-SI&other=en-US", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#col-left-h")).ToContainTextAsync("sl-SI");
        await Assertions.Expect(page.Locator("#col-right-h")).ToContainTextAsync("en-US");
        await Assertions.Expect(page.Locator("#fld-x-contacts-0-label")).ToHaveValueAsync("Samarijan helpline (every day, 24 hours)");
        await Assertions.Expect(page.Locator("#fld-x-contacts-0-label")).Not.ToHaveValueAsync(await page.InputValueAsync("#fld-f-contacts-0-label"));

        // Side by side at 1280, one column at 320 without sideways scrolling; Tab follows the rows.
        var left = (await page.Locator("#fld-name").BoundingBoxAsync())!;
        var right = (await page.Locator("#fld-othername").BoundingBoxAsync())!;
        Assert.Equal(left.Y, right.Y, 1);
        Assert.True(right.X > left.X + left.Width, "the English column is beside the Slovenian one");
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
        await page.SetViewportSizeAsync(320, 900);
        left = (await page.Locator("#fld-name").BoundingBoxAsync())!;
        right = (await page.Locator("#fld-othername").BoundingBoxAsync())!;
        Assert.True(right.Y > left.Y + left.Height, "at 320 px the English field comes below the Slovenian one");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
        await page.SetViewportSizeAsync(1280, 900);
        await page.FocusAsync("#fld-name");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("#fld-othername")).ToBeFocusedAsync();

        // A block added on the left (an in-form action, no reload) gets its English text on the right.
        await page.FillAsync("#fld-name", "Svetovanje v duševni stiski (dopolnjeno)");
        await page.FillAsync("#fld-othername", "Counselling in mental distress (updated)");
        await page.FillAsync("#fld-f-costDetails", "Brez plačila.");
        await page.FillAsync("#fld-x-costDetails", "Free of charge.");
        var blocks = await page.Locator("input[name^='x.contacts.'][name$='.label']").CountAsync();
        await page.ClickAsync("#fld-f-contacts-addbtn");
        await Assertions.Expect(page.Locator("input[name^='x.contacts.'][name$='.label']")).ToHaveCountAsync(blocks + 1);
        await Assertions.Expect(page.Locator("#fld-othername")).ToHaveValueAsync("Counselling in mental distress (updated)");
        await page.FillAsync($"#fld-f-contacts-{blocks}-label", "Dežurni telefon");
        await page.FillAsync($"#fld-f-contacts-{blocks}-phone", "07 393 44 56");
        await page.FillAsync($"#fld-x-contacts-{blocks}-label", "Duty phone");
        await Assertions.Expect(page.Locator("#publish-sl-SI")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#publish-en-US")).ToBeCheckedAsync();
        await page.ClickAsync("#publish");

        await Assertions.Expect(page.Locator("#message")).ToContainTextAsync("Shranjeno in objavljeno.");
        await Assertions.Expect(page.Locator("#status-sl-SI")).ToHaveTextAsync("objavljeno");
        await Assertions.Expect(page.Locator("#status-en-US")).ToHaveTextAsync("objavljeno");
        await Assertions.Expect(page.Locator($"#fld-x-contacts-{blocks}-label")).ToHaveValueAsync("Duty phone");
        var live = Snapshot.Get(service.Key)!;
        Assert.Equal("Svetovanje v duševni stiski (dopolnjeno)", live.Name("sl-SI"));
        Assert.Equal("Counselling in mental distress (updated)", live.Name("en-US"));

        await page.ClickAsync("#close-split");
        await page.UntilUrlAsync(url => url.Contains($"/umbraco/content/{service.Key}/edit?culture=sl-SI", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_split_view_has_no_axe_violations_in_the_english_back_office_and_works_without_javascript()
    {
        await using (var scope = browser.Site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
            var user = new BackOfficeUser { UserName = "split-en@browser.test", Email = "split-en@browser.test", Name = "split-en", Culture = "sl-SI", LockoutEnabled = true, CreateDate = DateTime.UtcNow };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, UserGroups.Administrators)).Succeeded);
        }

        var organisation = Snapshot.All.First(c => c.ContentType.Alias == "organisation" && c.Name("en-US") is not null);
        await using (var context = await browser.NewContextAsync(bypassCsp: true))
        {
            var page = await BackOfficeBrowser.SignInAsync(context, "split-en@browser.test", Password);
            await using (var scope = browser.Site.Services.CreateAsyncScope())
            {
                var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
                var user = (await users.FindByEmailAsync("split-en@browser.test"))!;
                user.Culture = "en-US";
                await users.UpdateAsync(user);
            }

            await page.GotoAsync($"/umbraco/content/{organisation.Key}/split?culture=sl-SI&other=en-US");
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Split view");
            await Assertions.Expect(page.Locator("#close-split")).ToHaveTextAsync("Close split view");
            foreach (var width in new[] { 320, 1280 })
            {
                await page.SetViewportSizeAsync(width, 900);
                await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
            }

            // With a field error in the English column.
            await page.FillAsync("#fld-othername", new string('a', 300));
            await page.ClickAsync("#save");
            await Assertions.Expect(page.Locator("#fld-othername-err")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#fld-name-err")).ToHaveCountAsync(0);
            await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
        }

        await using (var context = await browser.NewContextAsync(javaScript: false))
        {
            var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
            await page.GotoAsync($"/umbraco/content/{organisation.Key}/split?culture=sl-SI&other=en-US");
            await page.FillAsync("#fld-othername", "Organisation without script");
            var blocks = await page.Locator("input[name^='x.contacts.'][name$='.label']").CountAsync();
            await page.ClickAsync("#fld-f-contacts-addbtn");
            await Assertions.Expect(page.Locator("input[name^='x.contacts.'][name$='.label']")).ToHaveCountAsync(blocks + 1);
            await Assertions.Expect(page.Locator("#fld-othername")).ToHaveValueAsync("Organisation without script");
            await page.FillAsync($"#fld-f-contacts-{blocks}-label", "Tajništvo");
            await page.FillAsync($"#fld-f-contacts-{blocks}-phone", "07 393 44 57");
            await page.FillAsync($"#fld-x-contacts-{blocks}-label", "Secretariat");
            await page.ClickAsync("#save");
            await Assertions.Expect(page.Locator("#message")).ToContainTextAsync("Shranjeno.");
            await Assertions.Expect(page.Locator("#fld-othername")).ToHaveValueAsync("Organisation without script");
            await Assertions.Expect(page.Locator($"#fld-x-contacts-{blocks}-label")).ToHaveValueAsync("Secretariat");
            await Assertions.Expect(page.Locator($"#fld-f-contacts-{blocks}-label")).ToHaveValueAsync("Tajništvo");
        }
    }
}
