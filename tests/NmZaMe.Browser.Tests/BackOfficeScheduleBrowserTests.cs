using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Browser.Tests;

/// <summary>The schedule, redirects and preview pages in a real browser, with axe-core on each.</summary>
public sealed class BackOfficeScheduleBrowserTests(Browser browser) : IClassFixture<Browser>
{
    private PublishedSnapshot Snapshot => browser.Site.Services.GetRequiredService<PublishedSnapshotService>().Current;

    [Fact]
    public async Task The_schedule_page_refuses_a_past_time_accepts_a_future_one_and_has_no_axe_violations()
    {
        var service = Snapshot.All.Where(c => c.ContentType.Alias == "service").Skip(1).First();
        await using var context = await browser.NewContextAsync(1280, 900, bypassCsp: true);
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
        await page.GotoAsync($"/umbraco/content/{service.Key}/schedule");
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        await page.GetByLabel("Objavi ob").First.FillAsync("2020-01-01T08:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Shrani načrt" }).ClickAsync();
        Assert.True(await page.GetByText("Čas objave mora biti v prihodnosti.").First.IsVisibleAsync());
        Assert.Equal("2020-01-01T08:00", await page.GetByLabel("Objavi ob").First.InputValueAsync());
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        await page.GetByLabel("Objavi ob").First.FillAsync($"{DateTime.UtcNow.Year + 1}-01-01T08:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Shrani načrt" }).ClickAsync();
        Assert.True(await page.Locator("#message").IsVisibleAsync());
        Assert.Equal(1, await page.Locator("#pending tbody tr").CountAsync());
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        await page.GotoAsync("/umbraco/content/scheduled");
        Assert.True(await page.Locator("#scheduled").GetByText(service.Name("sl-SI")!).IsVisibleAsync());
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
    }

    [Fact]
    public async Task The_redirects_page_lists_an_old_address_and_has_no_axe_violations()
    {
        var service = Snapshot.All.Where(c => c.ContentType.Alias == "service").Skip(2).First();
        var oldRoute = Snapshot.Route(service, "sl-SI")!;
        await RenameAndPublishAsync(service.Key, "Storitev z novim imenom");
        await using var context = await browser.NewContextAsync(1280, 900, bypassCsp: true);
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);

        await page.GotoAsync("/umbraco/redirects");
        Assert.True(await page.Locator("#redirects").GetByText("/sl" + oldRoute).IsVisibleAsync());
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        await page.GetByLabel("Filtriraj po naslovu ali vsebini").FillAsync("ni-takega");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtriraj" }).ClickAsync();
        Assert.True(await page.Locator("#no-redirects").IsVisibleAsync());
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        var response = await page.GotoAsync("/sl" + oldRoute);
        Assert.EndsWith("/storitev-z-novim-imenom/", page.Url, StringComparison.Ordinal);
        Assert.Equal(200, response!.Status);
    }

    [Fact]
    public async Task The_preview_shows_a_draft_change_with_its_banner()
    {
        var service = Snapshot.All.Where(c => c.ContentType.Alias == "service").Skip(3).First();
        await using (var scope = browser.Site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var saved = await new SaveContent(db, Snapshot.Schema).ExecuteAsync(new SaveContentCommand(service.Key, null, "service",
                new Dictionary<string, string>(), new Dictionary<string, IReadOnlyDictionary<string, string?>>
                {
                    ["summary"] = new Dictionary<string, string?> { ["sl-SI"] = "Povzetek v osnutku za predogled." },
                }));
            Assert.True(saved.Succeeded);
        }

        await using var context = await browser.NewContextAsync(1280, 900, bypassCsp: true);
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
        await page.GotoAsync($"/umbraco/preview/{service.Key}?culture=sl-SI");

        Assert.True(await page.GetByText("Povzetek v osnutku za predogled.").First.IsVisibleAsync());
        Assert.True(await page.GetByText("Predogled osnutka — ni objavljeno").IsVisibleAsync());
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
        await page.GotoAsync("/sl" + Snapshot.Route(service, "sl-SI"));
        Assert.Equal(0, await page.GetByText("Povzetek v osnutku za predogled.").CountAsync());
    }

    private async Task RenameAndPublishAsync(Guid key, string name)
    {
        await using var scope = browser.Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var saved = await new SaveContent(db, Snapshot.Schema).ExecuteAsync(new SaveContentCommand(key, null, "service",
            new Dictionary<string, string> { ["sl-SI"] = name }, new Dictionary<string, IReadOnlyDictionary<string, string?>>()));
        Assert.True(saved.Succeeded);
        var published = await new PublishContent(db, Snapshot.Schema, browser.Site.Services.GetRequiredService<ContentCommit>()).ExecuteAsync(key, ["sl-SI"]);
        Assert.True(published.Succeeded);
    }
}
