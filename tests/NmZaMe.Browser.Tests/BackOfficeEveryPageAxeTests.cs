using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Users;

namespace NmZaMe.Browser.Tests;

/// <summary>
/// Issue 14's proof: axe 0 on every kind of back-office page, with the back office in Slovenian and in English, on a
/// desktop and at 320 px. The same page kinds as <c>EnglishBackOfficeTests</c> walks for Slovenian words; pages that
/// need a key of something made at run time (a media item, a user, a group, a data type) take it from the
/// link the back office itself shows. Every violation of every page is gathered before the test fails, so one run
/// names them all.
/// </summary>
public sealed partial class BackOfficeEveryPageAxeTests(Browser browser) : IClassFixture<Browser>
{
    private const string Password = "modra-reka-krka-tece";

    private PublishedSnapshot Snapshot => browser.Site.Services.GetRequiredService<PublishedSnapshotService>().Current;

    [Theory]
    [InlineData("sl-SI")]
    [InlineData("en-US")]
    public async Task Every_kind_of_back_office_page_has_no_axe_violations(string culture)
    {
        // A user of its own: the shared administrator's language must not change under other tests.
        var email = $"axe-{culture.ToLowerInvariant()}@browser.test";
        await using (var scope = browser.Site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
            var user = new BackOfficeUser { UserName = email, Email = email, Name = "axe " + culture, Culture = "sl-SI", LockoutEnabled = true, CreateDate = DateTime.UtcNow };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, UserGroups.Administrators)).Succeeded);
        }

        await using var context = await browser.NewContextAsync(1280, 900, bypassCsp: true);
        var page = await BackOfficeBrowser.SignInAsync(context, email, Password);
        await using (var scope = browser.Site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            user.Culture = culture;
            await users.UpdateAsync(user);
        }

        var all = Snapshot.All;
        Guid Of(string alias) => all.First(c => c.ContentType.Alias == alias).Key;
        var service = Of("service");
        var organisation = Of("organisation");
        List<string> pages =
        [
            "/umbraco", "/umbraco/content", $"/umbraco/content/{service}", $"/umbraco/content/{service}/edit",
            $"/umbraco/content/{organisation}/edit", $"/umbraco/content/{Of("lifeChallenge")}/edit", $"/umbraco/content/{service}/history",
            $"/umbraco/content/{service}/move", $"/umbraco/content/{service}/copy", $"/umbraco/content/{service}/split",
            $"/umbraco/content/{service}/schedule", $"/umbraco/content/{service}/trash", "/umbraco/content/create", "/umbraco/content/approvals",
            "/umbraco/content/scheduled", "/umbraco/media", "/umbraco/media/upload", "/umbraco/settings",
            "/umbraco/settings/document-types/service", "/umbraco/settings/export", "/umbraco/settings/mail", "/umbraco/settings/webhooks",
            "/umbraco/settings/webhooks/edit", "/umbraco/users", "/umbraco/users/create", "/umbraco/users/groups",
            "/umbraco/users/invitations", "/umbraco/users/invite", "/umbraco/recycle-bin", "/umbraco/redirects", "/umbraco/insights",
            "/umbraco/requests", "/umbraco/my-entries", "/umbraco/corrections", "/umbraco/spreadsheets/export", "/umbraco/spreadsheets/import",
            "/umbraco/search?q=dom", $"/umbraco/content/{organisation}/list", "/umbraco/account/language", "/umbraco/account/password",
            $"/umbraco/content/{organisation}/sort", "/umbraco/content/sort", $"/umbraco/content/{Of("lifeChallenge")}/trash", "/umbraco/recycle-bin/empty",
            "/umbraco/access-denied", "/umbraco/status/404", "/umbraco/status/500",
        ];
        await page.GotoAsync("/umbraco");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture[..2]);
        var problems = new List<string>();
        // The seed's items have no saved version yet: a save makes one, so the version page can be checked too.
        await page.GotoAsync($"/umbraco/content/{service}/edit");
        await page.ClickAsync("#save");
        await Assertions.Expect(page.Locator("#message")).ToBeVisibleAsync();
        await using (var db = browser.Site.Services.GetRequiredService<ICmsDbContextFactory>().Create())
        {
            var version = await db.ContentVersions.Join(db.Nodes.Where(n => n.Key == service), v => v.NodeId, n => n.Id, (v, n) => v.Id).FirstAsync();
            pages.Add($"/umbraco/content/{service}/versions/{version}");
        }

        // An item in the recycle bin (another one in each language's run), so its restore and delete pages are checked too.
        var trashed = all.Last(c => c.ContentType.Alias == "service" && c.Key != service && Snapshot.ChildrenOf(c.Key).Length == 0).Key;
        await page.GotoAsync($"/umbraco/content/{trashed}/trash");
        await page.Locator("main form[method=post] button[type=submit]").ClickAsync();
        await page.UntilUrlAsync(url => !url.EndsWith("/trash", StringComparison.Ordinal));
        pages.AddRange([$"/umbraco/recycle-bin/{trashed}/restore", $"/umbraco/recycle-bin/{trashed}/delete"]);

        pages.AddRange(await CitizenAndWebhookPagesAsync(service));
        await AddLinkedAsync(page, pages, problems, "/umbraco/corrections", CorrectionLink());
        await AddLinkedAsync(page, pages, problems, "/umbraco/requests", RequestLink());
        await AddLinkedAsync(page, pages, problems, "/umbraco/media", MediaLink());
        await AddLinkedAsync(page, pages, problems, "/umbraco/users", UserLink());
        await AddLinkedAsync(page, pages, problems, "/umbraco/users/groups", GroupLink());
        await AddLinkedAsync(page, pages, problems, "/umbraco/settings", DataTypeLink());
        foreach (var path in pages)
        {
            var response = await page.GotoAsync(path);
            // The access-denied and status pages answer the code they stand for.
            if (response is null || !response.Ok && !path.StartsWith("/umbraco/status/", StringComparison.Ordinal) && path != "/umbraco/access-denied")
            {
                problems.Add($"{path}: HTTP {response?.Status}");
                continue;
            }

            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Browser.AxeScript });
            foreach (var width in new[] { 1280, 320 })
            {
                await page.SetViewportSizeAsync(width, 900);
                var found = await page.EvaluateAsync<JsonElement>(BackOfficeBrowser.RunAxe);
                problems.AddRange(found.EnumerateArray().Select(v => $"{path} at {width} px: {v.GetString()}"));
            }

            await page.SetViewportSizeAsync(1280, 900);
        }

        Assert.True(problems.Count == 0, $"{culture}, {pages.Count} pages:\n" + string.Join("\n", problems));
    }

    /// <summary>Adds the first link on <paramref name="listPath"/> whose address matches, so the page kind is covered.</summary>
    private static async Task AddLinkedAsync(IPage page, List<string> pages, List<string> problems, string listPath, Regex link)
    {
        await page.GotoAsync(listPath);
        var hrefs = await page.Locator("a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        if (hrefs.FirstOrDefault(h => link.IsMatch(h)) is { } href)
        {
            pages.Add(href);
        }
        else
        {
            problems.Add($"{listPath}: no link like {link} (hrefs: {string.Join(" ", hrefs.Where(h => h.StartsWith("/umbraco/", StringComparison.Ordinal)).Distinct().Take(40))})");
        }
    }

    [GeneratedRegex(@"^/umbraco/media/[0-9a-f-]{36}$")]
    private static partial Regex MediaLink();

    [GeneratedRegex(@"^/umbraco/users/[0-9a-f-]+$")]
    private static partial Regex UserLink();

    [GeneratedRegex(@"^/umbraco/users/groups/[0-9a-f-]{36}$")]
    private static partial Regex GroupLink();

    [GeneratedRegex(@"^/umbraco/settings/data-types/[0-9a-f-]{36}$")]
    private static partial Regex DataTypeLink();

    [GeneratedRegex(@"^/umbraco/corrections/[0-9a-f-]{36}$")]
    private static partial Regex CorrectionLink();

    [GeneratedRegex(@"^/umbraco/requests/[0-9a-f-]{36}$")]
    private static partial Regex RequestLink();
}
