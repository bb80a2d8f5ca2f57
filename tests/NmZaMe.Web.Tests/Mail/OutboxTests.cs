using System.Net;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;
using NmZaMe.Web.Tests.BackOffice;

namespace NmZaMe.Web.Tests.Mail;

public sealed class OutboxTests
{
    private const string Admin = "skrbnik@example.si";

    [Fact]
    public async Task An_administrators_test_message_goes_through_the_outbox_to_the_smtp_server_as_text_and_html()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        using var app = new CmsApplication(settings: SmtpTestServer.Settings(smtp.Port));
        await app.StartAsync();
        using var session = await BackOfficeSession.AdministratorAsync(app);

        var page = await session.GetPageAsync("/umbraco/settings/mail");
        Assert.Contains("127.0.0.1:" + smtp.Port, page, StringComparison.Ordinal);
        Assert.DoesNotContain("mail-not-configured", page, StringComparison.Ordinal);
        using var sent = await session.SubmitAsync("/umbraco/settings/mail", [new("TestAddress", "preizkus@example.si")], "Test");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var mail = await smtp.WaitForAsync("preizkus@example.si");
        Assert.Equal("Preizkusno sporočilo NmZaMe", mail.Subject);
        Assert.Equal("nmzame@novomesto.example", mail.From.Mailboxes.Single().Address);
        Assert.Equal("NmZaMe Novo mesto", mail.From.Mailboxes.Single().Name);
        Assert.Contains("pošiljanje e-pošte deluje", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"sl\">", mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", mail.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("auto-generated", mail.Headers["Auto-Submitted"]);

        await using var db = app.CreateDbContext();
        var row = await db.MailOutbox.AsNoTracking().SingleAsync();
        await WaitUntilAsync(app, db => db.MailOutbox.AnyAsync(m => m.Id == row.Id && m.Status == OutboxStatus.Sent));
        Assert.StartsWith(row.Key.ToString("N"), mail.MessageId, StringComparison.Ordinal);
        var log = await session.GetPageAsync("/umbraco/settings/mail?status=Sent");
        Assert.Contains($"id=\"mail-{row.Id}\"", log, StringComparison.Ordinal);
        Assert.Contains("preizkus@example.si", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_smtp_server_is_down_mail_waits_with_the_error_logged_and_is_sent_when_it_is_back()
    {
        var port = SmtpTestServer.FreePort();
        using var app = new CmsApplication(settings: SmtpTestServer.Settings(port));
        await app.StartAsync();
        using var session = await BackOfficeSession.AdministratorAsync(app);

        using var queued = await session.SubmitAsync("/umbraco/settings/mail", [new("TestAddress", "caka@example.si")], "Test");
        Assert.Equal(HttpStatusCode.Redirect, queued.StatusCode);
        await WaitUntilAsync(app, db => db.MailAttempts.AnyAsync(a => !a.Succeeded));

        await using (var db = app.CreateDbContext())
        {
            var waiting = await db.MailOutbox.AsNoTracking().SingleAsync();
            Assert.Equal(OutboxStatus.Queued, waiting.Status);
            Assert.Equal(1, waiting.Attempts);
            Assert.True(waiting.NextAttemptAt > DateTime.UtcNow.AddSeconds(30), "the next attempt waits by the back-off");
            Assert.NotNull(waiting.LastError);
        }

        var log = WebUtility.HtmlDecode(await session.GetPageAsync("/umbraco/settings/mail?status=Queued"));
        Assert.Contains("caka@example.si", log, StringComparison.Ordinal);
        Assert.Contains("naslednji poskus", log, StringComparison.Ordinal);
        Assert.Contains("class=\"mail-errors\"", log, StringComparison.Ordinal);

        await using var smtp = await SmtpTestServer.StartAsync(port);
        long id;
        await using (var db = app.CreateDbContext())
        {
            id = await db.MailOutbox.Select(m => m.Id).SingleAsync();
        }

        using var retried = await session.SubmitAsync("/umbraco/settings/mail", [], $"Retry&id={id}");
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        var mail = await smtp.WaitForAsync("caka@example.si");
        Assert.Equal("Preizkusno sporočilo NmZaMe", mail.Subject);
        await WaitUntilAsync(app, db => db.MailOutbox.AnyAsync(m => m.Status == OutboxStatus.Sent && m.Attempts == 2));
    }

    [Fact]
    public async Task Without_mail_settings_the_page_says_so_and_a_test_message_waits_without_failing()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var session = await BackOfficeSession.AdministratorAsync(app);

        var page = await session.GetPageAsync("/umbraco/settings/mail");
        Assert.Contains("id=\"mail-not-configured\"", page, StringComparison.Ordinal);
        using var queued = await session.SubmitAsync("/umbraco/settings/mail", [new("TestAddress", Admin)], "Test");
        Assert.Equal(HttpStatusCode.Redirect, queued.StatusCode);
        var after = WebUtility.HtmlDecode(await session.GetPageAsync(queued.Headers.Location!.OriginalString));
        Assert.Contains("e-pošta ni nastavljena", after, StringComparison.Ordinal);

        await using var db = app.CreateDbContext();
        var row = await db.MailOutbox.AsNoTracking().SingleAsync();
        Assert.Equal(OutboxStatus.Queued, row.Status);
        Assert.Equal(0, row.Attempts);
    }

    [Fact]
    public async Task A_bad_test_address_is_a_message_on_the_page_and_only_administrators_see_the_outbox()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var session = await BackOfficeSession.AdministratorAsync(app);

        using var bad = await session.SubmitAsync("/umbraco/settings/mail", [new("TestAddress", "ni-naslov")], "Test");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("To ni veljaven e-poštni naslov.", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await using (var db = app.CreateDbContext())
        {
            Assert.False(await db.MailOutbox.AnyAsync());
        }

        await BackOfficeSession.CreateUserAsync(app, "urednik@example.si", "modra-reka-krka-tece", UserGroups.Editors);
        using var editor = BackOfficeSession.Create(app);
        await editor.SignInOkAsync("urednik@example.si", "modra-reka-krka-tece");
        using var denied = await editor.Client.GetAsync("/umbraco/settings/mail");
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
        Assert.Contains("/umbraco/access-denied", denied.Headers.Location?.OriginalString ?? string.Empty, StringComparison.Ordinal);
    }

    /// <summary>Polls the database until the condition holds (the sender works in the background), up to 30 s.</summary>
    internal static async Task WaitUntilAsync(CmsApplication app, Func<CmsDbContext, Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using (var db = app.CreateDbContext())
            {
                if (await condition(db))
                {
                    return;
                }
            }

            Assert.True(DateTime.UtcNow < deadline, "The condition did not come true within 30 s.");
            await Task.Delay(50);
        }
    }
}
