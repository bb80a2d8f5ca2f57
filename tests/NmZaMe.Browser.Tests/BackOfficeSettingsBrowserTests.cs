using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;

namespace NmZaMe.Browser.Tests;

/// <summary>axe-core and real use of the dashboard, settings, export, group editing and the English back office.</summary>
public sealed class BackOfficeSettingsBrowserTests(Browser browser) : IClassFixture<Browser>
{
    private const string Password = "modra-reka-krka-tece";

    [Fact]
    public async Task Dashboard_with_all_four_lists_has_no_axe_violations()
    {
        var service = browser.Site.Services.GetRequiredService<NmZaMe.Cms.PublishedCache.PublishedSnapshotService>().Current.All
            .First(c => c.ContentType.Alias == "service");
        await using (var db = browser.Site.Services.GetRequiredService<ICmsDbContextFactory>().Create())
        {
            var node = await db.Nodes.SingleAsync(n => n.Key == service.Key);
            db.AuditEntries.Add(new AuditEntryRecord { NodeKey = service.Key, Date = DateTime.UtcNow, UserName = "pisec@browser.test", Action = "Save" });
            db.ContentSchedules.Add(new ContentScheduleRecord { NodeId = node.Id, Culture = "sl-SI", Action = ScheduleAction.Publish, Date = DateTime.UtcNow.AddDays(2) });
            node.ApprovalRequestedBy = "pisec@browser.test";
            node.ApprovalRequestedAt = DateTime.UtcNow;
            await db.SaveChangesAsync();
        }

        await using var context = await browser.NewContextAsync(bypassCsp: true);
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
        await page.GotoAsync("/umbraco");
        foreach (var list in new[] { "#needs-review", "#recently-changed", "#scheduled", "#awaiting-approval" })
        {
            Assert.True(await page.Locator($"{list} tbody tr").CountAsync() > 0, $"{list} is empty.");
        }

        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
        await page.Locator("#awaiting-approval a").First.ClickAsync();
        await page.UntilUrlAsync(url => url.Contains($"/umbraco/content/{service.Key}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Settings_pages_have_no_axe_violations_and_link_to_each_other()
    {
        await using var context = await browser.NewContextAsync(bypassCsp: true);
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Glavni meni" }).GetByRole(AriaRole.Link, new() { Name = "Nastavitve" }).ClickAsync();
        await page.UntilUrlAsync(url => url.EndsWith("/umbraco/settings", StringComparison.Ordinal));
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        await page.Locator("a[href='/umbraco/settings/document-types/service']").ClickAsync();
        await page.UntilUrlAsync(url => url.EndsWith("/document-types/service", StringComparison.Ordinal));
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        await page.Locator("a[href^='/umbraco/settings/data-types/']").First.ClickAsync();
        await page.UntilUrlAsync(url => url.Contains("/umbraco/settings/data-types/", StringComparison.Ordinal));
        Assert.True(await page.Locator("#configuration").IsVisibleAsync());
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
    }

    [Fact]
    public async Task Export_page_downloads_a_zip_and_has_no_axe_violations()
    {
        await using var context = await browser.NewContextAsync(bypassCsp: true);
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
        await page.GotoAsync("/umbraco/settings/export");
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Izvozi shemo in vsebino" }).ClickAsync());
        Assert.EndsWith(".zip", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        using var zip = System.IO.Compression.ZipFile.OpenRead(path!);
        Assert.Contains(zip.Entries, e => e.FullName == "v17/usync.config");
        Assert.Contains(zip.Entries, e => e.FullName.StartsWith("v17/Content/", StringComparison.Ordinal));

        // Writing into the server's folder is not offered without the confirmation.
        await page.GetByRole(AriaRole.Button, new() { Name = "Zapiši v mapo uSync" }).ClickAsync();
        Assert.True(await page.GetByText("Potrdite, da se datoteke vsebine v mapi uSync prepišejo.").IsVisibleAsync());
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
    }

    [Fact]
    public async Task Group_edit_page_finds_a_start_node_and_has_no_axe_violations()
    {
        Guid groupId;
        await using (var scope = browser.Site.Services.CreateAsyncScope())
        {
            groupId = (await scope.ServiceProvider.GetRequiredService<RoleManager<UserGroup>>().FindByNameAsync(UserGroups.OrganisationEditors))!.Id;
        }

        await using var context = await browser.NewContextAsync(bypassCsp: true);
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
        await page.GotoAsync($"/umbraco/users/groups/{groupId}");
        await page.GetByLabel("Poišči začetno vozlišče po imenu").FillAsync("Društvo");
        await page.GetByRole(AriaRole.Search, new() { Name = "Iskanje začetnega vozlišča" }).GetByRole(AriaRole.Button, new() { Name = "Išči" }).ClickAsync();
        await page.UntilUrlAsync(url => url.Contains("?q=", StringComparison.Ordinal));
        var choices = page.Locator("#start-node input[type=radio]");
        Assert.True(await choices.CountAsync() > 1, "No search results.");
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        await choices.Nth(1).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Shrani", Exact = true }).ClickAsync();
        await page.UntilUrlAsync(url => url.Contains("saved=", StringComparison.Ordinal));
        Assert.True(await page.Locator("#message").IsVisibleAsync());
        Assert.True(await page.Locator("#start-node input[type=radio]:checked").GetAttributeAsync("value") is { Length: > 0 });
    }

    [Fact]
    public async Task User_edit_page_with_start_node_and_language_has_no_axe_violations()
    {
        Guid id;
        await using (var scope = browser.Site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
            var user = new BackOfficeUser { UserName = "urednica@browser.test", Email = "urednica@browser.test", Name = "Urednica", LockoutEnabled = true, CreateDate = DateTime.UtcNow };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            id = user.Id;
        }

        await using var context = await browser.NewContextAsync(bypassCsp: true);
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
        await page.GotoAsync($"/umbraco/users/{id}?q=Pisarna");
        Assert.True(await page.Locator("#start-node input[type=radio]").CountAsync() > 1, "No search results.");
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
        await page.GetByLabel("Jezik", new() { Exact = true }).SelectOptionAsync("en-US");
        await page.GetByRole(AriaRole.Button, new() { Name = "Shrani jezik" }).ClickAsync();
        Assert.True(await page.GetByText("Jezik je shranjen.").IsVisibleAsync());
    }

    [Fact]
    public async Task A_user_switches_to_english_and_the_pages_are_english_without_axe_violations()
    {
        await using (var scope = browser.Site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
            var user = new BackOfficeUser { UserName = "english@browser.test", Email = "english@browser.test", Name = "Editor", LockoutEnabled = true, CreateDate = DateTime.UtcNow };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, UserGroups.Editors)).Succeeded);
        }

        await using var context = await browser.NewContextAsync(bypassCsp: true);
        var page = await BackOfficeBrowser.SignInAsync(context, "english@browser.test", Password);
        await page.GotoAsync("/umbraco/account/language");
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
        await page.GetByLabel("English").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Shrani" }).ClickAsync();
        await page.UntilUrlAsync(url => url.Contains("saved=", StringComparison.Ordinal));
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.True(await page.GetByText("The language has been saved.").IsVisibleAsync());

        await page.GotoAsync("/umbraco");
        Assert.Equal("Dashboard", await page.Locator("h1").InnerTextAsync());
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
        await page.GotoAsync("/umbraco/settings");
        Assert.Equal("Settings", await page.Locator("h1").InnerTextAsync());
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
    }
}
