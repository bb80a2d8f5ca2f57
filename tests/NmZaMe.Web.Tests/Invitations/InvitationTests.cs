using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;
using NmZaMe.Web.Tests.BackOffice;
using NmZaMe.Web.Tests.Mail;

namespace NmZaMe.Web.Tests.Invitations;

/// <summary>The invitation of an organisation editor end to end: the form, the mail on a real SMTP server, the link, the account.</summary>
public sealed partial class InvitationTests
{
    private const string Password = "modra-reka-krka-tece";
    private const string NewPassword = "lipa-zvonik-potok-sonce";

    [Fact]
    public async Task An_invited_editor_gets_a_mail_sets_a_password_and_2fa_once_and_is_limited_to_the_organisation()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        using var app = new CmsApplication(settings: SmtpTestServer.Settings(smtp.Port));
        await app.StartAsync();
        using var admin = await BackOfficeSession.AdministratorAsync(app);
        var organisation = app.Snapshot.All.Where(c => c.ContentType.Alias == "organisation").OrderBy(c => c.Key).First();
        var organisationName = organisation.Name("sl-SI")!;

        using (var sent = await admin.SubmitAsync("/umbraco/users/invite", Form("Mojca Novak", "mojca@drustvo.example", "sl-SI", organisation.Key)))
        {
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
            Assert.StartsWith("/umbraco/users/invitations?sent=", sent.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        var list = WebUtility.HtmlDecode(await admin.GetPageAsync("/umbraco/users/invitations"));
        Assert.Contains("mojca@drustvo.example", list, StringComparison.Ordinal);
        Assert.Contains(organisationName, list, StringComparison.Ordinal);
        Assert.DoesNotContain("one-time-password", list, StringComparison.Ordinal);

        var mail = await smtp.WaitForAsync("mojca@drustvo.example");
        Assert.Equal("Vabilo k urejanju vnosov vaše organizacije v NmZaMe", mail.Subject);
        Assert.Contains(organisationName, mail.TextBody, StringComparison.Ordinal);
        var link = LinkIn(mail);
        Assert.StartsWith("https://nmzame.example/umbraco/invitation/", link, StringComparison.Ordinal);
        var path = new Uri(link).AbsolutePath;
        var token = path[(path.LastIndexOf('/') + 1)..];

        await using (var db = app.CreateDbContext())
        {
            var row = await db.Invitations.AsNoTracking().SingleAsync();
            Assert.Equal(64, row.TokenHash.Length);
            Assert.NotEqual(token, row.TokenHash);
            Assert.DoesNotContain(token, row.TokenHash, StringComparison.Ordinal);
            Assert.Equal(7, Math.Round((row.ExpiresAt - row.CreatedAt).TotalDays));
            Assert.Equal("skrbnik@example.si", row.InvitedBy);
        }

        using var invited = BackOfficeSession.Create(app);
        var form = await invited.GetPageAsync(path);
        Assert.Contains("<html lang=\"sl\">", form, StringComparison.Ordinal);
        Assert.Contains("mojca@drustvo.example", form, StringComparison.Ordinal);

        // A breached password and a mismatch are refused on the page, and the link keeps working.
        using (var weak = await invited.SubmitAsync(path, Passwords("geslo12345", "geslo12345")))
        {
            Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
            Assert.Contains("preveč znano", WebUtility.HtmlDecode(await weak.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        using (var mismatch = await invited.SubmitAsync(path, Passwords(NewPassword, NewPassword + "x")))
        {
            Assert.Contains("Gesli se ne ujemata.", WebUtility.HtmlDecode(await mismatch.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        using (var accepted = await invited.SubmitAsync(path, Passwords(NewPassword, NewPassword)))
        {
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
            Assert.Equal("/umbraco/account/2fa", accepted.Headers.Location?.OriginalString);
        }

        // Signed in, but nothing opens before the authenticator is set up.
        using (var notYet = await invited.Client.GetAsync("/umbraco/content"))
        {
            Assert.Equal("/umbraco/account/2fa", notYet.Headers.Location?.OriginalString);
        }

        await invited.EnableTwoFactorAsync();
        var content = WebUtility.HtmlDecode(await invited.GetPageAsync("/umbraco/content"));
        Assert.Contains(organisationName, content, StringComparison.Ordinal);

        // The link worked once.
        using var again = BackOfficeSession.Create(app);
        using (var used = await again.Client.GetAsync(path))
        {
            Assert.Equal(HttpStatusCode.Gone, used.StatusCode);
            Assert.Contains("že uporabljeno", WebUtility.HtmlDecode(await used.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        await using (var db = app.CreateDbContext())
        {
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == "mojca@drustvo.example");
            Assert.Equal(organisation.Key, user.StartContentKey);
            Assert.True(user.TwoFactorEnabled);
            Assert.False(user.MustChangePassword);
            Assert.Equal("Mojca Novak", user.Name);
            var folder = await db.Nodes.AsNoTracking().SingleAsync(n => n.Key == user.StartMediaKey);
            Assert.Equal(ContentKind.Media, folder.Kind);
            Assert.Contains(organisationName, folder.DraftData, StringComparison.Ordinal);
            var group = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).SingleAsync(x => x.UserId == user.Id);
            Assert.Equal(UserGroups.OrganisationEditors, group.Name);

            var invitation = await db.Invitations.AsNoTracking().SingleAsync();
            Assert.Equal(user.Id, invitation.UserId);
            var audit = await db.AuditEntries.AsNoTracking().Where(a => a.NodeKey == invitation.Key).Select(a => a.Action).ToListAsync();
            Assert.Equal(["Invite", "InviteAccept"], audit.Order().ToArray());

            // The outbox keeps the mail for a month, but not a usable token.
            var stored = await db.MailOutbox.AsNoTracking().SingleAsync(m => m.To == "mojca@drustvo.example");
            Assert.DoesNotContain(token, stored.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain(token, stored.HtmlBody ?? string.Empty, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Expired_revoked_resent_and_unknown_links_each_get_a_clear_page_and_no_account()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        using var app = new CmsApplication(settings: SmtpTestServer.Settings(smtp.Port));
        await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, "urednik@example.si", Password, UserGroups.Editors);
        using var office = BackOfficeSession.Create(app);
        await office.SignInOkAsync("urednik@example.si", Password);
        var organisations = app.Snapshot.All.Where(c => c.ContentType.Alias == "organisation").OrderBy(c => c.Key).Take(2).ToList();

        // An office editor invites (in English this time); the same address cannot be invited twice at once.
        using (var sent = await office.SubmitAsync("/umbraco/users/invite", Form("Ana Kos", "ana@example.org", "en-US", organisations[0].Key)))
        {
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        using (var twice = await office.SubmitAsync("/umbraco/users/invite", Form("Ana Kos", "ana@example.org", "sl-SI", organisations[1].Key)))
        {
            Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
            Assert.Contains("že ima veljavno vabilo", WebUtility.HtmlDecode(await twice.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        var first = await smtp.WaitForAsync("ana@example.org");
        Assert.Equal("Invitation to edit your organisation's entries in NmZaMe", first.Subject);
        Assert.Contains("<html lang=\"en\">", first.HtmlBody, StringComparison.Ordinal);
        var firstPath = new Uri(LinkIn(first)).AbsolutePath;
        using var visitor = BackOfficeSession.Create(app);
        Assert.Contains("<html lang=\"en\">", await visitor.GetPageAsync(firstPath), StringComparison.Ordinal);

        // Expired: refused, in the invitation's language.
        await using (var db = app.CreateDbContext())
        {
            var row = await db.Invitations.SingleAsync();
            row.ExpiresAt = DateTime.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
        }

        using (var expired = await visitor.Client.GetAsync(firstPath))
        {
            Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
            Assert.Contains("This invitation has expired", WebUtility.HtmlDecode(await expired.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        // Sent again: a new link, and the old one is unknown.
        Guid key;
        await using (var db = app.CreateDbContext())
        {
            key = await db.Invitations.Select(i => i.Key).SingleAsync();
        }

        using (var resent = await office.SubmitAsync("/umbraco/users/invitations", [new("Key", key.ToString())], "Resend"))
        {
            Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        }

        var second = await smtp.WaitForAsync("ana@example.org", m => LinkIn(m) != LinkIn(first));
        var secondPath = new Uri(LinkIn(second)).AbsolutePath;
        using (var old = await visitor.Client.GetAsync(firstPath))
        {
            Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        }

        Assert.Contains("name=\"NewPassword\"", await visitor.GetPageAsync(secondPath), StringComparison.Ordinal);

        // Revoked: the page says so, and a post makes no account.
        using (var revoked = await office.SubmitAsync("/umbraco/users/invitations", [new("Key", key.ToString())], "Revoke"))
        {
            Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        }

        var page = await visitor.Client.GetAsync(secondPath);
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        var body = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("This invitation has been revoked", body, StringComparison.Ordinal);
        using (var post = await visitor.Client.PostAsync(secondPath, new FormUrlEncodedContent([new("NewPassword", NewPassword), new("ConfirmPassword", NewPassword), new("__RequestVerificationToken", BackOfficeSession.Token(await visitor.GetPageAsync("/umbraco/login")))])))
        {
            Assert.True((int)post.StatusCode < 500, $"{(int)post.StatusCode}");
        }

        // Unknown and malformed tokens: a page, never a 500.
        foreach (var bogus in new[] { "x", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", new string('a', 500), "%C5%BE%E2%80%AE" })
        {
            using var unknown = await visitor.Client.GetAsync("/umbraco/invitation/" + bogus);
            Assert.True(unknown.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{bogus}: {(int)unknown.StatusCode}");
        }

        await using (var db = app.CreateDbContext())
        {
            Assert.False(await db.Users.AnyAsync(u => u.Email == "ana@example.org"));
            var audit = await db.AuditEntries.AsNoTracking().Where(a => a.NodeKey == key).Select(a => a.Action).ToListAsync();
            Assert.Equal(["Invite", "InviteResend", "InviteRevoke"], audit.Order().ToArray());
        }
    }

    [Fact]
    public async Task Writers_and_organisation_editors_cannot_invite_and_the_create_page_offers_no_organisation_editor_with_a_one_time_password()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, "pisec@example.si", Password, UserGroups.Writers);
        using var writer = BackOfficeSession.Create(app);
        await writer.SignInOkAsync("pisec@example.si", Password);
        foreach (var url in new[] { "/umbraco/users/invite", "/umbraco/users/invitations" })
        {
            using var denied = await writer.Client.GetAsync(url);
            Assert.Contains("/umbraco/access-denied", denied.Headers.Location?.OriginalString ?? string.Empty, StringComparison.Ordinal);
        }

        using var admin = await BackOfficeSession.AdministratorAsync(app);
        var create = await admin.GetPageAsync("/umbraco/users/create");
        Assert.DoesNotContain($"value=\"{UserGroups.OrganisationEditors}\"", create, StringComparison.Ordinal);
        Assert.Contains("/umbraco/users/invite", create, StringComparison.Ordinal);
        using var refused = await admin.SubmitAsync("/umbraco/users/create", [new("Input.Name", "X"), new("Input.Email", "x@example.si"), new("Input.Group", UserGroups.OrganisationEditors)]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.DoesNotContain("one-time-password", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static List<KeyValuePair<string, string>> Form(string name, string email, string culture, Guid organisation) =>
        [new("Input.Name", name), new("Input.Email", email), new("Input.Culture", culture), new("Input.Organisation", organisation.ToString())];

    private static List<KeyValuePair<string, string>> Passwords(string password, string confirm) =>
        [new("NewPassword", password), new("ConfirmPassword", confirm)];

    private static string LinkIn(MimeMessage mail) => Link().Match(mail.TextBody ?? string.Empty).Value;

    [GeneratedRegex(@"https://nmzame\.example/umbraco/invitation/[A-Za-z0-9_-]+")]
    private static partial Regex Link();
}
