using System.Net;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Web.Tests.BackOffice;

/// <summary>
/// B9: every time the back office shows is Ljubljana time, whatever the server's zone (the test host runs in UTC, where
/// a page that used the server's zone would show 12:23 for what happened at 13:23 in Novo mesto).
/// </summary>
public sealed class OfficeTimeZoneTests
{
    // 4 December 2026 12:23 UTC is 13:23 in Ljubljana (CET, UTC+1).
    private static readonly DateTime Moment = new(2026, 12, 4, 12, 23, 0, DateTimeKind.Utc);

    [Fact]
    public async Task The_item_page_history_and_approval_banner_show_the_same_moment_in_ljubljana_time()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var admin = await BackOfficeSession.AdministratorAsync(app);
        var service = app.Snapshot.All.First(c => c.ContentType.Alias == "service");
        await using (var db = app.CreateDbContext())
        {
            var node = await db.Nodes.FirstAsync(n => n.Key == service.Key);
            node.UpdateDate = Moment;
            node.ApprovalRequestedAt = Moment;
            node.ApprovalRequestedBy = "pisec@example.si";
            db.AuditEntries.Add(new AuditEntryRecord { NodeKey = service.Key, Date = Moment, UserName = "pisec@example.si", Action = "Save" });
            await db.SaveChangesAsync();
        }

        foreach (var path in new[] { $"/umbraco/content/{service.Key}", $"/umbraco/content/{service.Key}/history", $"/umbraco/content/{service.Key}/edit" })
        {
            var html = WebUtility.HtmlDecode(await admin.GetPageAsync(path));
            Assert.True(html.Contains("4. 12. 2026 13:23", StringComparison.Ordinal), $"{path} does not show 13:23");
            Assert.DoesNotContain("4. 12. 2026 12:23", html, StringComparison.Ordinal);
        }

        await admin.SubmitAsync("/umbraco/account/language", new Dictionary<string, string> { ["Culture"] = "en-US" });
        var english = WebUtility.HtmlDecode(await admin.GetPageAsync($"/umbraco/content/{service.Key}/history"));
        Assert.Contains("4 Dec 2026 13:23", english, StringComparison.Ordinal);
    }
}
