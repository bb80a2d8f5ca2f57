using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Browser.Tests;

/// <summary>The recycle bin and version rollback in a real browser, with axe on every page of the history feature.</summary>
public sealed class BackOfficeHistoryBrowserTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task Trash_an_item_and_restore_it_from_the_recycle_bin()
    {
        var (service, organisation) = ServiceWithParent(skip: 0);
        var name = service.Name("sl-SI")!;
        await using var context = await browser.NewContextAsync(bypassCsp: true);
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);

        await page.GotoAsync($"/umbraco/content/{service.Key}");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Dejanja z vsebino" }).GetByRole(AriaRole.Link, new() { Name = "V koš" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Premakni v koš" }).ClickAsync();
        await page.UntilUrlAsync(url => url.EndsWith($"/umbraco/content/{organisation.Key}", StringComparison.Ordinal));
        Assert.Null(browser.Site.Services.GetRequiredService<PublishedSnapshotService>().Current.Get(service.Key));

        await page.GetByRole(AriaRole.Link, new() { Name = "Koš", Exact = true }).First.ClickAsync();
        await page.UntilUrlAsync(url => url.EndsWith("/umbraco/recycle-bin", StringComparison.Ordinal));
        var row = page.Locator("#recycle-bin tr", new() { HasText = name });
        Assert.True(await row.GetByText(organisation.Name("sl-SI")!).IsVisibleAsync());
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        await row.GetByRole(AriaRole.Link, new() { Name = $"Obnovi »{name}«" }).ClickAsync();
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Obnovi na prvotno mesto: {organisation.Name("sl-SI")}" }).ClickAsync();
        await page.UntilUrlAsync(url => url.Contains("/umbraco/recycle-bin?done=restored", StringComparison.Ordinal));
        Assert.True(await page.GetByRole(AriaRole.Status).GetByText("Vsebina je obnovljena.").IsVisibleAsync());
        Assert.Equal(0, await page.Locator("#recycle-bin tr", new() { HasText = name }).CountAsync());

        await page.GotoAsync($"/umbraco/content/{organisation.Key}");
        Assert.True(await page.Locator("#children").GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).IsVisibleAsync());
        await page.GotoAsync($"/umbraco/content/{service.Key}/history");
        Assert.True(await page.Locator("#audit").GetByText("Obnovljeno iz koša").IsVisibleAsync());
        Assert.True(await page.Locator("#audit").GetByText("Premaknjeno v koš").IsVisibleAsync());
    }

    [Fact]
    public async Task Compare_a_version_and_roll_back()
    {
        var (service, _) = ServiceWithParent(skip: 1);
        await SaveSummaryAsync(service.Key, "Povzetek prve različice");
        await SaveSummaryAsync(service.Key, "Povzetek druge različice");
        await using var context = await browser.NewContextAsync(bypassCsp: true);
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);

        await page.GotoAsync($"/umbraco/content/{service.Key}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Zgodovina" }).ClickAsync();
        await page.UntilUrlAsync(url => url.EndsWith($"/umbraco/content/{service.Key}/history", StringComparison.Ordinal));
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        // Versions are newest first: the second link is the first save.
        await page.Locator("#versions").GetByRole(AriaRole.Link).Nth(1).ClickAsync();
        await page.UntilUrlAsync(url => url.Contains("/versions/", StringComparison.Ordinal));
        var changed = page.Locator("tr.changed", new() { HasText = "summary" });
        Assert.True(await changed.GetByText("Povzetek prve različice").IsVisibleAsync());
        Assert.True(await changed.GetByText("Povzetek druge različice").IsVisibleAsync());
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Povrni to različico" }).ClickAsync();
        await page.UntilUrlAsync(url => url.Contains("/history?rolledBack=", StringComparison.Ordinal));
        Assert.True(await page.GetByRole(AriaRole.Status).IsVisibleAsync());
        Assert.True(await page.Locator("#audit tr", new() { HasText = "Povrnjeno na starejšo različico" }).First.IsVisibleAsync());
        await using var db = browser.Site.Services.GetRequiredService<ICmsDbContextFactory>().Create();
        var draft = ContentData.Deserialize(await db.Nodes.Where(n => n.Key == service.Key).Select(n => n.DraftData).FirstAsync());
        Assert.Equal("Povzetek prve različice", draft.Value("summary", "sl-SI"));
    }

    [Theory]
    [InlineData("move")]
    [InlineData("copy")]
    [InlineData("sort")]
    [InlineData("trash")]
    public async Task Tree_action_pages_have_no_axe_violations(string action)
    {
        var (_, organisation) = ServiceWithParent(skip: 2);
        await using var context = await browser.NewContextAsync(bypassCsp: true);
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
        await page.GotoAsync($"/umbraco/content/{organisation.Key}/{action}");
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
    }

    [Fact]
    public async Task Sorting_with_the_buttons_works_without_script_and_the_bin_page_is_accessible_when_empty()
    {
        var (_, organisation) = ServiceWithParent(skip: 3);
        await using var context = await browser.NewContextAsync(javaScript: false);
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
        await page.GotoAsync($"/umbraco/content/{organisation.Key}/sort");
        var rows = page.Locator("#sort-rows tbody th");
        var first = await rows.Nth(0).InnerTextAsync();
        var second = await rows.Nth(1).InnerTextAsync();
        await page.Locator("#sort-rows tbody tr").Nth(0).GetByRole(AriaRole.Button, new() { Name = "Dol" }).ClickAsync();
        Assert.Equal(second, await rows.Nth(0).InnerTextAsync());
        Assert.Equal(first, await rows.Nth(1).InnerTextAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Shrani vrstni red" }).First.ClickAsync();
        await page.UntilUrlAsync(url => url.Contains("/sort?saved=1", StringComparison.Ordinal));
        Assert.Equal(second, await rows.Nth(0).InnerTextAsync());
        var children = browser.Site.Services.GetRequiredService<PublishedSnapshotService>().Current.ChildrenOf(organisation.Key);
        Assert.StartsWith(children.OrderBy(c => c.SortOrder).First().Name("sl-SI")!, second, StringComparison.Ordinal);
    }

    private (PublishedContent Service, PublishedContent Organisation) ServiceWithParent(int skip)
    {
        var snapshot = browser.Site.Services.GetRequiredService<PublishedSnapshotService>().Current;
        var organisation = snapshot.All.Where(c => c.ContentType.Alias == "organisation" && snapshot.ChildrenOf(c.Key).Length >= 2)
            .OrderBy(c => c.Key).Skip(skip).First();
        return (snapshot.ChildrenOf(organisation.Key).OrderBy(c => c.Key).First(), organisation);
    }

    private async Task SaveSummaryAsync(Guid key, string summary)
    {
        var snapshots = browser.Site.Services.GetRequiredService<PublishedSnapshotService>();
        await using var db = browser.Site.Services.GetRequiredService<ICmsDbContextFactory>().Create();
        var result = await new SaveContent(db, snapshots.Current.Schema).ExecuteAsync(new SaveContentCommand(key, null, "service", new Dictionary<string, string>(),
            new Dictionary<string, IReadOnlyDictionary<string, string?>> { ["summary"] = new Dictionary<string, string?> { ["sl-SI"] = summary } }, UserName: "admin@browser.test"));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Values));
    }
}
