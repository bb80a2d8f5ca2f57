using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;

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

    [Fact]
    public async Task Exported_files_are_named_by_the_day_in_ljubljana()
    {
        // At 23:30 UTC it is already the next day in Ljubljana (00:30 in winter, 01:30 in summer).
        var now = DateTimeOffset.UtcNow;
        var lateEvening = new DateTimeOffset(now.Year, now.Month, now.Day, 23, 30, 0, TimeSpan.Zero);
        var clock = new ShiftedClock(lateEvening - now);
        using var app = new CmsApplication(services: s => s.AddSingleton<TimeProvider>(clock));
        await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, "pisarna@example.si", "modra-reka-krka-tece", UserGroups.Editors);
        using var office = BackOfficeSession.Create(app);
        await office.SignInOkAsync("pisarna@example.si", "modra-reka-krka-tece");
        var nextDay = lateEvening.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var spreadsheet = await office.Client.GetAsync("/umbraco/spreadsheets/export/download?culture=all&format=csv");
        Assert.Equal(HttpStatusCode.OK, spreadsheet.StatusCode);
        Assert.Equal($"organizacije-in-storitve-all-{nextDay}.csv", spreadsheet.Content.Headers.ContentDisposition?.FileName?.Trim('"'));

        using var requests = await office.SubmitAsync("/umbraco/requests", [new("status", "New")], "Export");
        Assert.Equal(HttpStatusCode.OK, requests.StatusCode);
        Assert.Equal($"prosnje-za-klic-{nextDay}.csv", requests.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    private sealed class ShiftedClock(TimeSpan ahead) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + ahead;
    }
}
