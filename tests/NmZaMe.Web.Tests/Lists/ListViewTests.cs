using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Catalogue;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;
using NmZaMe.Web.Tests.BackOffice;
using NmZaMe.Web.Tests.Media;

namespace NmZaMe.Web.Tests.Lists;

/// <summary>
/// List views (issue 14): filters, sorting and paging in the query string; bulk actions change the site for an editor
/// and become approval requests for a writer, with nothing live changed.
/// </summary>
public sealed partial class ListViewTests
{
    [Fact]
    public async Task Filters_sorting_and_paging_work_from_the_query_string()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var snapshot = app.Snapshot;
        var folder = snapshot.All.First(c => c.ContentType.Alias == "organisationFolder" && snapshot.ChildrenOf(c.Key).Length > 25);
        var count = snapshot.ChildrenOf(folder.Key).Length;
        var overdue = snapshot.ChildrenOf(folder.Key).OrderBy(c => c.Key).First();
        var draftKey = Guid.NewGuid();
        await using (var db = app.CreateDbContext())
        {
            Assert.True((await new SaveContent(db, snapshot.Schema).ExecuteAsync(new SaveContentCommand(draftKey, folder.Key, "organisation",
                new Dictionary<string, string> { ["sl-SI"] = "Društvo brez prevoda" }, new Dictionary<string, IReadOnlyDictionary<string, string?>>()))).Succeeded);
            var node = await db.Nodes.SingleAsync(n => n.Key == overdue.Key);
            var published = ContentData.Deserialize(node.PublishedData!);
            published.SetValue(Review.LastReviewed, string.Empty, "2020-01-01 00:00:00");
            node.PublishedData = published.Serialize();
            await db.SaveChangesAsync();
        }

        using var editor = await MediaTestHelpers.SignInAsync(app, "urednik@example.si", UserGroups.Editors);
        var list = $"/umbraco/content/{folder.Key}/list";
        Assert.Contains($"href=\"{list}\"", await editor.GetPageAsync($"/umbraco/content/{folder.Key}"), StringComparison.Ordinal);

        var first = Rows(await editor.GetPageAsync(list));
        var second = Rows(await editor.GetPageAsync(list + "?page=2"));
        Assert.Equal(25, first.Count);
        Assert.Equal(count + 1 - 25, second.Count);
        Assert.Empty(first.Intersect(second));

        var descending = Rows(await editor.GetPageAsync(list + "?sort=name&dir=desc"));
        Assert.Equal(second[^1], descending[0]);

        var missing = Rows(await editor.GetPageAsync(list + "?missing=en-US"));
        Assert.Contains(draftKey, missing);
        Assert.True(missing.Count < count, "Most organisations have an English name.");
        Assert.Contains(draftKey, Rows(await editor.GetPageAsync(list + "?status=unpublished")));
        Assert.DoesNotContain(draftKey, Rows(await editor.GetPageAsync(list + "?status=published")));
        var due = await editor.GetPageAsync(list + "?review=due&sort=checked");
        Assert.Contains(overdue.Key, Rows(due));
        Assert.All(Rows(due), key => Assert.Contains("class=\"review-due\"", Row(due, key), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bulk_actions_change_the_site_for_an_editor_and_become_requests_for_a_writer()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var snapshot = app.Snapshot;
        var organisations = snapshot.All.Where(c => c.ContentType.Alias == "organisation" && snapshot.ChildrenOf(c.Key).Length >= 2).OrderBy(c => c.Key).Take(4).ToList();
        var checkable = snapshot.All.Where(c => c.ContentType.Alias == "service" && ContactChannels.HasOwn(c, confidential: false)
            && organisations.All(o => o.Key != c.ParentKey)).OrderBy(c => c.Key).Take(2).ToList();
        await BackOfficeSession.CreateUserAsync(app, "pisec@example.si", MediaTestHelpers.Password, UserGroups.Writers);

        using (var editor = await MediaTestHelpers.SignInAsync(app, "urednik@example.si", UserGroups.Editors))
        {
            var (a, b) = (snapshot.ChildrenOf(organisations[0].Key), snapshot.ChildrenOf(organisations[1].Key));
            await RenameDraftAsync(app, a[0].Key, "Preimenovana storitev");
            Assert.Equal("done", Outcome(await BulkAsync(editor, organisations[0].Key, "publish", [a[0].Key]), a[0].Key));
            Assert.Equal("done", Outcome(await BulkAsync(editor, organisations[0].Key, "unpublish", [a[1].Key]), a[1].Key));
            Assert.Equal("done", Outcome(await BulkAsync(editor, organisations[1].Key, "move", [b[0].Key], organisations[0].Key), b[0].Key));
            Assert.Equal("done", Outcome(await BulkAsync(editor, organisations[1].Key, "trash", [b[1].Key]), b[1].Key));
            Assert.Equal("done", Outcome(await BulkAsync(editor, checkable[0].ParentKey!.Value, "check", [checkable[0].Key]), checkable[0].Key));

            await using var db = app.CreateDbContext();
            Assert.Equal("Preimenovana storitev", ContentData.Deserialize((await db.Nodes.SingleAsync(n => n.Key == a[0].Key)).PublishedData!).Names["sl-SI"]);
            Assert.Null((await db.Nodes.SingleAsync(n => n.Key == a[1].Key)).PublishedData);
            var moved = await db.Nodes.SingleAsync(n => n.Key == b[0].Key);
            Assert.Equal((await db.Nodes.SingleAsync(n => n.Key == organisations[0].Key)).Id, moved.ParentId);
            Assert.True((await db.Nodes.SingleAsync(n => n.Key == b[1].Key)).Trashed);
            Assert.Contains(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ContentData.Deserialize((await db.Nodes.SingleAsync(n => n.Key == checkable[0].Key)).PublishedData!).Value(Review.LastReviewed, string.Empty), StringComparison.Ordinal);
        }

        using var writer = BackOfficeSession.Create(app);
        await writer.SignInOkAsync("pisec@example.si", MediaTestHelpers.Password);
        var (c, d) = (snapshot.ChildrenOf(organisations[2].Key), snapshot.ChildrenOf(organisations[3].Key));
        var touched = new[] { c[0].Key, c[1].Key, d[0].Key, d[1].Key };
        var before = await LiveAsync(app, touched);
        await RenameDraftAsync(app, c[0].Key, "Predlog novega imena");
        Assert.Equal("requested", Outcome(await BulkAsync(writer, organisations[2].Key, "publish", [c[0].Key]), c[0].Key));
        Assert.Equal("requested", Outcome(await BulkAsync(writer, organisations[2].Key, "unpublish", [c[1].Key]), c[1].Key));
        Assert.Equal("requested", Outcome(await BulkAsync(writer, organisations[3].Key, "move", [d[0].Key], organisations[2].Key), d[0].Key));
        Assert.Equal("requested", Outcome(await BulkAsync(writer, organisations[3].Key, "trash", [d[1].Key]), d[1].Key));
        Assert.Equal(before, await LiveAsync(app, touched));

        await using (var db = app.CreateDbContext())
        {
            Assert.Equal("pisec@example.si", (await db.Nodes.SingleAsync(n => n.Key == c[0].Key)).ApprovalRequestedBy);
            var requests = await db.ContentRequests.AsNoTracking().Where(r => r.RequestedBy == "pisec@example.si").ToListAsync();
            Assert.Contains(requests, r => r.NodeKey == c[1].Key && r.Kind == ContentRequestKind.Unpublish);
            Assert.Contains(requests, r => r.NodeKey == d[0].Key && r.Kind == ContentRequestKind.Move && r.Argument == organisations[2].Key.ToString());
            Assert.Contains(requests, r => r.NodeKey == d[1].Key && r.Kind == ContentRequestKind.Trash);
        }

        // A key outside the list's reach is answered like a missing one.
        var unknown = Guid.NewGuid();
        Assert.Equal("refused", Outcome(await BulkAsync(writer, organisations[2].Key, "trash", [unknown]), unknown));
    }

    private static async Task<string> BulkAsync(BackOfficeSession session, Guid parent, string handler, IEnumerable<Guid> keys, Guid? target = null)
    {
        var fields = keys.Select(k => new KeyValuePair<string, string>("Keys", k.ToString())).ToList();
        if (target is { } t)
        {
            fields.Add(new("ParentKey", t.ToString()));
        }

        using var response = await session.SubmitAsync($"/umbraco/content/{parent}/list", fields, handler);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{handler}: {(int)response.StatusCode} {response.Headers.Location}");
        return body;
    }

    private static async Task RenameDraftAsync(CmsApplication app, Guid key, string name)
    {
        await using var db = app.CreateDbContext();
        var node = await db.Nodes.SingleAsync(n => n.Key == key);
        Assert.True((await new SaveContent(db, app.Snapshot.Schema).ExecuteAsync(new SaveContentCommand(key, null, node.ContentTypeAlias,
            new Dictionary<string, string> { ["sl-SI"] = name }, new Dictionary<string, IReadOnlyDictionary<string, string?>>()))).Succeeded);
    }

    private static async Task<List<string>> LiveAsync(CmsApplication app, Guid[] keys)
    {
        await using var db = app.CreateDbContext();
        return await db.Nodes.AsNoTracking().Where(n => keys.Contains(n.Key)).OrderBy(n => n.Id)
            .Select(n => n.Key + "|" + n.ParentId + "|" + n.Trashed + "|" + n.PublishedData).ToListAsync();
    }

    private static string Outcome(string page, Guid key) =>
        Regex.Match(page, $"id=\"result-{key}\" class=\"([a-z]+)\"") is { Success: true } m ? m.Groups[1].Value : $"no result line in: {page}";

    private static List<Guid> Rows(string page) => RowIds().Matches(page).Select(m => Guid.Parse(m.Groups[1].Value)).ToList();

    private static string Row(string page, Guid key)
    {
        var start = page.IndexOf($"id=\"row-{key}\"", StringComparison.Ordinal);
        return page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("id=\"row-([0-9a-f-]{36})\"")]
    private static partial Regex RowIds();
}
