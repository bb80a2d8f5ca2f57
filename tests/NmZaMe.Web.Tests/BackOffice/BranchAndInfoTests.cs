using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.Tests.BackOffice;

/// <summary>Publish with descendants, restore and republish from the recycle bin, and the item page's info panel (issue 14).</summary>
public sealed class BranchAndInfoTests
{
    private const string Password = "modra-reka-krka-tece";

    private static async Task<(CmsApplication App, BackOfficeSession Session)> SignedInAsync(string group)
    {
        var app = new CmsApplication();
        await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, "oseba@example.si", Password, group);
        var session = BackOfficeSession.Create(app);
        await session.SignInOkAsync("oseba@example.si", Password);
        return (app, session);
    }

    private static PublishedContent OrganisationWithServices(CmsApplication app) =>
        app.Snapshot.All.Where(c => c.ContentType.Alias == "organisation" && Publishable(app, c.Key).Count > 1).OrderBy(c => c.Key).First();

    /// <summary>
    /// Children that may go on the site again once off it: a service marked checked needs a contact channel of its own
    /// to be published anew (ReviewRule), which some seed services, reached through their organisation, do not have.
    /// </summary>
    private static List<PublishedContent> Publishable(CmsApplication app, Guid parent)
    {
        var schema = app.Snapshot.Schema;
        using var db = app.CreateDbContext();
        var parentDraft = ContentData.Deserialize(db.Nodes.AsNoTracking().First(n => n.Key == parent).DraftData);
        return app.Snapshot.ChildrenOf(parent).Where(c =>
        {
            var draft = ContentData.Deserialize(db.Nodes.AsNoTracking().First(n => n.Key == c.Key).DraftData);
            return !ReviewRule.IsNewlyMarked(draft, null) || ReviewRule.Refusal(schema, schema.GetContentType(c.ContentType.Alias)!, draft, parentDraft) is null;
        }).ToList();
    }

    /// <summary>Gives the first child a changed draft name and takes the second off the site; returns both keys.</summary>
    private static async Task<(Guid Changed, Guid Unpublished)> PrepareChildrenAsync(CmsApplication app, PublishedContent organisation)
    {
        var children = Publishable(app, organisation.Key);
        await using var db = app.CreateDbContext();
        var changed = await db.Nodes.FirstAsync(n => n.Key == children[0].Key);
        var draft = ContentData.Deserialize(changed.DraftData);
        draft.Names["sl-SI"] = "Spremenjena storitev";
        changed.DraftData = draft.Serialize();
        var unpublished = await db.Nodes.FirstAsync(n => n.Key == children[1].Key);
        unpublished.PublishedData = null;
        await db.SaveChangesAsync();
        return (children[0].Key, children[1].Key);
    }

    private static async Task<NodeRecord> NodeAsync(CmsApplication app, Guid key)
    {
        await using var db = app.CreateDbContext();
        return await db.Nodes.AsNoTracking().FirstAsync(n => n.Key == key);
    }

    private static string? PublishedName(NodeRecord node) =>
        node.PublishedData is null ? null : ContentData.Deserialize(node.PublishedData).Names.GetValueOrDefault("sl-SI");

    [Fact]
    public async Task Publish_with_descendants_publishes_the_changed_children_and_unpublished_ones_only_when_asked()
    {
        var (app, session) = await SignedInAsync(UserGroups.Editors);
        using var _ = app;
        using var __ = session;
        var organisation = OrganisationWithServices(app);
        var (changed, unpublished) = await PrepareChildrenAsync(app, organisation);
        var url = $"/umbraco/content/{organisation.Key}/edit?culture=sl-SI";
        Assert.Contains("id=\"publish-branch\"", await session.GetPageAsync(url), StringComparison.Ordinal);

        var fields = await ContentEditorTests.AllFieldsAsync(session, url, ("op", "publishbranch"));
        fields.Add(new("__RequestVerificationToken", BackOfficeSession.Token(await session.GetPageAsync(url))));
        using (var response = await session.Client.PostAsync(url, new FormUrlEncodedContent(fields)))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.Equal("Spremenjena storitev", PublishedName(await NodeAsync(app, changed)));
        Assert.Null((await NodeAsync(app, unpublished)).PublishedData);
        Assert.Equal("Spremenjena storitev", app.Snapshot.Get(changed)!.Name("sl-SI"));

        fields = await ContentEditorTests.AllFieldsAsync(session, url, ("op", "publishbranch"), ("IncludeUnpublished", "true"));
        fields.Add(new("__RequestVerificationToken", BackOfficeSession.Token(await session.GetPageAsync(url))));
        using (var response = await session.Client.PostAsync(url, new FormUrlEncodedContent(fields)))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.NotNull((await NodeAsync(app, unpublished)).PublishedData);
        Assert.Contains("Objavljeno skupaj s podrejenimi", await session.GetPageAsync(url), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(UserGroups.Writers)]
    [InlineData(UserGroups.OrganisationEditors)]
    public async Task Publish_with_descendants_without_publish_rights_is_one_request_an_approver_publishes_exactly(string group)
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var organisation = OrganisationWithServices(app);
        var (changed, unpublished) = await PrepareChildrenAsync(app, organisation);
        await BackOfficeSession.CreateUserAsync(app, "oseba@example.si", Password, organisation.Key, group);
        using var session = BackOfficeSession.Create(app);
        await session.SignInOkAsync("oseba@example.si", Password);
        var before = PublishedName(await NodeAsync(app, changed));
        var url = $"/umbraco/content/{organisation.Key}/edit?culture=sl-SI";
        var page = await session.GetPageAsync(url);
        Assert.DoesNotContain("id=\"publish-branch\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"request-branch\"", page, StringComparison.Ordinal);

        await RequestBranchAsync(session, url);
        Assert.Equal(before, PublishedName(await NodeAsync(app, changed)));
        Assert.Null((await NodeAsync(app, unpublished)).PublishedData);
        var request = await BranchRequestAsync(app, organisation.Key);
        var asked = ContentRequests.Branch(request.Argument).Select(i => i.Key).ToList();
        Assert.Equal(organisation.Key, asked[0]);
        Assert.Contains(changed, asked);
        Assert.Contains(unpublished, asked);

        // One action on the approvals page publishes the whole branch.
        using var editor = await Spreadsheets.ExportTests.SignInAsync(app, "urednica@example.si", UserGroups.Editors);
        Assert.Contains("s podrejenimi", System.Net.WebUtility.HtmlDecode(await editor.GetPageAsync("/umbraco/content/approvals")), StringComparison.Ordinal);
        using (var approved = await editor.SubmitAsync($"/umbraco/content/approvals?id={request.Id}", new Dictionary<string, string>(), "ApproveRequest"))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        Assert.Equal("Spremenjena storitev", PublishedName(await NodeAsync(app, changed)));
        Assert.NotNull((await NodeAsync(app, unpublished)).PublishedData);

        // Exactly what was asked: a descendant saved again after the request stops the approval, and nothing is published.
        await RequestBranchAsync(session, url);
        request = await BranchRequestAsync(app, organisation.Key);
        await using (var db = app.CreateDbContext())
        {
            var node = await db.Nodes.SingleAsync(n => n.Key == changed);
            var draft = ContentData.Deserialize(node.DraftData);
            draft.Names["sl-SI"] = "Še enkrat spremenjena";
            node.DraftData = draft.Serialize();
            node.Version++;
            await db.SaveChangesAsync();
        }

        using (var refused = await editor.SubmitAsync($"/umbraco/content/approvals?id={request.Id}", new Dictionary<string, string>(), "ApproveRequest"))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("se je po prošnji spremenila", System.Net.WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.Equal("Spremenjena storitev", PublishedName(await NodeAsync(app, changed)));
    }

    private static async Task RequestBranchAsync(BackOfficeSession session, string url)
    {
        var fields = await ContentEditorTests.AllFieldsAsync(session, url, ("op", "publishbranch"), ("IncludeUnpublished", "true"));
        fields.Add(new("__RequestVerificationToken", BackOfficeSession.Token(await session.GetPageAsync(url))));
        using var response = await session.Client.PostAsync(url, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task<ContentRequestRecord> BranchRequestAsync(CmsApplication app, Guid key)
    {
        await using var db = app.CreateDbContext();
        return await db.ContentRequests.AsNoTracking().SingleAsync(r => r.NodeKey == key && r.Kind == ContentRequestKind.PublishBranch);
    }

    [Fact]
    public async Task Restore_and_republish_puts_a_trashed_service_back_on_the_site_and_needs_publish_rights()
    {
        var (app, session) = await SignedInAsync(UserGroups.Editors);
        using var _ = app;
        using var __ = session;
        var service = Publishable(app, OrganisationWithServices(app).Key)[0];
        await using (var db = app.CreateDbContext())
        {
            Assert.True((await new TrashContent(db, app.Services.GetRequiredService<ContentCommit>()).ExecuteAsync(service.Key, mayPublish: true)).Succeeded);
        }

        Assert.Null(app.Snapshot.Get(service.Key));
        var url = $"/umbraco/recycle-bin/{service.Key}/restore";
        var page = await session.GetPageAsync(url);
        Assert.Contains("id=\"restore-republish\"", page, StringComparison.Ordinal);

        // A writer may restore but not publish: asking to republish is refused and restores nothing.
        await BackOfficeSession.CreateUserAsync(app, "pisec@example.si", Password, UserGroups.Writers);
        using (var writer = BackOfficeSession.Create(app))
        {
            await writer.SignInOkAsync("pisec@example.si", Password);
            Assert.DoesNotContain("id=\"restore-republish\"", await writer.GetPageAsync(url), StringComparison.Ordinal);
            using var refused = await writer.SubmitAsync(url, new Dictionary<string, string> { ["ToOriginal"] = "true", ["Republish"] = "true" });
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.True((await NodeAsync(app, service.Key)).Trashed);
        }

        using (var response = await session.SubmitAsync(url, new Dictionary<string, string> { ["ToOriginal"] = "true", ["Republish"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/umbraco/recycle-bin?done=republished", response.Headers.Location?.OriginalString);
        }

        var node = await NodeAsync(app, service.Key);
        Assert.False(node.Trashed);
        Assert.NotNull(node.PublishedData);
        Assert.NotNull(app.Snapshot.Get(service.Key));
        Assert.NotNull(app.Snapshot.Route(app.Snapshot.Get(service.Key)!, "sl-SI"));
    }

    [Fact]
    public async Task The_item_page_shows_its_public_urls_dates_and_what_references_it_in_slovenian_and_english()
    {
        var (app, session) = await SignedInAsync(UserGroups.Editors);
        using var _ = app;
        using var __ = session;
        var challenge = app.Snapshot.All.First(c => c.ContentType.Alias == "lifeChallenge" && c.Name("sl-SI") == "Nasilje");
        Guid user;
        await using (var db = app.CreateDbContext())
        {
            var udi = NmZaMe.Cms.Editors.Udi.Document(challenge.Key);
            user = await db.Nodes.Where(n => !n.Trashed && n.DraftData.ToLower().Contains(udi)).OrderBy(n => n.Path).Select(n => n.Key).FirstAsync();
        }

        var url = $"/umbraco/content/{challenge.Key}/edit?culture=sl-SI";

        var html = await session.GetPageAsync(url);
        Assert.Contains("id=\"item-info\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/sl{app.Snapshot.Route(challenge, "sl-SI")}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/en{app.Snapshot.Route(challenge, "en-US")}\"", html, StringComparison.Ordinal);
        Assert.Contains("Kje je uporabljeno", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/umbraco/content/{user}/edit\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"item-created\"", html, StringComparison.Ordinal);

        using (await session.SubmitAsync("/umbraco/account/language", new Dictionary<string, string> { ["Culture"] = "en-US" }))
        {
        }

        html = await session.GetPageAsync(url);
        Assert.Contains("Where it is used", html, StringComparison.Ordinal);
        Assert.Contains("Addresses on the website", html, StringComparison.Ordinal);
    }
}
