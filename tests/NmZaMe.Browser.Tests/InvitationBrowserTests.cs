using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NmZaMe.Cms.Invitations;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;

namespace NmZaMe.Browser.Tests;

/// <summary>axe-core on the invitation pages in Slovenian and English, and the invited person's way to the 2FA set-up.</summary>
public sealed partial class InvitationBrowserTests(Browser browser) : IClassFixture<Browser>
{
    private const string Password = "modra-reka-krka-tece";

    [Fact]
    public async Task An_office_editor_invites_in_slovenian_and_english_without_axe_violations()
    {
        var email = "vabi@browser.test";
        await using (var scope = browser.Site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
            var user = new BackOfficeUser { UserName = email, Email = email, Name = "Vabi", LockoutEnabled = true, CreateDate = DateTime.UtcNow };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, UserGroups.Editors)).Succeeded);
        }

        await using var context = await browser.NewContextAsync(bypassCsp: true);
        var page = await BackOfficeBrowser.SignInAsync(context, email, Password);
        Assert.Equal("/umbraco/users/invitations", await page.GetByRole(AriaRole.Navigation, new() { Name = "Glavni meni" }).GetByRole(AriaRole.Link, new() { Name = "Vabila" }).GetAttributeAsync("href"));
        await page.GotoAsync("/umbraco/users/invitations");
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Povabi urednika organizacije" }).ClickAsync();
        await page.UntilUrlAsync(url => url.EndsWith("/umbraco/users/invite", StringComparison.Ordinal));
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        // A refused form (nothing chosen) keeps its fields accessible too.
        await page.GetByRole(AriaRole.Button, new() { Name = "Pošlji vabilo" }).ClickAsync();
        await page.Locator("#organisation-error").Filter(new() { HasTextString = "Izberite organizacijo" }).WaitForAsync();
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        await page.GetByLabel("Ime in priimek").FillAsync("Brskalnik Test");
        await page.GetByLabel("E-poštni naslov").FillAsync("vabljeni@browser.test");
        await page.GetByLabel("Organizacija").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("English").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Pošlji vabilo" }).ClickAsync();
        await page.UntilUrlAsync(url => url.Contains("/umbraco/users/invitations?sent=", StringComparison.Ordinal));
        Assert.True(await page.Locator("#invitations").GetByText("vabljeni@browser.test").IsVisibleAsync());
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        await using (var db = browser.Site.Services.GetRequiredService<ICmsDbContextFactory>().Create())
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            user.Culture = "en-US";
            await db.SaveChangesAsync();
        }

        await page.GotoAsync("/umbraco/users/invitations");
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Invitations to organisation editors", await page.Locator("h1").InnerTextAsync());
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
        await page.GotoAsync("/umbraco/users/invite");
        Assert.Equal("Invite an organisation editor", await page.Locator("h1").InnerTextAsync());
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
    }

    [Theory]
    [InlineData("sl-SI", "sl", "Novo geslo", "Ponovite novo geslo", "Ustvari račun")]
    [InlineData("en-US", "en", "New password", "Repeat the new password", "Create the account")]
    public async Task The_invitation_page_leads_to_the_authenticator_set_up_without_axe_violations(string culture, string lang, string passwordLabel, string confirmLabel, string button)
    {
        var path = await InviteAsync($"povabljen-{lang}@browser.test", culture);
        await using var context = await browser.NewContextAsync(bypassCsp: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        Assert.Equal(lang, await page.Locator("html").GetAttributeAsync("lang"));
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        // A mismatch first: the page with its error messages is checked too.
        await page.GetByLabel(passwordLabel, new() { Exact = true }).FillAsync("lipa-zvonik-potok-sonce");
        await page.GetByLabel(confirmLabel, new() { Exact = true }).FillAsync("lipa-zvonik-potok-luna");
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await page.Locator("#confirm-error").Filter(new() { HasTextRegex = new Regex(".+") }).WaitForAsync();
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);

        await page.GetByLabel(passwordLabel, new() { Exact = true }).FillAsync("lipa-zvonik-potok-sonce");
        await page.GetByLabel(confirmLabel, new() { Exact = true }).FillAsync("lipa-zvonik-potok-sonce");
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await page.UntilUrlAsync(url => url.EndsWith("/umbraco/account/2fa", StringComparison.Ordinal));
        Assert.Equal(lang, await page.Locator("html").GetAttributeAsync("lang"));
        Assert.True(await page.Locator("#shared-key").IsVisibleAsync());

        // The link is used now: the page says so.
        await using var other = await browser.NewContextAsync(bypassCsp: true);
        var again = await other.NewPageAsync();
        await again.GotoAsync(path);
        Assert.True(await again.Locator("#invitation-error").IsVisibleAsync());
        Assert.Equal(lang, await again.Locator("html").GetAttributeAsync("lang"));
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(again);
    }

    [Fact]
    public async Task An_unknown_link_gets_a_page_without_axe_violations()
    {
        await using var context = await browser.NewContextAsync(bypassCsp: true);
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync("/umbraco/invitation/neznana-povezava-1234567890");
        Assert.Equal(404, response!.Status);
        Assert.True(await page.Locator("#invitation-error").IsVisibleAsync());
        await BackOfficeBrowser.AssertNoAxeViolationsAsync(page);
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
