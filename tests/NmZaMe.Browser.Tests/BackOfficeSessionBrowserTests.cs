using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Users;

namespace NmZaMe.Browser.Tests;

/// <summary>A server whose back-office session ends after 30 idle seconds, so expiry is seen without a long wait.</summary>
public sealed class ShortSessionBrowser() : Browser(new Dictionary<string, string> { ["NmZaMe:BackOffice:IdleTimeoutMinutes"] = "0.5" });

/// <summary>
/// Review B5 in a real browser: typing keeps the session alive, a warning comes before it ends, and a form saved after it
/// ended is filled in again after signing in. Every wait is for the thing itself (a request, an element, a time the
/// page reports), bounded by the context's timeout.
/// </summary>
public sealed class BackOfficeSessionBrowserTests(ShortSessionBrowser browser) : IClassFixture<ShortSessionBrowser>
{
    private PublishedContent Organisation => browser.Site.Services.GetRequiredService<PublishedSnapshotService>().Current.All
        .Where(c => c.ContentType.Alias == "organisation").OrderBy(c => c.Name("sl-SI")).First();

    private string EditUrl => $"/umbraco/content/{Organisation.Key}/edit?culture=sl-SI";

    private const string Password = "modra-reka-krka-tece";

    /// <summary>An editor of this test (no 2FA in this host); each test has its own, so their sessions stay apart.</summary>
    private async Task<string> EditorAsync()
    {
        var email = $"urednik{Guid.NewGuid():N}@example.si";
        await using var scope = browser.Site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
        var user = new BackOfficeUser { UserName = email, Email = email, Name = "Urednik", LockoutEnabled = true, CreateDate = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, UserGroups.Editors)).Succeeded);
        return email;
    }

    /// <summary>Through the form every time: a session of 30 s cannot be reused between tests.</summary>
    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GetByLabel("E-poštni naslov").FillAsync(email);
        await page.GetByLabel("Geslo").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Prijava" }).ClickAsync();
        await page.UntilUrlAsync(url => !url.Contains("/umbraco/login", StringComparison.Ordinal));
    }

    private async Task<IPage> EditPageAsync(IBrowserContext context, string email)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/umbraco/login?returnUrl=" + Uri.EscapeDataString(EditUrl));
        await SignInAsync(page, email);
        await page.WaitForSelectorAsync("#fld-name");
        return page;
    }

    [Fact]
    public async Task Typing_keeps_the_session_alive_past_its_first_end()
    {
        await using var context = await browser.NewContextAsync();
        var email = await EditorAsync();
        var page = await EditPageAsync(context, email);
        var firstEnd = await page.EvaluateAsync<double>("() => Number(document.body.dataset.sessionEnds)");

        // Typing half-way through (when the warning shows) gives a clear margin past the first end.
        await Assertions.Expect(page.Locator("#session-warning")).ToBeVisibleAsync(new() { Timeout = 120_000 });
        var keepAlive = await page.RunAndWaitForResponseAsync(
            async () =>
            {
                await page.Locator("#fld-name").ClickAsync();
                await page.Keyboard.TypeAsync(" x");
            },
            r => r.Url.EndsWith("/umbraco/session/keep-alive", StringComparison.Ordinal));
        Assert.Equal(200, keepAlive.Status);
        Assert.Contains("NmZaMe.BackOffice=", (await keepAlive.AllHeadersAsync()).GetValueOrDefault("set-cookie") ?? string.Empty, StringComparison.Ordinal);
        await page.WaitForFunctionAsync("t => Number(document.body.dataset.sessionEnds) > t + 5000", firstEnd);
        await Assertions.Expect(page.Locator("#session-warning")).ToBeHiddenAsync();

        // Past the end the session had before the keep-alive, it still holds.
        await page.WaitForFunctionAsync("t => Date.now() > t + 2000", firstEnd, new() { Timeout = 120_000 });
        var response = await context.APIRequest.GetAsync("/umbraco", new() { MaxRedirects = 0 });
        Assert.Equal(200, response.Status);
    }

    [Fact]
    public async Task A_warning_comes_before_the_end_and_stay_signed_in_works_from_the_keyboard()
    {
        await using var context = await browser.NewContextAsync();
        var email = await EditorAsync();
        var page = await EditPageAsync(context, email);
        await page.Locator("#fld-name").FocusAsync();
        var warning = page.GetByRole(AriaRole.Alertdialog, new() { Name = "Seja bo kmalu potekla" });
        await Assertions.Expect(warning).ToBeVisibleAsync(new() { Timeout = 120_000 });
        Assert.Equal("session-stay", await page.EvaluateAsync<string>("() => document.activeElement.id"));

        var keepAlive = await page.RunAndWaitForResponseAsync(
            async () => await page.Keyboard.PressAsync("Enter"),
            r => r.Url.EndsWith("/umbraco/session/keep-alive", StringComparison.Ordinal));
        Assert.Equal(200, keepAlive.Status);
        await Assertions.Expect(warning).ToBeHiddenAsync();
        Assert.Equal("fld-name", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [Fact]
    public async Task A_form_saved_after_the_session_ended_is_filled_in_again_after_signing_in()
    {
        await using var context = await browser.NewContextAsync(bypassCsp: true);
        var email = await EditorAsync();
        var page = await EditPageAsync(context, email);
        var stored = await page.InputValueAsync("#fld-name");
        await Assertions.Expect(page.Locator("#session-warning[data-ended=true]")).ToBeVisibleAsync(new() { Timeout = 120_000 });

        await page.FillAsync("#fld-name", stored + " (popravljeno)");
        await page.ClickAsync("#save");
        await page.UntilUrlAsync(url => url.Contains("/umbraco/login", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#signin-notice")).ToContainTextAsync("Vneseno je shranjeno za vas");
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        await SignInAsync(page, email);
        await page.WaitForSelectorAsync("#fld-name");
        Assert.Contains("/edit?culture=sl-SI", page.Url, StringComparison.Ordinal);
        Assert.Equal(stored + " (popravljeno)", await page.InputValueAsync("#fld-name"));
        await Assertions.Expect(page.Locator("#message")).ToContainTextAsync("Vaše neshranjene spremembe so obnovljene");
        Assert.Equal(stored, Organisation.Name("sl-SI"));
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
    }
}
