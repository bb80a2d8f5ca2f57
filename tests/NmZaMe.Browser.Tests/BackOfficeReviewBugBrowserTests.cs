using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Browser.Tests;

/// <summary>Back-office review bugs that live in the browser (B8 picker search, B22 rich-text toolbar), and axe on the pages the bug fixes changed.</summary>
public sealed class BackOfficeReviewBugBrowserTests(Browser browser) : IClassFixture<Browser>
{
    private PublishedSnapshot Snapshot => browser.Site.Services.GetRequiredService<PublishedSnapshotService>().Current;

    [Fact]
    public async Task B8_B22_picker_search_starts_empty_after_a_pick_and_bold_while_typing_leaves_no_nbsp_and_the_changed_pages_pass_axe()
    {
        await using var context = await browser.NewContextAsync(bypassCsp: true);
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
        var organisation = Snapshot.All.Where(c => c.ContentType.Alias == "organisation").OrderBy(c => c.Name("sl-SI")).ElementAt(2);
        await page.GotoAsync($"/umbraco/content/create?parent={organisation.Key}&type=service");
        await page.WaitForSelectorAsync("#fld-name");

        // B8: after a pick the search box is empty, so the next query is not glued to the last one.
        await page.FillAsync("#fld-f-lifeChallenges-q", "otroci");
        await page.GetByRole(AriaRole.Button, new() { Name = "Izberi: Otroci, mladi in družina" }).ClickAsync();
        await Assertions.Expect(page.Locator("#fld-f-lifeChallenges")).ToContainTextAsync("Otroci, mladi in družina");
        await Assertions.Expect(page.Locator("#fld-f-lifeChallenges-q")).ToHaveValueAsync(string.Empty);
        await page.Locator("#fld-f-lifeChallenges-q").PressSequentiallyAsync("nasil");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Izberi: Nasilje" })).ToBeVisibleAsync();

        // B22: a space typed before switching bold on stays a space in the stored HTML.
        await page.Locator("#fld-f-description-field .rte-area").ClickAsync();
        await page.Keyboard.TypeAsync("Pokličite nas ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Krepko" }).First.ClickAsync();
        await page.Keyboard.TypeAsync("kadarkoli");
        await page.GetByRole(AriaRole.Button, new() { Name = "Krepko" }).First.ClickAsync();
        await page.Keyboard.TypeAsync(" in kjerkoli ");
        var stored = await page.Locator("#fld-f-description-field textarea").InputValueAsync();
        Assert.Contains("kadarkoli", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("&nbsp;", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("\u00a0", stored, StringComparison.Ordinal);

        var violence = Snapshot.All.Single(c => c.ContentType.Alias == "lifeChallenge" && c.Name("sl-SI") == "Nasilje");
        var outside = $"/umbraco/content/{Guid.NewGuid()}/edit";
        foreach (var language in new[] { "Slovenščina", "English" })
        {
            await page.GotoAsync("/umbraco/account/language");
            await page.GetByLabel(language).CheckAsync();
            await page.Locator("main form button[type=submit]").ClickAsync();
            await page.UntilUrlAsync(url => url.Contains("saved=", StringComparison.Ordinal));

            // B17: the trash page lists who still picks the item; B11: the back-office not-found page.
            await page.GotoAsync($"/umbraco/content/{violence.Key}/trash");
            await Assertions.Expect(page.Locator("#used-by li").First).ToBeVisibleAsync();
            await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
            await page.GotoAsync(outside);
            await Assertions.Expect(page.Locator("#not-found")).ToBeVisibleAsync();
            await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
            await page.GotoAsync("/umbraco/content/scheduled");
            await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
        }
    }
}
