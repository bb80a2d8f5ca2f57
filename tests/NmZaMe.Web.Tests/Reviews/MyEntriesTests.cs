using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Catalogue;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;
using NmZaMe.Web.Tests.BackOffice;

namespace NmZaMe.Web.Tests.Reviews;

/// <summary>The organisation editor's home: their entries, with a due review, changes sent back and an alert first.</summary>
public sealed class MyEntriesTests
{
    private const string Password = "modra-reka-krka-tece";

    [Fact]
    public async Task An_organisation_editor_sees_only_their_entries_and_what_needs_attention()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var snapshot = app.Snapshot;
        var organisation = snapshot.All.Where(c => c.ContentType.Alias == "organisation").OrderBy(c => c.Key).First(o => snapshot.ChildrenOf(o.Key).Length >= 3);
        var services = snapshot.ChildrenOf(organisation.Key).OrderBy(c => c.Key).Take(3).ToList();
        var elsewhere = snapshot.All.First(c => c.ContentType.Alias == "service" && c.ParentKey != organisation.Key);
        await using (var db = app.CreateDbContext())
        {
            var overdue = await db.Nodes.SingleAsync(n => n.Key == services[0].Key);
            var data = ContentData.Deserialize(overdue.PublishedData!);
            data.SetValue(Review.LastReviewed, string.Empty, "2020-01-01 00:00:00");
            overdue.PublishedData = data.Serialize();
            var alerted = await db.Nodes.SingleAsync(n => n.Key == services[1].Key);
            var alert = ContentData.Deserialize(alerted.PublishedData!);
            alert.SetValue(ServiceAlert.Alert, "sl-SI", "Zaprto do ponedeljka.");
            alerted.PublishedData = alert.Serialize();
            db.AuditEntries.Add(new AuditEntryRecord { NodeKey = services[2].Key, Date = DateTime.UtcNow, UserName = "urednik@example.si", Action = "Reject", Detail = "Manjka telefon." });
            await app.Services.GetRequiredService<ContentCommit>().SaveAsync(db, new ContentChange(ContentChangeKind.Published, [services[0].Key, services[1].Key]));
        }

        var id = await BackOfficeSession.CreateUserAsync(app, "drustvo@example.si", Password, UserGroups.OrganisationEditors);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
            var user = (await users.FindByIdAsync(id.ToString()))!;
            user.StartContentKey = organisation.Key;
            await users.UpdateAsync(user);
        }

        using var session = BackOfficeSession.Create(app);
        await session.SignInOkAsync("drustvo@example.si", Password);
        Assert.Contains("href=\"/umbraco/my-entries\"", await session.GetPageAsync("/umbraco"), StringComparison.Ordinal);
        var page = WebUtility.HtmlDecode(await session.GetPageAsync("/umbraco/my-entries"));

        Assert.Contains($"id=\"entry-{organisation.Key}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"id=\"entry-{elsewhere.Key}\"", page, StringComparison.Ordinal);
        Assert.Contains("class=\"review-due\"", Row(page, services[0].Key), StringComparison.Ordinal);
        Assert.Contains("Zaprto do ponedeljka.", Row(page, services[1].Key), StringComparison.Ordinal);
        Assert.Contains("Manjka telefon.", Row(page, services[2].Key), StringComparison.Ordinal);

        // What needs attention comes first.
        Assert.True(page.IndexOf($"entry-{services[2].Key}", StringComparison.Ordinal) < page.IndexOf($"entry-{organisation.Key}", StringComparison.Ordinal)
            || Row(page, organisation.Key).Contains("<li", StringComparison.Ordinal));
    }

    private static string Row(string page, Guid key)
    {
        var start = page.IndexOf($"id=\"entry-{key}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No row for {key}");
        return page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}
