using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.Tests.BackOffice;

public sealed class DashboardTests
{
    private const string Password = "modra-reka-krka-tece";

    private static readonly Guid OrganisationsKey = new("5d1c2b3a-0000-4000-8000-000000000001");
    private static readonly Guid AlfaKey = new("5d1c2b3a-0000-4000-8000-000000000002");
    private static readonly Guid BetaKey = new("5d1c2b3a-0000-4000-8000-000000000003");
    private static readonly Guid GamaKey = new("5d1c2b3a-0000-4000-8000-000000000004");
    private static readonly Guid DeltaKey = new("5d1c2b3a-0000-4000-8000-000000000005");

    [Fact]
    public async Task The_four_lists_show_what_needs_review_changed_is_scheduled_and_waits_for_approval()
    {
        using var usync = Catalogue(DateTime.UtcNow);
        using var app = new CmsApplication(usync.Folder);
        await app.StartAsync();
        var due = DateTime.UtcNow.Date.AddDays(3).AddHours(9).AddMinutes(30);
        await using (var db = app.CreateDbContext())
        {
            var nodes = await db.Nodes.ToDictionaryAsync(n => n.Key);
            db.AuditEntries.Add(new AuditEntryRecord { NodeKey = DeltaKey, Date = DateTime.UtcNow, UserName = "pisec@example.si", Action = "Save" });
            db.ContentSchedules.Add(new ContentScheduleRecord { NodeId = nodes[GamaKey].Id, Culture = "sl-SI", Action = ScheduleAction.Publish, Date = due });
            db.ContentSchedules.Add(new ContentScheduleRecord { NodeId = nodes[BetaKey].Id, Culture = "", Action = ScheduleAction.Unpublish, Date = DateTime.UtcNow.AddDays(-1) });
            nodes[BetaKey].ApprovalRequestedBy = "pisec@example.si";
            nodes[BetaKey].ApprovalRequestedAt = DateTime.UtcNow.AddHours(-2);
            await db.SaveChangesAsync();
        }

        await BackOfficeSession.CreateUserAsync(app, "urednik@example.si", Password, UserGroups.Editors);
        using var editor = BackOfficeSession.Create(app);
        await editor.SignInOkAsync("urednik@example.si", Password);

        var page = await editor.GetPageAsync("/umbraco");

        var review = Section(page, "needs-review");
        Assert.True(review.IndexOf("Storitev Gama", StringComparison.Ordinal) < review.IndexOf("Društvo Alfa", StringComparison.Ordinal));
        Assert.True(review.IndexOf("Društvo Alfa", StringComparison.Ordinal) < review.IndexOf("Storitev Delta", StringComparison.Ordinal));
        Assert.DoesNotContain("Društvo Beta", review, StringComparison.Ordinal);
        Assert.DoesNotContain("Čebela", review, StringComparison.Ordinal);
        Assert.Contains($"/umbraco/content/{GamaKey}", review, StringComparison.Ordinal);

        var recent = Section(page, "recently-changed");
        Assert.Contains("<td><a href=\"/umbraco/content/" + DeltaKey + "\">Storitev Delta</a></td><td>shranjeno</td><td>pisec@example.si</td>", recent, StringComparison.Ordinal);
        Assert.True(recent.IndexOf("Storitev Delta", StringComparison.Ordinal) < recent.IndexOf("Čebela", StringComparison.Ordinal), "The audited change is the newest.");

        var scheduled = Section(page, "scheduled");
        var local = TimeZoneInfo.ConvertTimeFromUtc(due, TimeZoneInfo.FindSystemTimeZoneById("Europe/Ljubljana"));
        Assert.Contains("Storitev Gama", scheduled, StringComparison.Ordinal);
        Assert.Contains(local.ToString("d. M. yyyy HH:mm", CultureInfo.GetCultureInfo("sl-SI")), scheduled, StringComparison.Ordinal);
        Assert.DoesNotContain("Društvo Beta", scheduled, StringComparison.Ordinal);

        var approval = Section(page, "awaiting-approval");
        Assert.Contains("Društvo Beta", approval, StringComparison.Ordinal);
        Assert.Contains("pisec@example.si", approval, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writers_do_not_see_approvals_and_organisation_editors_see_only_their_organisation()
    {
        using var usync = Catalogue(DateTime.UtcNow);
        using var app = new CmsApplication(usync.Folder);
        await app.StartAsync();
        await using (var db = app.CreateDbContext())
        {
            var nodes = await db.Nodes.ToDictionaryAsync(n => n.Key);
            db.AuditEntries.Add(new AuditEntryRecord { NodeKey = DeltaKey, Date = DateTime.UtcNow, UserName = "pisec@example.si", Action = "Publish" });
            db.ContentSchedules.Add(new ContentScheduleRecord { NodeId = nodes[DeltaKey].Id, Culture = "", Action = ScheduleAction.Publish, Date = DateTime.UtcNow.AddDays(1) });
            db.ContentSchedules.Add(new ContentScheduleRecord { NodeId = nodes[GamaKey].Id, Culture = "", Action = ScheduleAction.Unpublish, Date = DateTime.UtcNow.AddDays(2) });
            nodes[GamaKey].ApprovalRequestedBy = "drustvo@example.si";
            await db.SaveChangesAsync();
        }

        await BackOfficeSession.CreateUserAsync(app, "pisec@example.si", Password, UserGroups.Writers);
        var id = await BackOfficeSession.CreateUserAsync(app, "drustvo@example.si", Password, UserGroups.OrganisationEditors);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
            var user = (await users.FindByIdAsync(id.ToString()))!;
            user.StartContentKey = AlfaKey;
            await users.UpdateAsync(user);
        }

        using var writer = BackOfficeSession.Create(app);
        await writer.SignInOkAsync("pisec@example.si", Password);
        var writers = await writer.GetPageAsync("/umbraco");
        Assert.DoesNotContain("awaiting-approval", writers, StringComparison.Ordinal);
        Assert.DoesNotContain("Čaka na odobritev", writers, StringComparison.Ordinal);
        Assert.Contains("Storitev Delta", Section(writers, "scheduled"), StringComparison.Ordinal);

        using var organisation = BackOfficeSession.Create(app);
        await organisation.SignInOkAsync("drustvo@example.si", Password);
        var own = await organisation.GetPageAsync("/umbraco");
        Assert.Contains("Storitev Gama", Section(own, "needs-review"), StringComparison.Ordinal);
        Assert.Contains("Društvo Alfa", Section(own, "needs-review"), StringComparison.Ordinal);
        Assert.Contains("Storitev Gama", Section(own, "scheduled"), StringComparison.Ordinal);
        foreach (var other in new[] { "Storitev Delta", "Društvo Beta", "Čebela", DeltaKey.ToString(), BetaKey.ToString() })
        {
            Assert.DoesNotContain(other, own, StringComparison.Ordinal);
        }
    }

    /// <summary>The test catalogue plus two organisations with a service each, reviewed at different times.</summary>
    private static TestUSync Catalogue(DateTime now)
    {
        var usync = TestUSync.Catalogue();
        string Date(DateTime d) => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        Dictionary<string, IReadOnlyDictionary<string, string>> Organisation(DateTime? reviewed) => With(reviewed, new()
        {
            ["summary"] = TestUSync.Cultures("Društvo za preizkus.", "A society for testing."),
            ["organisationType"] = TestUSync.Invariant("[\"javni zavod\"]"),
        });
        Dictionary<string, IReadOnlyDictionary<string, string>> Service(DateTime? reviewed) => With(reviewed, new()
        {
            ["summary"] = TestUSync.Cultures("Storitev za preizkus.", "A service for testing."),
            ["lifeChallenges"] = TestUSync.Invariant($"umb://document/{TestUSync.BeeKey:N}"),
            ["cost"] = TestUSync.Invariant("[\"brezplačno\"]"),
            ["status"] = TestUSync.Invariant("[\"začasno zaprta\"]"),
        });
        Dictionary<string, IReadOnlyDictionary<string, string>> With(DateTime? reviewed, Dictionary<string, IReadOnlyDictionary<string, string>> values)
        {
            if (reviewed is { } r)
            {
                values["lastReviewed"] = TestUSync.Invariant(Date(r));
            }

            return values;
        }

        usync.WriteContent(OrganisationsKey, TestUSync.RootKey, "Test za me", 2, "organisationFolder", 1, ("Organizacije", "Organisations"), []);
        usync.WriteContent(AlfaKey, OrganisationsKey, "Organizacije", 3, "organisation", 0, ("Društvo Alfa", "Alfa Society"), Organisation(now.AddYears(-2)));
        usync.WriteContent(BetaKey, OrganisationsKey, "Organizacije", 3, "organisation", 1, ("Društvo Beta", "Beta Society"), Organisation(now.AddMonths(-1)));
        usync.WriteContent(GamaKey, AlfaKey, "Društvo Alfa", 4, "service", 0, ("Storitev Gama", "Gamma service"), Service(null));
        usync.WriteContent(DeltaKey, BetaKey, "Društvo Beta", 4, "service", 0, ("Storitev Delta", "Delta service"), Service(now.AddMonths(-13)));
        return usync;
    }

    /// <summary>The table with the given id, so an assertion cannot be satisfied by another list on the page.</summary>
    private static string Section(string page, string id)
    {
        var start = page.IndexOf($"<table id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No table {id} on the dashboard.");
        return WebUtility.HtmlDecode(page[start..page.IndexOf("</table>", start, StringComparison.Ordinal)]);
    }
}
