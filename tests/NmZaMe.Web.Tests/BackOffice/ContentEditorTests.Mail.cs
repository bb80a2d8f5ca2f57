using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Users;
using NmZaMe.Web.Tests.Mail;

namespace NmZaMe.Web.Tests.BackOffice;

public sealed partial class ContentEditorTests
{
    [Fact]
    public async Task Sending_for_approval_mails_the_editors_who_can_publish_it_and_the_author_hears_of_rejection_and_approval_in_their_language()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var (app, session) = await SignedInAsync(UserGroups.OrganisationEditors, async app =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
            var author = (await users.FindByEmailAsync("oseba@example.si"))!;
            author.Culture = "en-US";
            await users.UpdateAsync(author);
            await BackOfficeSession.CreateUserAsync(app, "urednica@example.si", Password, UserGroups.Editors);
            await BackOfficeSession.CreateUserAsync(app, "pisec@example.si", Password, UserGroups.Writers);
            var elsewhere = await BackOfficeSession.CreateUserAsync(app, "drugje@example.si", Password, UserGroups.Editors);
            var other = (await users.FindByIdAsync(elsewhere.ToString()))!;
            other.StartContentKey = Organisation(app, 1).Key;
            await users.UpdateAsync(other);
        }, SmtpTestServer.Settings(smtp.Port));
        using var _ = app;
        using var __ = session;

        var own = Organisation(app, 0);
        var key = Guid.NewGuid();
        using var sent = await PostAsync(session, $"/umbraco/content/create?parent={own.Key}&type=service", Service(app, key, "Naša nova storitev", "approval"));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var request = await smtp.WaitForAsync("urednica@example.si");
        Assert.Equal("Čaka na odobritev: Naša nova storitev", request.Subject);
        Assert.Contains($"https://nmzame.example/umbraco/content/{key}", request.TextBody, StringComparison.Ordinal);
        Assert.Contains("(jeziki: sl-SI)", request.TextBody, StringComparison.Ordinal);
        await using (var db = app.CreateDbContext())
        {
            // Everyone who may publish in the organisation (the start-up administrator too), nobody else.
            var recipients = (await db.MailOutbox.Select(m => m.To).ToListAsync()).Order(StringComparer.Ordinal);
            Assert.Equal(["admin@nmzame.local", "urednica@example.si"], recipients);
        }

        using var editor = BackOfficeSession.Create(app);
        await editor.SignInOkAsync("urednica@example.si", Password);
        using var rejected = await editor.SubmitAsync($"/umbraco/content/approvals?key={key}", new Dictionary<string, string> { ["note"] = "Dopolnite opis." }, "Reject");
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        var rejection = await smtp.WaitForAsync("oseba@example.si");
        Assert.Equal("Sent back: Naša nova storitev", rejection.Subject);
        Assert.Contains("Note: Dopolnite opis.", rejection.TextBody, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", rejection.HtmlBody, StringComparison.Ordinal);

        var url = $"/umbraco/content/{key}/edit?culture=sl-SI";
        using var again = await PostAsync(session, url, await AllFieldsAsync(session, url, ("op", "approval")));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        using var approved = await editor.SubmitAsync($"/umbraco/content/approvals?key={key}", new Dictionary<string, string>(), "Approve");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var approval = await smtp.WaitForAsync("oseba@example.si", m => m.Subject?.StartsWith("Published", StringComparison.Ordinal) == true);
        Assert.Equal("Published: Naša nova storitev", approval.Subject);
        Assert.Contains("now published", approval.TextBody, StringComparison.Ordinal);
    }
}
