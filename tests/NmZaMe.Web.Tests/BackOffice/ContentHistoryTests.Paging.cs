using NmZaMe.Cms.Persistence;

namespace NmZaMe.Web.Tests.BackOffice;

public sealed partial class ContentHistoryTests
{
    /// <summary>
    /// A Razor page's route values carry one named "page" (the page's own path), which model binding prefers to the
    /// query string: the pager's <c>?page=2</c> must still open the second page of the audit trail.
    /// </summary>
    [Fact]
    public async Task The_history_pager_opens_the_older_entries()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var session = await EditorAsync(app);
        var service = Services(app).First();
        await using (var db = app.CreateDbContext())
        {
            var start = DateTime.UtcNow.AddDays(-1);
            for (var i = 1; i <= 25; i++)
            {
                db.AuditEntries.Add(new AuditEntryRecord { NodeKey = service.Key, Date = start.AddMinutes(i), UserName = $"pisec-{i:00}@example.si", Action = "Save" });
            }

            await db.SaveChangesAsync();
        }

        var first = await session.GetPageAsync($"/umbraco/content/{service.Key}/history");
        Assert.Contains("pisec-25@example.si", first, StringComparison.Ordinal);
        Assert.DoesNotContain("pisec-01@example.si", first, StringComparison.Ordinal);

        var second = await session.GetPageAsync($"/umbraco/content/{service.Key}/history?page=2");
        Assert.Contains("pisec-01@example.si", second, StringComparison.Ordinal);
        Assert.DoesNotContain("pisec-25@example.si", second, StringComparison.Ordinal);
    }
}
