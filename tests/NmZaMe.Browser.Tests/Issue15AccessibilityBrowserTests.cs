using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NmZaMe.Cms.Invitations;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;

namespace NmZaMe.Browser.Tests;

/// <summary>
/// Issue 15's back-office pages at a phone's 320 px and a desktop's 1280 px, in Slovenian and English, without axe
/// violations: the dashboard's review list and the confirmation it leads to, "Moji vnosi", the invitation pages (for
/// the office and for the invited person), the e-mail settings with the outbox log, and the spreadsheet export.
/// </summary>
public sealed partial class Issue15AccessibilityBrowserTests(Browser browser) : IClassFixture<Browser>
{
    private const string Password = "modra-reka-krka-tece";

    [Theory]
    [InlineData("sl-SI", "sl")]
    [InlineData("en-US", "en")]
    public async Task Every_issue_15_page_has_no_axe_violations_at_320_and_1280_px(string culture, string lang)
    {
        var email = $"a11y-{lang}@browser.test";
        await using (var scope = browser.Site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
            var user = new BackOfficeUser { UserName = email, Email = email, Name = "Dostopnost", LockoutEnabled = true, CreateDate = DateTime.UtcNow };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, UserGroups.Administrators)).Succeeded);
        }

        var invitation = await InviteAsync($"vabljen-a11y-{lang}@browser.test", culture);
        await using var context = await browser.NewContextAsync(bypassCsp: true);
        var page = await BackOfficeBrowser.SignInAsync(context, email, Password);

        // Signed in (and 2FA set up) through the Slovenian form the helper knows; the pages then follow the user's language.
        await using (var db = browser.Site.Services.GetRequiredService<ICmsDbContextFactory>().Create())
        {
            (await db.Users.SingleAsync(u => u.Email == email)).Culture = culture;
            await db.SaveChangesAsync();
        }

        await using var anonymous = await browser.NewContextAsync(bypassCsp: true);
        var visitor = await anonymous.NewPageAsync();
        string[] pages =
        [
            "/umbraco", "/umbraco/my-entries", "/umbraco/users/invitations", "/umbraco/users/invite", "/umbraco/settings/mail",
            "/umbraco/settings/mail?status=Queued", "/umbraco/spreadsheets/export", "/umbraco/spreadsheets/import", "/umbraco/corrections",
        ];
        foreach (var width in new[] { 320, 1280 })
        {
            await page.SetViewportSizeAsync(width, 900);
            foreach (var path in pages)
            {
                var response = await page.GotoAsync(path);
                Assert.True(response!.Ok, $"{path}: {response.Status}");
                Assert.Equal(lang, await page.Locator("html").GetAttributeAsync("lang"));
                await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
            }

            // The answer of a confirmation ticked on the dashboard's review list.
            await page.GotoAsync("/umbraco");
            await page.Locator("#needs-review input[name=Keys]").First.CheckAsync();
            await page.Locator("#confirm-selected").ClickAsync();
            await page.UntilUrlAsync(url => url.EndsWith("/umbraco/review/confirm", StringComparison.Ordinal));
            await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

            // The invited person's page, and the page of a link that does not work.
            await visitor.SetViewportSizeAsync(width, 900);
            await visitor.GotoAsync(invitation);
            Assert.Equal(lang, await visitor.Locator("html").GetAttributeAsync("lang"));
            await BackOfficeBrowser.AssertNoAxeViolationsAsync(visitor);
            await visitor.GotoAsync("/umbraco/invitation/neznana-povezava-1234567890");
            Assert.True(await visitor.Locator("#invitation-error").IsVisibleAsync());
            await BackOfficeBrowser.AssertNoAxeViolationsAsync(visitor);
        }
    }

    /// <summary>An invitation made through the use case, as the office's form makes it; the link is read from the outbox.</summary>
    private async Task<string> InviteAsync(string email, string culture)
    {
        await using var scope = browser.Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var organisation = await db.Nodes.AsNoTracking().Where(n => n.ContentTypeAlias == InviteOrganisationEditor.OrganisationType && !n.Trashed).OrderBy(n => n.Id).FirstAsync();
        var result = await scope.ServiceProvider.GetRequiredService<InviteOrganisationEditor>()
            .ExecuteAsync(new(email.Split('@')[0], email, culture, organisation.Key, SiteServer.AdminEmail));
        Assert.True(result.Succeeded, result.Error.ToString());
        var mail = await db.MailOutbox.AsNoTracking().SingleAsync(m => m.Key == result.Invitation!.MailKey);
        return InvitationPath().Match(mail.TextBody).Value;
    }

    [GeneratedRegex("/umbraco/invitation/[A-Za-z0-9_-]+")]
    private static partial Regex InvitationPath();
}
