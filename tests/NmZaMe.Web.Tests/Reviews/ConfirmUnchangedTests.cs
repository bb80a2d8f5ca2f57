using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Identity;
using NmZaMe.Cms.Catalogue;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Users;
using NmZaMe.Web.Tests.BackOffice;

namespace NmZaMe.Web.Tests.Reviews;

/// <summary>"Potrjujem, da je vse še res": one click in the editor, many from the dashboard; no content version, an audit line, the site shows it.</summary>
public sealed class ConfirmUnchangedTests
{
    private const string Password = "modra-reka-krka-tece";

    [Fact]
    public async Task An_office_editor_confirms_in_one_click_without_a_new_version_and_the_site_shows_the_check()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, "urednik@example.si", Password, UserGroups.Editors);
        using var session = BackOfficeSession.Create(app);
        await session.SignInOkAsync("urednik@example.si", Password);
        var service = Reachable(app.Snapshot).First();
        var before = await StateAsync(app, service.Key);

        var editor = await session.GetPageAsync($"/umbraco/content/{service.Key}/edit");
        Assert.Contains("id=\"review-status\"", editor, StringComparison.Ordinal);
        Assert.Contains("id=\"next-review\"", editor, StringComparison.Ordinal);
        using var confirmed = await session.Client.PostAsync("/umbraco/review/confirm",
            new FormUrlEncodedContent([new("Keys", service.Key.ToString()), new("__RequestVerificationToken", BackOfficeSession.Token(editor))]));
        var body = WebUtility.HtmlDecode(await confirmed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("id=\"confirmed\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"refused\"", body, StringComparison.Ordinal);

        var after = await StateAsync(app, service.Key);
        Assert.Equal(before.Versions, after.Versions);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith(today, after.Published.Value(Review.LastReviewed, string.Empty), StringComparison.Ordinal);
        Assert.StartsWith(today, after.Draft.Value(Review.LastReviewed, string.Empty), StringComparison.Ordinal);
        Assert.True(string.IsNullOrEmpty(after.Published.Value(Review.ReviewedBy, string.Empty)), "the office checked it");
        Assert.Single(after.Audit, a => a == "Verify");

        // Everything else of the live entry is as it was.
        foreach (var data in new[] { before.Published, after.Published })
        {
            data.SetValue(Review.LastReviewed, string.Empty, null);
            data.SetValue(Review.ReviewedBy, string.Empty, null);
        }

        Assert.Equal(before.Published.Serialize(), after.Published.Serialize());

        var html = await (await app.CreateClient().GetAsync("/sl" + app.Snapshot.Route(app.Snapshot.Get(service.Key)!, "sl-SI"))).Content.ReadAsStringAsync();
        var local = NmZaMe.Web.Site.Hours.NovoMestoClock.ToLocal(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"Preverjeno: <time datetime=\"{local}\">", html, StringComparison.Ordinal);
        Assert.Contains("(Pisarna lokalne blaginje)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_organisation_editor_sends_several_checks_for_approval_for_the_organisation_and_nothing_outside_it()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var snapshot = app.Snapshot;
        var organisation = snapshot.All.Where(c => c.ContentType.Alias == "organisation")
            .First(o => snapshot.ChildrenOf(o.Key).Count(s => Reachable(snapshot).Contains(s)) >= 2);
        var mine = snapshot.ChildrenOf(organisation.Key).Where(s => Reachable(snapshot).Contains(s)).Take(2).ToList();
        var other = Reachable(snapshot).First(s => s.ParentKey != organisation.Key);
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
        var otherBefore = await StateAsync(app, other.Key);
        var dashboard = await session.GetPageAsync("/umbraco");
        using var response = await session.Client.PostAsync("/umbraco/review/confirm", new FormUrlEncodedContent(
            [.. mine.Select(s => new KeyValuePair<string, string>("Keys", s.Key.ToString())), new("Keys", other.Key.ToString()), new("__RequestVerificationToken", BackOfficeSession.Token(dashboard))]));
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Te vsebine ni ali je ne smete urejati.", body, StringComparison.Ordinal);

        // Without content.publish the check goes into the draft and waits for an approver (issue 14); the site is as it was.
        Assert.Contains("id=\"requested\"", body, StringComparison.Ordinal);
        foreach (var service in mine)
        {
            var state = await StateAsync(app, service.Key);
            Assert.Equal(Udi.Document(organisation.Key), state.Draft.Value(Review.ReviewedBy, string.Empty));
            Assert.NotEqual(Udi.Document(organisation.Key), state.Published.Value(Review.ReviewedBy, string.Empty));
            Assert.Single(state.Audit, a => a == "SendForApproval");
        }

        var otherAfter = await StateAsync(app, other.Key);
        Assert.Equal(otherBefore.Published.Serialize(), otherAfter.Published.Serialize());
        Assert.DoesNotContain("Verify", otherAfter.Audit);
    }

    /// <summary>Published services that have a contact channel of their own (so they may be marked checked), in key order.</summary>
    private static List<PublishedContent> Reachable(PublishedSnapshot snapshot) =>
        snapshot.All.Where(c => c.ContentType.Alias == "service" && ContactChannels.HasOwn(c, confidential: false)
                && snapshot.Get(c.ParentKey ?? Guid.Empty) is { } parent && parent.Value("confidentialLocation", string.Empty) is not true)
            .OrderBy(c => c.Key).ToList();

    private static async Task<(ContentData Published, ContentData Draft, int Versions, List<string> Audit)> StateAsync(CmsApplication app, Guid key)
    {
        await using var db = app.CreateDbContext();
        var node = await db.Nodes.AsNoTracking().SingleAsync(n => n.Key == key);
        var versions = await db.ContentVersions.CountAsync(v => v.NodeId == node.Id);
        var audit = await db.AuditEntries.AsNoTracking().Where(a => a.NodeKey == key).Select(a => a.Action).ToListAsync();
        return (ContentData.Deserialize(node.PublishedData!), ContentData.Deserialize(node.DraftData), versions, audit);
    }
}
