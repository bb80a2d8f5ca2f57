using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Users;

namespace NmZaMe.Browser.Tests;

/// <summary>The content editor in a real browser: create and publish, approval, keyboard use of blocks, axe.</summary>
public sealed class BackOfficeEditorBrowserTests(Browser browser) : IClassFixture<Browser>
{
    private const string Password = "modra-reka-krka-tece";

    private PublishedSnapshot Snapshot => browser.Site.Services.GetRequiredService<PublishedSnapshotService>().Current;

    private PublishedContent Organisation(int index) =>
        Snapshot.All.Where(c => c.ContentType.Alias == "organisation").OrderBy(c => c.Name("sl-SI")).ElementAt(index);

    private async Task<IPage> CreateFormAsync(IBrowserContext context)
    {
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
        await page.GotoAsync($"/umbraco/content/{Organisation(2).Key}");
        await page.ClickAsync("#create-link");
        await page.GetByRole(AriaRole.Link, new() { Name = "Storitev" }).ClickAsync();
        await page.WaitForSelectorAsync("#fld-name");
        return page;
    }

    [Fact]
    public async Task An_editor_creates_a_service_with_a_contact_and_a_life_challenge_publishes_it_and_finds_it_everywhere()
    {
        await using var context = await browser.NewContextAsync();
        var page = await CreateFormAsync(context);

        await page.FillAsync("#fld-name", "Svetovalnica Kresnica");
        await page.FillAsync("#fld-f-summary", "Brezplačno svetovanje za mlade v stiski.");
        await page.SelectOptionAsync("#fld-f-cost", "brezplačno");
        await page.SelectOptionAsync("#fld-f-status", "aktivna");
        await page.SelectOptionAsync("#fld-f-contacts-add", new SelectOptionValue { Label = "Kontakt" });
        await page.ClickAsync("#fld-f-contacts-addbtn");
        await page.FillAsync("#fld-f-contacts-0-label", "Telefon za mlade");
        await page.FillAsync("#fld-f-contacts-0-phone", "07 393 44 55");
        Assert.Equal("Svetovalnica Kresnica", await page.InputValueAsync("#fld-name"));

        await page.FillAsync("#fld-f-lifeChallenges-q", "otroci");
        var pick = page.GetByRole(AriaRole.Button, new() { Name = "Izberi: Otroci, mladi in družina" });
        await pick.ClickAsync();
        await Assertions.Expect(page.Locator("#fld-f-lifeChallenges")).ToContainTextAsync("Otroci, mladi in družina");

        var editor = page.Locator("#fld-f-description-field .rte-area");
        await editor.ClickAsync();
        await page.Keyboard.TypeAsync("Pokličite nas ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Krepko" }).First.ClickAsync();
        await page.Keyboard.TypeAsync("kadarkoli");
        await page.ClickAsync("#publish");
        await page.UntilUrlAsync(url => url.Contains("/edit?culture=sl-SI", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#message")).ToContainTextAsync("Shranjeno in objavljeno.");
        await Assertions.Expect(page.Locator("#status-sl-SI")).ToHaveTextAsync("objavljeno");

        var item = Snapshot.All.Single(c => c.Name("sl-SI") == "Svetovalnica Kresnica");
        await page.GotoAsync("/sl" + Snapshot.Route(item, "sl-SI"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Svetovalnica Kresnica");
        Assert.Contains("07 393 44 55", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Matches("<(b|strong)>kadarkoli</(b|strong)>", await page.ContentAsync());

        using var client = new HttpClient { BaseAddress = new Uri(browser.Site.BaseUrl) };
        var api = await client.GetStringAsync($"/umbraco/delivery/api/v2/content/item/{item.Key}");
        Assert.Contains("Svetovalnica Kresnica", api, StringComparison.Ordinal);

        await page.GotoAsync("/sl/iskanje/?q=kresnica");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Svetovalnica Kresnica" }).First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_organisation_editors_change_waits_until_an_administrator_approves_it()
    {
        var organisation = Organisation(1);
        var service = Snapshot.ChildrenOf(organisation.Key).First();
        var email = $"org{Guid.NewGuid():N}@example.si";
        await using (var scope = browser.Site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
            var user = new BackOfficeUser { UserName = email, Email = email, Name = "Organizacija", LockoutEnabled = true, CreateDate = DateTime.UtcNow, StartContentKey = organisation.Key };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, UserGroups.OrganisationEditors)).Succeeded);
        }

        var newName = service.Name("sl-SI") + " – prenovljeno";
        await using (var context = await browser.NewContextAsync())
        {
            var page = await BackOfficeBrowser.SignInAsync(context, email, Password);
            await page.GotoAsync($"/umbraco/content/{service.Key}");
            await page.ClickAsync("#edit-link");
            Assert.Equal(0, await page.Locator("#publish").CountAsync());
            await page.FillAsync("#fld-name", newName);
            await page.ClickAsync("#send-for-approval");
            await Assertions.Expect(page.Locator("#message")).ToContainTextAsync("Poslano v odobritev.");
            await Assertions.Expect(page.Locator("#approval")).ToBeVisibleAsync();
            var other = await page.GotoAsync($"/umbraco/content/{Organisation(0).Key}/edit");
            Assert.Equal((int)HttpStatusCode.NotFound, other!.Status);
        }

        Assert.NotEqual(newName, Snapshot.Get(service.Key)!.Name("sl-SI"));
        await using (var context = await browser.NewContextAsync())
        {
            var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
            await page.GetByRole(AriaRole.Link, new() { Name = "Odobritve" }).ClickAsync();
            var entry = page.Locator($"#item-{service.Key}");
            await Assertions.Expect(entry).ToContainTextAsync(newName);
            await entry.GetByRole(AriaRole.Button, new() { Name = "Odobri in objavi" }).ClickAsync();
            await Assertions.Expect(page.Locator("#message")).ToContainTextAsync("Odobreno in objavljeno.");
        }

        Assert.Equal(newName, Snapshot.Get(service.Key)!.Name("sl-SI"));
    }

    [Fact]
    public async Task Blocks_are_added_moved_and_removed_with_the_keyboard()
    {
        await using var context = await browser.NewContextAsync();
        var page = await CreateFormAsync(context);
        await page.FillAsync("#fld-name", "Tipkovnica");

        await page.FocusAsync("#fld-f-contacts-add");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("fld-f-contacts-addbtn", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#fld-f-contacts-0-label");
        await page.FillAsync("#fld-f-contacts-0-label", "Prvi");
        await page.FocusAsync("#fld-f-contacts-addbtn");
        await page.Keyboard.PressAsync("Space");
        await page.WaitForSelectorAsync("#fld-f-contacts-1-label");
        await page.FillAsync("#fld-f-contacts-1-label", "Drugi");

        await page.GetByRole(AriaRole.Button, new() { Name = "Premakni gor: Kontakt 2" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        // The posted form comes back as a new page; the old one never shows "Drugi" first, so this waits for the new.
        await Assertions.Expect(page.Locator("#fld-f-contacts-0-label")).ToHaveValueAsync("Drugi");
        Assert.Equal("Tipkovnica", await page.InputValueAsync("#fld-name"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Odstrani: Kontakt 1" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#fld-f-contacts-1-label")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#fld-f-contacts-0-label")).ToHaveValueAsync("Prvi");
    }

    [Fact]
    public async Task Without_javascript_pickers_search_and_pick_by_form_posts_and_rich_text_is_a_plain_textarea()
    {
        await using var context = await browser.NewContextAsync(javaScript: false);
        var page = await CreateFormAsync(context);
        await page.FillAsync("#fld-name", "Brez skript");
        await Assertions.Expect(page.Locator("#fld-f-description")).ToBeVisibleAsync();
        await page.FillAsync("#fld-f-lifeChallenges-q", "nasil");
        await page.Locator("#fld-f-lifeChallenges-field").GetByRole(AriaRole.Button, new() { Name = "Išči" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Izberi: Nasilje" }).ClickAsync();
        await Assertions.Expect(page.Locator("#fld-f-lifeChallenges")).ToContainTextAsync("Nasilje");
        Assert.Equal("Brez skript", await page.InputValueAsync("#fld-name"));
        // Each full post comes back at the field it was made in (review B7), not at the top of the page.
        Assert.EndsWith("#fld-f-lifeChallenges-field", page.Url, StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Odstrani: Nasilje" }).ClickAsync();
        await Assertions.Expect(page.Locator("#fld-f-lifeChallenges li")).ToHaveCountAsync(0);
        Assert.EndsWith("#fld-f-lifeChallenges-field", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_edit_with_errors_and_approvals_pages_have_no_axe_violations()
    {
        await using var context = await browser.NewContextAsync(bypassCsp: true);
        var page = await CreateFormAsync(context);
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        await page.FillAsync("#fld-name", "Napake");
        await page.FillAsync("#fld-f-minimumAge", "veliko");
        await page.ClickAsync("#fld-f-contacts-addbtn");
        await page.FillAsync("#fld-f-contacts-0-email", "ni-naslov");
        await page.ClickAsync("#save");
        await Assertions.Expect(page.Locator("#error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#fld-f-contacts-0-email-err")).ToBeVisibleAsync();
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        var service = Snapshot.ChildrenOf(Organisation(0).Key).First();
        await page.GotoAsync($"/umbraco/content/{service.Key}/edit?culture=sl-SI");
        await page.FillAsync("#fld-f-maximumAge", "nič");
        await page.ClickAsync("#save");
        await Assertions.Expect(page.Locator("#fld-f-maximumAge-err")).ToBeVisibleAsync();
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        await page.GotoAsync("/umbraco/content/approvals");
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
    }

    [Fact]
    public async Task A_translator_writes_a_contacts_english_label_with_javascript_on_and_the_slovenian_one_stays()
    {
        await using var context = await browser.NewContextAsync(bypassCsp: true);
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
        var service = Snapshot.All.Single(c => c.ContentType.Alias == "service" && c.Name("sl-SI") == "Svetovanje v duševni stiski");

        await page.GotoAsync($"/umbraco/content/{service.Key}/edit?culture=en-US");
        await Assertions.Expect(page.Locator("#fld-f-contacts-0-label")).ToHaveValueAsync("Samarijan helpline (every day, 24 hours)");
        await Assertions.Expect(page.Locator("#fld-f-contacts-0-phone")).ToHaveValueAsync("116 123");
        await Assertions.Expect(page.Locator("label[for=fld-f-contacts-0-phone] .invariant")).ToContainTextAsync("za vse jezike");
        await Assertions.Expect(page.Locator("label[for=fld-f-contacts-0-label] .invariant")).ToHaveCountAsync(0);
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        await page.FillAsync("#fld-f-contacts-0-label", "Samarijan helpline, day and night");
        await page.ClickAsync("#publish");
        await page.UntilUrlAsync(url => url.Contains("/edit?culture=en-US", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#message")).ToContainTextAsync("Shranjeno in objavljeno.");

        await page.GotoAsync($"/umbraco/content/{service.Key}/edit?culture=sl-SI");
        await Assertions.Expect(page.Locator("#fld-f-contacts-0-label")).ToHaveValueAsync("Zaupni telefon Samarijan (vsak dan, 24 ur)");
        await page.GotoAsync("/en" + Snapshot.Route(service, "en-US"));
        await Assertions.Expect(page.Locator("main .contact-label").First).ToHaveTextAsync("Samarijan helpline, day and night");
        await Assertions.Expect(page.Locator("main .contact-label[lang]")).ToHaveCountAsync(0);
        // The office's contact in the footer is translated in the seed too.
        await Assertions.Expect(page.Locator("footer .contact-label").First).ToHaveTextAsync("Local Welfare Office");
        await Assertions.Expect(page.Locator("footer .contact-label[lang]")).ToHaveCountAsync(0);
        await page.GotoAsync("/sl" + Snapshot.Route(service, "sl-SI"));
        await Assertions.Expect(page.Locator("main .contact-label").First).ToHaveTextAsync("Zaupni telefon Samarijan (vsak dan, 24 ur)");
    }
}
