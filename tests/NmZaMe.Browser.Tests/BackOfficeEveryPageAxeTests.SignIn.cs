using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NmZaMe.Cms.Users;
using OtpNet;

namespace NmZaMe.Browser.Tests;

/// <summary>The sign-in pages: the form, the authenticator's set-up and its recovery codes, the code step, the recovery-code step.</summary>
public sealed partial class BackOfficeEveryPageAxeTests
{
    /// <summary>
    /// A user whose language is <paramref name="culture"/> in a group that requires 2FA: the first sign-in sets the
    /// authenticator up (signed in, so in the user's language), the second one stops at the code step, which speaks the
    /// language of the user the password named, and goes on with a recovery code. The sign-in form knows nobody yet.
    /// </summary>
    [Theory]
    [InlineData("sl-SI")]
    [InlineData("en-US")]
    public async Task The_sign_in_pages_have_no_axe_violations(string culture)
    {
        var email = $"axe-sign-in-{culture.ToLowerInvariant()}@browser.test";
        await using (var scope = browser.Site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
            var user = new BackOfficeUser { UserName = email, Email = email, Name = "axe " + culture, Culture = culture, LockoutEnabled = true, CreateDate = DateTime.UtcNow };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, UserGroups.Administrators)).Succeeded);
        }

        var problems = new List<string>();
        string recoveryCode;
        await using (var first = await browser.NewContextAsync(1280, 900, bypassCsp: true))
        {
            var page = await first.NewPageAsync();
            await page.GotoAsync("/umbraco/login");
            await CheckBothWidthsAsync(page, problems, "sign-in");
            await SubmitPasswordAsync(page, email);
            await page.UntilUrlAsync(url => url.EndsWith("/umbraco/account/2fa", StringComparison.Ordinal));
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture[..2]);
            await CheckBothWidthsAsync(page, problems, "2FA set-up");

            var key = (await page.Locator("#shared-key").InnerTextAsync()).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
            await page.Locator("#Code").FillAsync(new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow));
            await page.Locator("form:has(#Code) button[type=submit]").ClickAsync();
            await Assertions.Expect(page.Locator("#recovery-codes li").First).ToBeVisibleAsync();
            await CheckBothWidthsAsync(page, problems, "recovery codes shown");
            recoveryCode = await page.Locator("#recovery-codes li").First.InnerTextAsync();
        }

        await using var second = await browser.NewContextAsync(1280, 900, bypassCsp: true);
        var again = await second.NewPageAsync();
        await again.GotoAsync("/umbraco/login");
        await SubmitPasswordAsync(again, email);
        await again.UntilUrlAsync(url => url.Contains("/umbraco/login/2fa", StringComparison.Ordinal));
        await Assertions.Expect(again.Locator("html")).ToHaveAttributeAsync("lang", culture[..2]);
        await CheckBothWidthsAsync(again, problems, "2FA code");

        await again.Locator("main a[href='/umbraco/login/recovery-code']").ClickAsync();
        await again.UntilUrlAsync(url => url.EndsWith("/umbraco/login/recovery-code", StringComparison.Ordinal));
        await Assertions.Expect(again.Locator("html")).ToHaveAttributeAsync("lang", culture[..2]);
        await CheckBothWidthsAsync(again, problems, "recovery code");
        await again.Locator("#Code").FillAsync(recoveryCode);
        await again.Locator("form:has(#Code) button[type=submit]").ClickAsync();
        // A recovery code signs in and leads to the set-up page, where new codes can be made.
        await Assertions.Expect(again).ToHaveURLAsync(new Regex("/umbraco/account/2fa$"));
        await Assertions.Expect(again.Locator("form:has(#Code)")).ToBeVisibleAsync();

        Assert.True(problems.Count == 0, $"{culture}:\n" + string.Join("\n", problems));
    }

    private static async Task SubmitPasswordAsync(IPage page, string email)
    {
        await page.Locator("#Input_Email").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(Password);
        await page.Locator("form:has(#Input_Email) button[type=submit]").ClickAsync();
    }

    private static async Task CheckBothWidthsAsync(IPage page, List<string> problems, string name)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Browser.AxeScript });
        foreach (var width in new[] { 1280, 320 })
        {
            await page.SetViewportSizeAsync(width, 900);
            var found = await page.EvaluateAsync<JsonElement>(BackOfficeBrowser.RunAxe);
            problems.AddRange(found.EnumerateArray().Select(v => $"{name} ({page.Url}) at {width} px: {v.GetString()}"));
        }

        await page.SetViewportSizeAsync(1280, 900);
    }
}
