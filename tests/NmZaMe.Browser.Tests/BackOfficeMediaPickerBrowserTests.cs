using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NmZaMe.Cms.Media;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Browser.Tests;

/// <summary>
/// The content editor's media picker panel in a real browser (issue 14): upload-and-pick, search and pick, paging,
/// with script (no reload, focus kept) and without it (form posts back to the field), and axe in Slovenian and English.
/// </summary>
public sealed class BackOfficeMediaPickerBrowserTests(Browser browser) : IClassFixture<Browser>
{
    // A real 1×1 PNG.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private static readonly SemaphoreSlim Seeded = new(1, 1);

    private static bool _seeded;

    private PublishedSnapshot Snapshot => browser.Site.Services.GetRequiredService<PublishedSnapshotService>().Current;

    private string EditUrl(int index) =>
        $"/umbraco/content/{Snapshot.All.Where(c => c.ContentType.Alias == "organisation").OrderBy(c => c.Name("sl-SI")).ElementAt(index).Key}/edit?culture=sl-SI";

    /// <summary>Enough images at the top of the library for two pages of the panel.</summary>
    private async Task SeedAsync()
    {
        await Seeded.WaitAsync();
        try
        {
            if (_seeded)
            {
                return;
            }

            await using var scope = browser.Site.Services.CreateAsyncScope();
            var files = Enumerable.Range(1, 25).Select(i => new UploadedFile($"grb{i}.png", Png, $"Grb {i:00}", new Dictionary<string, string?> { [string.Empty] = $"Grb občine {i}" })).ToList();
            var result = await scope.ServiceProvider.GetRequiredService<UploadMedia>().ExecuteAsync(new UploadMediaCommand(null, files, 1024 * 1024, "test"));
            Assert.True(result.Succeeded, string.Join(", ", result.Errors.Keys));
            _seeded = true;
        }
        finally
        {
            Seeded.Release();
        }
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(320)]
    public async Task With_script_the_panel_opens_pages_uploads_and_picks_without_a_reload_and_keeps_the_focus(int width)
    {
        await SeedAsync();
        await using var context = await browser.NewContextAsync(width: width, bypassCsp: true);
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
        await page.GotoAsync(EditUrl(width == 320 ? 3 : 4));
        await page.EvaluateAsync("() => { window.stillHere = true; }");
        var field = page.Locator("#fld-f-logo-field");
        var logs = new List<string>();
        page.Console += (_, m) => logs.Add(m.Text);
        page.PageError += (_, e) => logs.Add(e);

        await field.GetByRole(AriaRole.Button, new() { Name = "Izberi medij" }).ClickAsync();
        await Assertions.Expect(page.Locator("#fld-f-logo-mq")).ToBeVisibleAsync();
        var state = await page.EvaluateAsync<string>("() => document.activeElement.id + '|' + location.href + '|' + (window.stillHere === true)");
        Assert.True(state.StartsWith("fld-f-logo-mq|", StringComparison.Ordinal), state + "\n" + string.Join("\n", logs));
        await Assertions.Expect(page.Locator("#fld-f-logo-mstatus")).ToContainTextAsync("Stran 1 od 2.");
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        await field.GetByRole(AriaRole.Button, new() { Name = "Naslednja stran" }).ClickAsync();
        await Assertions.Expect(page.Locator("#fld-f-logo-mstatus")).ToContainTextAsync("Stran 2 od 2.");
        await Assertions.Expect(page.Locator("#fld-f-logo-mstatus")).ToBeFocusedAsync();

        // Upload inside the picker: the new image is stored and picked, and the form stays where it was.
        var name = $"Znak društva {width}";
        await page.Locator("#fld-f-logo-mfile").SetInputFilesAsync(new FilePayload { Name = "znak.png", MimeType = "image/png", Buffer = Png });
        await page.Locator("#fld-f-logo-mname").FillAsync(name);
        await page.Locator("#fld-f-logo-malt-inv").FillAsync("Zelen zmaj na belem");
        await field.GetByRole(AriaRole.Button, new() { Name = "Naloži in izberi" }).ClickAsync();
        await Assertions.Expect(page.Locator("#fld-f-logo")).ToContainTextAsync(name);
        await Assertions.Expect(page.Locator("#fld-f-logo")).ToBeFocusedAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.stillHere === true"));
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        // Search by alt text with Enter (not saving the item), pick by the choice's name.
        await field.GetByRole(AriaRole.Button, new() { Name = $"Odstrani: {name}" }).ClickAsync();
        await Assertions.Expect(page.Locator("#fld-f-logo li")).ToHaveCountAsync(0);
        await field.GetByRole(AriaRole.Button, new() { Name = "Izberi medij" }).ClickAsync();
        await page.Locator("#fld-f-logo-mq").FillAsync("Grb občine 17");
        await page.Locator("#fld-f-logo-mq").PressAsync("Enter");
        // The first page lists "Grb 17" too: wait for the search's answer before picking from it.
        await Assertions.Expect(page.Locator("#fld-f-logo-mstatus")).ToContainTextAsync("Zadetkov za »Grb občine 17«");
        await field.GetByRole(AriaRole.Button, new() { Name = "Grb 17" }).ClickAsync();
        await Assertions.Expect(page.Locator("#fld-f-logo")).ToContainTextAsync("Grb 17");
        Assert.True(await page.EvaluateAsync<bool>("() => window.stillHere === true"));
    }

    [Fact]
    public async Task Without_script_the_panel_is_form_posts_that_return_to_the_field()
    {
        await SeedAsync();
        await using var context = await browser.NewContextAsync(javaScript: false);
        var page = await BackOfficeBrowser.SignInAsAdminAsync(context);
        await page.GotoAsync(EditUrl(5));
        var field = page.Locator("#fld-f-logo-field");
        await field.GetByRole(AriaRole.Button, new() { Name = "Izberi medij" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#fld-f-logo-field$"));
        await page.Locator("#fld-f-logo-mq").FillAsync("Grb občine 3");
        await field.GetByRole(AriaRole.Button, new() { Name = "Išči" }).ClickAsync();
        await field.GetByRole(AriaRole.Button, new() { Name = "Grb 03" }).ClickAsync();
        await Assertions.Expect(page.Locator("#fld-f-logo")).ToContainTextAsync("Grb 03");

        await field.GetByRole(AriaRole.Button, new() { Name = "Izberi medij" }).ClickAsync();
        await page.Locator("#fld-f-logo-mfile").SetInputFilesAsync(new FilePayload { Name = "znak.png", MimeType = "image/png", Buffer = Png });
        await page.Locator("#fld-f-logo-mname").FillAsync("Znak brez skript");
        await page.Locator("#fld-f-logo-malt-inv").FillAsync("Moder zmaj");
        await field.GetByRole(AriaRole.Button, new() { Name = "Naloži in izberi" }).ClickAsync();
        await Assertions.Expect(page.Locator("#fld-f-logo")).ToContainTextAsync("Znak brez skript");
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(320)]
    public async Task The_open_panel_has_no_axe_violations_in_English(int width)
    {
        await SeedAsync();
        await using var context = await browser.NewContextAsync(width: width, bypassCsp: true);
        var page = await BackOfficeBrowser.SignInAsync(context, "mediji-en@example.si", await EnglishEditorAsync());
        await page.GotoAsync(EditUrl(6));
        var field = page.Locator("#fld-f-logo-field");
        await field.GetByRole(AriaRole.Button, new() { Name = "Choose media" }).ClickAsync();
        await Assertions.Expect(page.Locator("#fld-f-logo-mstatus")).ToContainTextAsync("Page 1 of 2.");
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
    }

    /// <summary>A writer (no 2FA required) whose back office is in English; the shared administrator stays Slovenian for the other tests.</summary>
    private async Task<string> EnglishEditorAsync()
    {
        const string password = "modra-reka-krka-tece";
        await using var scope = browser.Site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<NmZaMe.Cms.Users.BackOfficeUser>>();
        if (await users.FindByEmailAsync("mediji-en@example.si") is null)
        {
            var user = new NmZaMe.Cms.Users.BackOfficeUser { UserName = "mediji-en@example.si", Email = "mediji-en@example.si", Name = "Media EN", Culture = "en-US", LockoutEnabled = true, CreateDate = DateTime.UtcNow };
            Assert.True((await users.CreateAsync(user, password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, NmZaMe.Cms.Users.UserGroups.Writers)).Succeeded);
        }

        return password;
    }
}
