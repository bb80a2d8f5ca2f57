using System.Net;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;
using NmZaMe.Web.Tests.BackOffice;
using NmZaMe.Web.Tests.Mail;

namespace NmZaMe.Web.Tests.CallBacks;

/// <summary>The office's inbox: who may see it, what opening, a status change and an export write to the access log, and the notification mail.</summary>
public sealed class CallBackInboxTests
{
    private const string Password = "modra-reka-krka-tece";
    private const string Office = "pisarna@example.si";

    [Fact]
    public async Task The_office_is_notified_without_personal_content_and_opens_changes_and_exports_with_every_step_logged()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        using var app = new CmsApplication(settings: SmtpTestServer.Settings(smtp.Port));
        var client = await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, Office, Password, UserGroups.Editors);
        await BackOfficeSession.CreateUserAsync(app, "pisec@example.si", Password, UserGroups.Writers);
        var service = app.Snapshot.All.First(c => c.ContentType.Alias == "service" && (c.Name("sl-SI") ?? "").StartsWith("Pomoč družini na domu", StringComparison.Ordinal));

        await CallBackForms.SendAsync(app, client, service.Key);

        var mail = await smtp.WaitForAsync(Office);
        Assert.Equal("Nova prošnja za klic", mail.Subject);
        Assert.Contains("https://nmzame.example/umbraco/requests?status=New", mail.TextBody, StringComparison.Ordinal);
        foreach (var personal in new[] { CallBackForms.Contact, CallBackForms.Note, "Ana", "dopoldne", "Pomoč družini" })
        {
            Assert.DoesNotContain(personal, mail.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain(personal, mail.HtmlBody, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(smtp.Received, m => m.To.Mailboxes.Any(b => b.Address == "pisec@example.si"));

        // A writer has no access to the inbox.
        using (var writer = BackOfficeSession.Create(app))
        {
            await writer.SignInOkAsync("pisec@example.si", Password);
            using var denied = await writer.Client.GetAsync("/umbraco/requests");
            Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
            Assert.Contains("/umbraco/access-denied?", denied.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        using var office = BackOfficeSession.Create(app);
        await office.SignInOkAsync(Office, Password);
        var list = WebUtility.HtmlDecode(await office.GetPageAsync("/umbraco/requests"));
        Assert.Contains("Pomoč družini na domu", list, StringComparison.Ordinal);
        Assert.DoesNotContain(CallBackForms.Contact, list, StringComparison.Ordinal);
        Guid key;
        await using (var db = app.CreateDbContext())
        {
            var arrived = await db.CallBacks.SingleAsync();
            key = arrived.Key;
            Assert.Empty(await db.CallBackAccess.ToListAsync());
            // 12:23 UTC is 13:23 in Ljubljana: the export shows the office's time, as the pages do (B9).
            arrived.ArrivedAt = new DateTime(2026, 12, 4, 12, 23, 0, DateTimeKind.Utc);
            await db.SaveChangesAsync();
        }

        var opened = WebUtility.HtmlDecode(await office.GetPageAsync($"/umbraco/requests/{key}"));
        Assert.Contains(CallBackForms.Contact, opened, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:0415550199\"", opened, StringComparison.Ordinal);
        Assert.Contains(CallBackForms.Note, opened, StringComparison.Ordinal);

        using (var changed = await office.SubmitAsync($"/umbraco/requests/{key}", [new("status", "Done")], "Status"))
        {
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        }

        using (var exported = await office.SubmitAsync("/umbraco/requests", [new("status", "Done")], "Export"))
        {
            Assert.Equal(HttpStatusCode.OK, exported.StatusCode);
            Assert.Equal("text/csv", exported.Content.Headers.ContentType?.MediaType);
            var csv = await exported.Content.ReadAsStringAsync();
            Assert.Contains(CallBackForms.Contact, csv, StringComparison.Ordinal);
            Assert.Contains("2026-12-04 13:23", csv, StringComparison.Ordinal);
        }

        await using (var db = app.CreateDbContext())
        {
            var log = await db.CallBackAccess.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
            Assert.Equal(["open", "open", "status:Done", "export"], log.Select(a => a.Action).ToArray());
            Assert.All(log, a => Assert.Equal(Office, a.UserName));
            Assert.All(log, a => Assert.Equal(key, a.RequestKey));
            Assert.Equal(CallBackStatus.Done, (await db.CallBacks.SingleAsync()).Status);
        }

        var after = WebUtility.HtmlDecode(await office.GetPageAsync($"/umbraco/requests/{key}"));
        Assert.Contains("id=\"access-log\"", after, StringComparison.Ordinal);
        Assert.Contains("stanje: rešeno", after, StringComparison.Ordinal);
        Assert.Contains("izvoženo", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_insights_page_counts_requests_per_life_situation_beside_the_searches()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, Office, Password, UserGroups.Editors);
        var service = app.Snapshot.All.First(c => c.ContentType.Alias == "service" && (c.Name("sl-SI") ?? "").StartsWith("Pomoč družini na domu", StringComparison.Ordinal));
        await CallBackForms.SendAsync(app, client, service.Key);
        await CallBackForms.SendAsync(app, client, service.Key);

        using var office = BackOfficeSession.Create(app);
        await office.SignInOkAsync(Office, Password);
        var page = WebUtility.HtmlDecode(await office.GetPageAsync("/umbraco/insights"));

        Assert.Contains("<td>prošnje za klic</td>", page, StringComparison.Ordinal);
        await using var db = app.CreateDbContext();
        var tally = await db.CallBackTally.AsNoTracking().ToListAsync();
        Assert.Equal(2, tally.Count);
        Assert.All(tally, t => Assert.NotNull(t.LifeChallenge));
        Assert.Matches("<td class=\"bar-cell\">2 <svg", page);
    }
}
