using System.Net;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.Tests.BackOffice;

/// <summary>
/// B1: a change to the live site (move or sort of published items, unpublish, trash of a published item) by someone
/// without the publish permission becomes a request for approval, like an edit: the site stays as it is, the approver
/// sees what is asked, approving applies it, rejecting leaves the site unchanged.
/// </summary>
public sealed class ChangeRequestTests
{
    private const string Password = "modra-reka-krka-tece";

    [Fact]
    public async Task A_writers_move_of_a_published_item_waits_for_approval_and_approving_moves_it()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var writer = await SignInAsync(app, "pisec@example.si", UserGroups.Writers);
        using var editor = await SignInAsync(app, "urednica@example.si", UserGroups.Editors);
        var organisations = app.Snapshot.All.Where(c => c.ContentType.Alias == "organisation" && app.Snapshot.ChildrenOf(c.Key).Length > 0).OrderBy(c => c.Key).Take(2).ToList();
        var service = app.Snapshot.ChildrenOf(organisations[0].Key).First();

        using var move = await writer.SubmitAsync($"/umbraco/content/{service.Key}/move", new Dictionary<string, string> { ["ParentKey"] = organisations[1].Key.ToString() });

        Assert.Equal($"/umbraco/content/{service.Key}?requested=move", move.Headers.Location?.OriginalString);
        Assert.Contains("Premik je poslan v odobritev", await writer.GetPageAsync(move.Headers.Location!.OriginalString), StringComparison.Ordinal);
        Assert.Equal(organisations[0].Key, app.Snapshot.Get(service.Key)!.ParentKey);
        await using (var db = app.CreateDbContext())
        {
            Assert.Contains("urednica@example.si", await db.MailOutbox.Where(m => m.Template == "ContentRequestedMail").Select(m => m.To).ToListAsync());
        }

        var approvals = WebUtility.HtmlDecode(await editor.GetPageAsync("/umbraco/content/approvals"));
        Assert.Contains($"Premik »{service.Name("sl-SI")}« pod »{organisations[1].Name("sl-SI")}«", approvals, StringComparison.Ordinal);
        var id = await RequestIdAsync(app, service.Key);
        using var approved = await editor.SubmitAsync($"/umbraco/content/approvals?id={id}", new Dictionary<string, string>(), "ApproveRequest");

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(organisations[1].Key, app.Snapshot.Get(service.Key)!.ParentKey);
        await using (var db = app.CreateDbContext())
        {
            Assert.False(await db.ContentRequests.AnyAsync());
            Assert.Contains("pisec@example.si", await db.MailOutbox.Where(m => m.Template == "ContentRequestApprovedMail").Select(m => m.To).ToListAsync());
        }
    }

    [Fact]
    public async Task A_writers_new_order_of_published_children_waits_and_rejecting_leaves_the_site_as_it_was()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var writer = await SignInAsync(app, "pisec@example.si", UserGroups.Writers);
        using var editor = await SignInAsync(app, "urednica@example.si", UserGroups.Editors);
        var organisation = app.Snapshot.All.Where(c => c.ContentType.Alias == "organisation").First(o => app.Snapshot.ChildrenOf(o.Key).Length >= 2);
        var before = app.Snapshot.ChildrenOf(organisation.Key).Select(c => c.Key).ToList();
        var fields = new Dictionary<string, string>();
        for (var i = 0; i < before.Count; i++)
        {
            fields[$"Keys[{i}]"] = before[i].ToString();
            fields[$"Positions[{i}]"] = (before.Count - i).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        using var sort = await writer.SubmitAsync($"/umbraco/content/{organisation.Key}/sort", fields);

        Assert.Equal($"/umbraco/content/{organisation.Key}/sort?requested=1", sort.Headers.Location?.OriginalString);
        Assert.Equal(before, app.Snapshot.ChildrenOf(organisation.Key).Select(c => c.Key).ToList());
        Assert.Contains("Nov vrstni red pod", WebUtility.HtmlDecode(await editor.GetPageAsync("/umbraco/content/approvals")), StringComparison.Ordinal);

        var id = await RequestIdAsync(app, organisation.Key);
        using var rejected = await editor.SubmitAsync($"/umbraco/content/approvals?id={id}", new Dictionary<string, string> { ["note"] = "Vrstni red ostane." }, "RejectRequest");

        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Equal(before, app.Snapshot.ChildrenOf(organisation.Key).Select(c => c.Key).ToList());
        await using var db = app.CreateDbContext();
        Assert.False(await db.ContentRequests.AnyAsync());
        Assert.Contains("pisec@example.si", await db.MailOutbox.Where(m => m.Template == "ContentRequestRejectedMail").Select(m => m.To).ToListAsync());
    }

    [Fact]
    public async Task A_writers_trash_and_unpublish_of_a_published_item_wait_and_approving_applies_them()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var writer = await SignInAsync(app, "pisec@example.si", UserGroups.Writers);
        using var editor = await SignInAsync(app, "urednica@example.si", UserGroups.Editors);
        var services = app.Snapshot.All.Where(c => c.ContentType.Alias == "service").OrderBy(c => c.Key).Take(2).ToList();

        Assert.Contains($"/umbraco/content/{services[0].Key}/trash", await writer.GetPageAsync($"/umbraco/content/{services[0].Key}"), StringComparison.Ordinal);
        using var trash = await writer.SubmitAsync($"/umbraco/content/{services[0].Key}/trash", new Dictionary<string, string>());
        Assert.Equal($"/umbraco/content/{services[0].Key}?requested=trash", trash.Headers.Location?.OriginalString);
        using var unpublish = await writer.SubmitAsync($"/umbraco/content/{services[1].Key}/edit?culture=sl-SI", new Dictionary<string, string> { ["Culture"] = "sl-SI", ["op"] = "unpublish" });
        Assert.Equal(HttpStatusCode.Redirect, unpublish.StatusCode);
        Assert.NotNull(app.Snapshot.Get(services[0].Key));
        Assert.NotNull(app.Snapshot.Get(services[1].Key)?.Name("sl-SI"));

        var approvals = WebUtility.HtmlDecode(await editor.GetPageAsync("/umbraco/content/approvals"));
        Assert.Contains($"Premik »{services[0].Name("sl-SI")}« v koš", approvals, StringComparison.Ordinal);
        Assert.Contains($"Preklic objave »{services[1].Name("sl-SI")}« (sl-SI)", approvals, StringComparison.Ordinal);
        foreach (var key in new[] { services[0].Key, services[1].Key })
        {
            using var approved = await editor.SubmitAsync($"/umbraco/content/approvals?id={await RequestIdAsync(app, key)}", new Dictionary<string, string>(), "ApproveRequest");
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        Assert.Null(app.Snapshot.Get(services[0].Key));
        Assert.Null(app.Snapshot.Get(services[1].Key)?.Name("sl-SI"));
    }

    [Fact]
    public async Task An_editor_sees_the_requests_in_english_and_an_organisation_editor_cannot_decide_them()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var writer = await SignInAsync(app, "pisec@example.si", UserGroups.Writers);
        var service = app.Snapshot.All.Where(c => c.ContentType.Alias == "service").OrderBy(c => c.Key).First();
        using (await writer.SubmitAsync($"/umbraco/content/{service.Key}/trash", new Dictionary<string, string>()))
        {
        }

        using var editor = await SignInAsync(app, "editor@example.si", UserGroups.Editors);
        using (await editor.SubmitAsync("/umbraco/account/language", new Dictionary<string, string> { ["Culture"] = "en-US" }))
        {
        }

        var approvals = WebUtility.HtmlDecode(await editor.GetPageAsync("/umbraco/content/approvals"));
        Assert.Contains($"Move “{service.Name("sl-SI")}” to the recycle bin", approvals, StringComparison.Ordinal);
        Assert.Contains("Changes to the live site", approvals, StringComparison.Ordinal);

        using var orgEditor = await SignInAsync(app, "drustvo@example.si", UserGroups.OrganisationEditors);
        using var refused = await orgEditor.Client.GetAsync("/umbraco/content/approvals");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull(app.Snapshot.Get(service.Key));
    }

    private static async Task<BackOfficeSession> SignInAsync(CmsApplication app, string email, string group)
    {
        await BackOfficeSession.CreateUserAsync(app, email, Password, group);
        var session = BackOfficeSession.Create(app);
        await session.SignInOkAsync(email, Password);
        return session;
    }

    private static async Task<long> RequestIdAsync(CmsApplication app, Guid key)
    {
        await using var db = app.CreateDbContext();
        return await db.ContentRequests.Where(r => r.NodeKey == key).Select(r => r.Id).SingleAsync();
    }
}
