using Microsoft.Playwright;
using NmZaMe.Cms.PublishedCache;
using Microsoft.Extensions.DependencyInjection;

namespace NmZaMe.Browser.Tests;

/// <summary>Review B6: leaving a changed form asks first; saving it does not. Review B7: in-form actions keep the place.</summary>
public sealed class BackOfficeUnsavedBrowserTests(Browser browser) : IClassFixture<Browser>
{
    [Theory]
    [InlineData("/umbraco/content/{0}/edit?culture=sl-SI", "#fld-name")]
    [InlineData("/umbraco/content/{0}/split?culture=sl-SI&other=en-US", "#fld-othername")]
    [InlineData("/umbraco/account/password", "input[type=password]")]
    public async Task Leaving_a_changed_form_asks_first_and_saving_does_not(string path, string field)
    {
        var key = browser.Site.Services.GetRequiredService<PublishedSnapshotService>().Current.All.First(c => c.ContentType.Alias == "organisation").Key;
        await using var context = await browser.NewContextAsync();
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
        await page.GotoAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, key));
        var dialogs = new List<string>();
        var asked = new TaskCompletionSource<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Type);
            asked.TrySetResult(dialog.Type);
            await dialog.DismissAsync();
        };

        // Nothing changed yet: leaving is silent.
        await page.GetByRole(AriaRole.Link, new() { Name = "Nadzorna plošča" }).ClickAsync();
        await page.UntilUrlAsync(url => url.EndsWith("/umbraco", StringComparison.Ordinal));
        await page.GoBackAsync();

        await page.Locator(field).First.ClickAsync();
        await page.Keyboard.TypeAsync("x");
        var before = page.Url;
        await page.GetByRole(AriaRole.Link, new() { Name = "Nadzorna plošča" }).ClickAsync();
        Assert.Equal("beforeunload", await asked.Task.WaitAsync(TimeSpan.FromSeconds(90)));
        Assert.Equal(before, page.Url);
        Assert.Single(dialogs);
    }

    [Fact]
    public async Task Saving_a_changed_form_does_not_ask()
    {
        var key = browser.Site.Services.GetRequiredService<PublishedSnapshotService>().Current.All.First(c => c.ContentType.Alias == "organisation").Key;
        await using var context = await browser.NewContextAsync();
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
        await page.GotoAsync($"/umbraco/content/{key}/edit?culture=sl-SI");
        var dialogs = 0;
        page.Dialog += async (_, dialog) =>
        {
            dialogs++;
            await dialog.DismissAsync();
        };
        await page.Locator("#fld-name").ClickAsync();
        await page.Keyboard.TypeAsync(" x");
        await page.ClickAsync("#save");
        await Assertions.Expect(page.Locator("#message")).ToContainTextAsync("Shranjeno.");
        Assert.Equal(0, dialogs);
    }

    [Fact]
    public async Task Adding_a_block_happens_in_place_and_puts_the_focus_in_the_new_block()
    {
        var key = browser.Site.Services.GetRequiredService<PublishedSnapshotService>().Current.All.First(c => c.ContentType.Alias == "organisation").Key;
        await using var context = await browser.NewContextAsync();
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
        await page.GotoAsync($"/umbraco/content/{key}");
        await page.ClickAsync("#create-link");
        await page.GetByRole(AriaRole.Link, new() { Name = "Storitev" }).ClickAsync();
        await page.FillAsync("#fld-name", "Ne izgubi se");
        await page.EvaluateAsync("() => { window.samePage = true; }");

        await page.SelectOptionAsync("#fld-f-contacts-add", new SelectOptionValue { Label = "Kontakt" });
        await page.ClickAsync("#fld-f-contacts-addbtn");
        await page.WaitForSelectorAsync("#fld-f-contacts-0-label");

        Assert.True(await page.EvaluateAsync<bool>("() => window.samePage === true"), "The page was reloaded.");
        Assert.StartsWith("fld-f-contacts-0", await page.EvaluateAsync<string>("() => document.activeElement.id"), StringComparison.Ordinal);
        Assert.Equal("Ne izgubi se", await page.InputValueAsync("#fld-name"));
    }

    [Fact]
    public async Task Searching_picking_and_removing_happen_in_place_and_keep_the_focus_in_the_field()
    {
        var key = browser.Site.Services.GetRequiredService<PublishedSnapshotService>().Current.All.First(c => c.ContentType.Alias == "organisation").Key;
        await using var context = await browser.NewContextAsync();
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
        await page.GotoAsync($"/umbraco/content/{key}");
        await page.ClickAsync("#create-link");
        await page.GetByRole(AriaRole.Link, new() { Name = "Storitev" }).ClickAsync();
        await page.FillAsync("#fld-name", "Ne izgubi se");
        await page.EvaluateAsync("() => { window.samePage = true; }");
        const string InField = "() => !!document.activeElement.closest('#fld-f-lifeChallenges-field')";

        await page.FillAsync("#fld-f-lifeChallenges-q", "nasil");
        await page.Locator("#fld-f-lifeChallenges-field").GetByRole(AriaRole.Button, new() { Name = "Išči" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Izberi: Nasilje" })).ToBeFocusedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Izberi: Nasilje" }).ClickAsync();
        await Assertions.Expect(page.Locator("#fld-f-lifeChallenges")).ToContainTextAsync("Nasilje");
        Assert.True(await page.EvaluateAsync<bool>(InField), "The focus left the field after picking.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Odstrani: Nasilje" }).ClickAsync();
        await Assertions.Expect(page.Locator("#fld-f-lifeChallenges li")).ToHaveCountAsync(0);
        Assert.True(await page.EvaluateAsync<bool>(InField), "The focus left the field after removing.");
        Assert.True(await page.EvaluateAsync<bool>("() => window.samePage === true"), "The page was reloaded.");
        Assert.Equal("Ne izgubi se", await page.InputValueAsync("#fld-name"));
    }

    [Fact]
    public async Task Without_javascript_adding_a_block_returns_to_the_field()
    {
        var key = browser.Site.Services.GetRequiredService<PublishedSnapshotService>().Current.All.First(c => c.ContentType.Alias == "organisation").Key;
        await using var signIn = await browser.NewContextAsync();
        await BackOfficeBrowser.SignInAsAdminAsync(signIn);
        await using var context = await browser.NewContextAsync(javaScript: false);
        await context.AddCookiesAsync(await signIn.CookiesAsync() is var cookies ? cookies.Select(c => new Cookie { Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path }) : []);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/umbraco/content/{key}");
        await page.ClickAsync("#create-link");
        await page.GetByRole(AriaRole.Link, new() { Name = "Storitev" }).ClickAsync();
        await page.SelectOptionAsync("#fld-f-contacts-add", new SelectOptionValue { Label = "Kontakt" });
        await page.ClickAsync("#fld-f-contacts-addbtn");
        await page.WaitForSelectorAsync("#fld-f-contacts-0-label");
        Assert.EndsWith("#fld-f-contacts-field", page.Url, StringComparison.Ordinal);
    }
}
