using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.Tests.BackOffice;

/// <summary>History, rollback, move, copy, sort, trash and the recycle bin, through the back office's pages.</summary>
public sealed partial class ContentHistoryTests
{
    private const string Password = "modra-reka-krka-tece";
    private const string Api = "/umbraco/delivery/api/v2";

    [Fact]
    public async Task Every_content_use_case_writes_an_audit_row_and_the_history_page_shows_it()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var session = await EditorAsync(app);
        var service = Services(app).First();
        await using (var db = app.CreateDbContext())
        {
            Assert.True((await new SaveContent(db, app.Snapshot.Schema).ExecuteAsync(new SaveContentCommand(service.Key, null, "service",
                new Dictionary<string, string> { ["sl-SI"] = "Preimenovana storitev" }, Values(), UserName: "urednik@example.si"))).Succeeded);
        }

        await using (var db = app.CreateDbContext())
        {
            Assert.True((await new PublishContent(db, app.Snapshot.Schema, Commit(app)).ExecuteAsync(service.Key, ["sl-SI"], "urednik@example.si")).Succeeded);
        }

        await using (var db = app.CreateDbContext())
        {
            Assert.True((await new UnpublishContent(db, app.Snapshot.Schema, Commit(app)).ExecuteAsync(service.Key, null, mayPublish: true, "urednik@example.si")).Succeeded);
        }

        await using (var db = app.CreateDbContext())
        {
            var actions = await db.AuditEntries.Where(a => a.NodeKey == service.Key).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
            Assert.Equal(["Save", "Publish", "Unpublish"], actions);
            Assert.Equal("sl-SI", (await db.AuditEntries.FirstAsync(a => a.NodeKey == service.Key && a.Action == "Publish")).Culture);
        }

        var history = WebUtility.HtmlDecode(await session.GetPageAsync($"/umbraco/content/{service.Key}/history"));
        var rows = AuditAction().Matches(history).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["Unpublish", "Publish", "Save"], rows);
        Assert.Contains("urednik@example.si", history, StringComparison.Ordinal);
        Assert.Contains("Umaknjeno z objave", history, StringComparison.Ordinal);
        Assert.Contains($"/umbraco/content/{service.Key}/versions/", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rollback_copies_an_old_versions_values_into_the_draft_without_publishing()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var session = await EditorAsync(app);
        var service = Services(app).First();
        var publishedSummary = await PublishedValueAsync(app, service.Key, "summary", "sl-SI");
        await SaveAsync(app, service.Key, "Prvi povzetek", "<p>Prvo <strong>krepko</strong> besedilo</p>");
        await SaveAsync(app, service.Key, "Drugi povzetek", "<p>Drugo besedilo</p>");
        long first;
        await using (var db = app.CreateDbContext())
        {
            var nodeId = await db.Nodes.Where(n => n.Key == service.Key).Select(n => n.Id).FirstAsync();
            first = await db.ContentVersions.Where(v => v.NodeId == nodeId && v.Action == "Save").OrderBy(v => v.Id).Select(v => v.Id).FirstAsync();
        }

        var url = $"/umbraco/content/{service.Key}/versions/{first}";
        var compare = await session.GetPageAsync(url);
        var text = WebUtility.HtmlDecode(compare);
        Assert.Contains("Prvi povzetek", text, StringComparison.Ordinal);
        Assert.Contains("Drugi povzetek", text, StringComparison.Ordinal);
        Assert.Contains("Prvo krepko besedilo", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<strong>krepko", text, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Ta različica</th>", text, StringComparison.Ordinal);
        Assert.Contains("class=\"changed\"", compare, StringComparison.Ordinal);

        // A stale form (someone saved after the page was read) is refused and changes nothing.
        var expected = ExpectedVersion().Match(compare).Groups[1].Value;
        await SaveAsync(app, service.Key, "Tretji povzetek", "<p>Tretje</p>");
        using (var stale = await session.Client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
               {
                   ["ExpectedVersion"] = expected, ["__RequestVerificationToken"] = BackOfficeSession.Token(compare),
               })))
        {
            Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
            Assert.Contains("Nekdo drug je medtem shranil", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.Equal("Tretji povzetek", await DraftValueAsync(app, service.Key, "summary", "sl-SI"));

        var fresh = await session.GetPageAsync(url);
        using var response = await session.Client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ExpectedVersion"] = ExpectedVersion().Match(fresh).Groups[1].Value, ["__RequestVerificationToken"] = BackOfficeSession.Token(fresh),
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        Assert.Equal("Prvi povzetek", await DraftValueAsync(app, service.Key, "summary", "sl-SI"));
        Assert.Equal(publishedSummary, await PublishedValueAsync(app, service.Key, "summary", "sl-SI"));
        Assert.NotNull(app.Snapshot.Get(service.Key));
        await using var check = app.CreateDbContext();
        var node = await check.Nodes.FirstAsync(n => n.Key == service.Key);
        Assert.Equal("Rollback", await check.ContentVersions.Where(v => v.NodeId == node.Id).OrderByDescending(v => v.Id).Select(v => v.Action).FirstAsync());
        Assert.Contains(await check.AuditEntries.Where(a => a.NodeKey == service.Key).Select(a => a.Action).ToListAsync(), a => a == "Rollback");
    }

    [Fact]
    public async Task A_writer_may_roll_back_and_ask_to_trash_but_not_delete_or_empty_the_bin()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, "pisec@example.si", Password, UserGroups.Writers);
        using var session = BackOfficeSession.Create(app);
        await session.SignInOkAsync("pisec@example.si", Password);
        var service = Services(app).First();
        await SaveAsync(app, service.Key, "Prvi povzetek", "<p>x</p>");
        long version;
        await using (var db = app.CreateDbContext())
        {
            version = await db.ContentVersions.OrderByDescending(v => v.Id).Select(v => v.Id).FirstAsync();
        }

        var page = await session.GetPageAsync($"/umbraco/content/{service.Key}/versions/{version}");
        Assert.Contains("Povrni to različico", page, StringComparison.Ordinal);
        var bin = await session.GetPageAsync("/umbraco/recycle-bin");
        Assert.DoesNotContain("/umbraco/recycle-bin/empty", bin, StringComparison.Ordinal);
        var token = BackOfficeSession.Token(page);
        foreach (var url in new[] { "/umbraco/recycle-bin/empty", $"/umbraco/recycle-bin/{service.Key}/delete" })
        {
            using var response = await session.Client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/umbraco/access-denied", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        }

        // Trashing a published item is a request for approval (ChangeRequestTests); the site keeps it meanwhile.
        using var trash = await session.Client.PostAsync($"/umbraco/content/{service.Key}/trash", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal($"/umbraco/content/{service.Key}?requested=trash", trash.Headers.Location!.PathAndQuery());
        Assert.NotNull(app.Snapshot.Get(service.Key));
    }

    [Fact]
    public async Task A_published_service_moved_to_another_organisation_is_found_there_in_the_delivery_api()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        using var session = await EditorAsync(app);
        var (from, to) = TwoOrganisations(app);
        var service = app.Snapshot.ChildrenOf(from.Key).First();
        var oldPath = await RoutePathAsync(client, service.Key);

        var page = await session.GetPageAsync($"/umbraco/content/{service.Key}/move");
        Assert.Contains($"value=\"{to.Key}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{service.Key}\"", page, StringComparison.Ordinal);
        var search = WebUtility.HtmlDecode(await session.GetPageAsync($"/umbraco/content/{service.Key}/move?q={Uri.EscapeDataString(to.Name("sl-SI")!)}"));
        Assert.Contains($"value=\"{to.Key}\"", search, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{from.Key}\"", search, StringComparison.Ordinal);

        using var response = await session.SubmitAsync($"/umbraco/content/{service.Key}/move", new Dictionary<string, string> { ["ParentKey"] = to.Key.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var newPath = await RoutePathAsync(client, service.Key);
        var toPath = await RoutePathAsync(client, to.Key);
        Assert.NotEqual(oldPath, newPath);
        Assert.StartsWith(toPath, newPath, StringComparison.Ordinal);
        var byPath = JsonDocument.Parse(await client.GetStringAsync($"{Api}/content/item{newPath}")).RootElement;
        Assert.Equal(service.Key, byPath.GetProperty("id").GetGuid());
        var children = JsonDocument.Parse(await client.GetStringAsync($"{Api}/content?fetch=children:{to.Key}&take=100")).RootElement;
        Assert.Contains(children.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == service.Key);

        await using var db = app.CreateDbContext();
        var node = await db.Nodes.FirstAsync(n => n.Key == service.Key);
        var target = await db.Nodes.FirstAsync(n => n.Key == to.Key);
        Assert.Equal(target.Id, node.ParentId);
        Assert.Equal($"{target.Path},{node.Id}", node.Path);
        Assert.Equal(target.Level + 1, node.Level);
        Assert.Equal(await db.Nodes.Where(n => n.ParentId == target.Id).MaxAsync(n => n.SortOrder), node.SortOrder);
        Assert.Contains(await db.AuditEntries.Where(a => a.NodeKey == service.Key).Select(a => a.Action).ToListAsync(), a => a == "Move");
    }

    [Fact]
    public async Task Moving_to_a_parent_that_does_not_allow_the_type_or_into_its_own_branch_is_refused_and_changes_nothing()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var session = await EditorAsync(app);
        var service = Services(app).First();
        var folder = app.Snapshot.All.First(c => c.ContentType.Alias == "lifeChallengeFolder");

        using (var response = await session.SubmitAsync($"/umbraco/content/{service.Key}/move", new Dictionary<string, string> { ["ParentKey"] = folder.Key.ToString() }))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Contains("Ta vrsta vsebine ni dovoljena pod izbrano nadrejeno vsebino.", body, StringComparison.Ordinal);
        }

        Assert.Equal(service.ParentKey, app.Snapshot.Get(service.Key)!.ParentKey);

        // Text pages may hold text pages, so only the branch rule stops a page moving under its own child.
        var root = app.Snapshot.Roots.First(r => r.ContentType.Alias == "catalogueRoot");
        var outer = Guid.NewGuid();
        var inner = Guid.NewGuid();
        await using (var db = app.CreateDbContext())
        {
            Assert.True((await new SaveContent(db, app.Snapshot.Schema).ExecuteAsync(new SaveContentCommand(outer, root.Key, "textPage",
                new Dictionary<string, string> { ["sl-SI"] = "Zunanja stran" }, Values()))).Succeeded);
            Assert.True((await new SaveContent(db, app.Snapshot.Schema).ExecuteAsync(new SaveContentCommand(inner, outer, "textPage",
                new Dictionary<string, string> { ["sl-SI"] = "Notranja stran" }, Values()))).Succeeded);
        }

        var movePage = await session.GetPageAsync($"/umbraco/content/{outer}/move");
        Assert.DoesNotContain($"value=\"{inner}\"", movePage, StringComparison.Ordinal);
        using (var response = await session.SubmitAsync($"/umbraco/content/{outer}/move", new Dictionary<string, string> { ["ParentKey"] = inner.ToString() }))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Vsebine ni mogoče premakniti vase ali pod njene podrejene.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        await using var check = app.CreateDbContext();
        var outerNode = await check.Nodes.FirstAsync(n => n.Key == outer);
        Assert.Equal(await check.Nodes.Where(n => n.Key == root.Key).Select(n => (int?)n.Id).FirstAsync(), outerNode.ParentId);
        Assert.DoesNotContain(await check.AuditEntries.Where(a => a.NodeKey == outer).Select(a => a.Action).ToListAsync(), a => a == "Move");
    }

    [Fact]
    public async Task An_organisation_editor_cannot_move_items_outside_their_start_node()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var (own, other) = TwoOrganisations(app);
        var id = await BackOfficeSession.CreateUserAsync(app, "drustvo@example.si", Password, UserGroups.OrganisationEditors);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
            var user = (await users.FindByIdAsync(id.ToString()))!;
            user.StartContentKey = own.Key;
            await users.UpdateAsync(user);
        }

        using var session = BackOfficeSession.Create(app);
        await session.SignInOkAsync("drustvo@example.si", Password);
        var service = app.Snapshot.ChildrenOf(own.Key).First();
        var foreign = app.Snapshot.ChildrenOf(other.Key).First();

        var page = await session.GetPageAsync($"/umbraco/content/{service.Key}/move");
        Assert.DoesNotContain($"value=\"{other.Key}\"", page, StringComparison.Ordinal);
        using (var response = await session.SubmitAsync($"/umbraco/content/{service.Key}/move", new Dictionary<string, string> { ["ParentKey"] = other.Key.ToString() }))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Nadrejena vsebina ne obstaja.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        using (var response = await session.Client.GetAsync($"/umbraco/content/{foreign.Key}/move"))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        using (var response = await session.Client.GetAsync($"/umbraco/content/{foreign.Key}/history"))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        using (var response = await session.Client.GetAsync("/umbraco/content/sort"))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.Equal(own.Key, app.Snapshot.Get(service.Key)!.ParentKey);
        Assert.Equal(other.Key, app.Snapshot.Get(foreign.Key)!.ParentKey);
    }

    [Fact]
    public async Task Copy_with_descendants_makes_unpublished_drafts_with_new_keys_and_a_unique_name()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var session = await EditorAsync(app);
        var (organisation, _) = TwoOrganisations(app);
        var name = organisation.Name("sl-SI")!;
        var services = app.Snapshot.ChildrenOf(organisation.Key).Length;

        var page = await session.GetPageAsync($"/umbraco/content/{organisation.Key}/copy");
        Assert.Contains("z vsemi podrejenimi", page, StringComparison.Ordinal);
        using var response = await session.SubmitAsync($"/umbraco/content/{organisation.Key}/copy",
            new Dictionary<string, string> { ["ParentKey"] = organisation.ParentKey!.Value.ToString(), ["WithDescendants"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var copyKey = Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());

        await using var db = app.CreateDbContext();
        var copy = await db.Nodes.FirstAsync(n => n.Key == copyKey);
        var original = await db.Nodes.FirstAsync(n => n.Key == organisation.Key);
        Assert.Equal(original.ParentId, copy.ParentId);
        Assert.Null(copy.PublishedData);
        Assert.Equal($"{name} (kopija)", ContentData.Deserialize(copy.DraftData).Names["sl-SI"]);
        var children = await db.Nodes.Where(n => n.ParentId == copy.Id).ToListAsync();
        Assert.Equal(services, children.Count);
        Assert.All(children, c => Assert.Null(c.PublishedData));
        Assert.All(children, c => Assert.Equal($"{copy.Path},{c.Id}", c.Path));
        Assert.Null(app.Snapshot.Get(copyKey));
        Assert.Equal(services + 1, await db.AuditEntries.CountAsync(a => a.Action == "Copy" && a.NodeKey != organisation.Key));

        // A second copy of the same item gets a name of its own too.
        using var again = await session.SubmitAsync($"/umbraco/content/{organisation.Key}/copy", new Dictionary<string, string> { ["ParentKey"] = organisation.ParentKey!.Value.ToString() });
        var second = Guid.Parse(again.Headers.Location!.OriginalString.Split('/').Last());
        Assert.Equal($"{name} (kopija 2)", ContentData.Deserialize((await db.Nodes.AsNoTracking().FirstAsync(n => n.Key == second)).DraftData).Names["sl-SI"]);
        Assert.False(await db.Nodes.AnyAsync(n => n.ParentId == db.Nodes.First(x => x.Key == second).Id));
    }

    [Fact]
    public async Task Sorting_children_shows_in_the_delivery_api_sort_order()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        using var session = await EditorAsync(app);
        var organisation = app.Snapshot.All.Where(c => c.ContentType.Alias == "organisation").First(o => app.Snapshot.ChildrenOf(o.Key).Length >= 2);
        var url = $"/umbraco/content/{organisation.Key}/sort";
        var before = await ChildIdsAsync(client, organisation.Key);
        Assert.True(before.Count >= 2);

        // "Down" on the first row only rearranges the form; nothing is saved until "Shrani".
        var page = await session.GetPageAsync(url);
        var keys = SortKey().Matches(page).Select(m => Guid.Parse(m.Groups[1].Value)).ToList();
        var fields = Form(keys);
        fields["down"] = "0";
        using (var moved = await session.SubmitAsync(url, fields))
        {
            var body = await moved.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
            Assert.Equal([keys[1], keys[0], .. keys.Skip(2)], SortKey().Matches(body).Select(m => Guid.Parse(m.Groups[1].Value)).ToList());
        }

        Assert.Equal(before, await ChildIdsAsync(client, organisation.Key));

        // Positions typed in reverse, saved.
        var reversed = Form(keys);
        for (var i = 0; i < keys.Count; i++)
        {
            reversed[$"Positions[{i}]"] = (keys.Count - i).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        using (var saved = await session.SubmitAsync(url, reversed))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var after = await ChildIdsAsync(client, organisation.Key);
        var expected = keys.AsEnumerable().Reverse().Where(after.Contains).ToList();
        Assert.Equal(expected, after);

        // A position that is not a number is a field error, and nothing changes.
        var bad = Form(after);
        bad["Positions[0]"] = "prvi";
        using (var refused = await session.SubmitAsync(url, bad))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("Vpišite celo število od 1 naprej.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.Equal(after, await ChildIdsAsync(client, organisation.Key));
    }

    [Fact]
    public async Task Trashing_then_restoring_returns_the_item_to_its_parent_unpublished()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        using var session = await EditorAsync(app);
        var (organisation, _) = TwoOrganisations(app);
        var service = app.Snapshot.ChildrenOf(organisation.Key).First();

        var confirm = WebUtility.HtmlDecode(await session.GetPageAsync($"/umbraco/content/{service.Key}/trash"));
        Assert.Contains("objavljena", confirm, StringComparison.Ordinal);
        using (var trashed = await session.SubmitAsync($"/umbraco/content/{service.Key}/trash", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, trashed.StatusCode);
            Assert.Equal($"/umbraco/content/{organisation.Key}", trashed.Headers.Location!.OriginalString);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Api}/content/item/{service.Key}")).StatusCode);
        var bin = WebUtility.HtmlDecode(await session.GetPageAsync("/umbraco/recycle-bin"));
        Assert.Contains(service.Name("sl-SI")!, bin, StringComparison.Ordinal);
        Assert.Contains(organisation.Name("sl-SI")!, bin, StringComparison.Ordinal);
        Assert.Contains($"/umbraco/recycle-bin/{service.Key}/restore", bin, StringComparison.Ordinal);

        var restorePage = WebUtility.HtmlDecode(await session.GetPageAsync($"/umbraco/recycle-bin/{service.Key}/restore"));
        Assert.Contains($"Obnovi na prvotno mesto: {organisation.Name("sl-SI")}", restorePage, StringComparison.Ordinal);
        using (var restored = await session.SubmitAsync($"/umbraco/recycle-bin/{service.Key}/restore", new Dictionary<string, string> { ["ToOriginal"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        }

        await using var db = app.CreateDbContext();
        var node = await db.Nodes.FirstAsync(n => n.Key == service.Key);
        Assert.False(node.Trashed);
        Assert.Null(node.TrashedParentKey);
        Assert.Equal(await db.Nodes.Where(n => n.Key == organisation.Key).Select(n => (int?)n.Id).FirstAsync(), node.ParentId);
        // Umbraco restores unpublished; the draft is intact.
        Assert.Null(node.PublishedData);
        Assert.Equal(service.Name("sl-SI"), ContentData.Deserialize(node.DraftData).Names["sl-SI"]);
        Assert.DoesNotContain(service.Key.ToString(), await session.GetPageAsync("/umbraco/recycle-bin"), StringComparison.Ordinal);
        var actions = await db.AuditEntries.Where(a => a.NodeKey == service.Key).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal(["Trash", "Restore"], actions);
    }

    [Fact]
    public async Task Restoring_when_the_original_parent_is_in_the_bin_asks_for_another_parent()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var session = await EditorAsync(app);
        var (organisation, other) = TwoOrganisations(app);
        var service = app.Snapshot.ChildrenOf(organisation.Key).First();
        using (await session.SubmitAsync($"/umbraco/content/{service.Key}/trash", new Dictionary<string, string>()))
        {
        }

        using (await session.SubmitAsync($"/umbraco/content/{organisation.Key}/trash", new Dictionary<string, string>()))
        {
        }

        var page = WebUtility.HtmlDecode(await session.GetPageAsync($"/umbraco/recycle-bin/{service.Key}/restore"));
        Assert.Contains("Prvotna nadrejena vsebina ne obstaja več ali je v košu.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"ToOriginal\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{organisation.Key}\"", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{other.Key}\"", page, StringComparison.Ordinal);

        using (var forged = await session.SubmitAsync($"/umbraco/recycle-bin/{service.Key}/restore", new Dictionary<string, string> { ["ToOriginal"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        }

        using (var restored = await session.SubmitAsync($"/umbraco/recycle-bin/{service.Key}/restore", new Dictionary<string, string> { ["ParentKey"] = other.Key.ToString() }))
        {
            Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        }

        await using var db = app.CreateDbContext();
        var node = await db.Nodes.FirstAsync(n => n.Key == service.Key);
        var target = await db.Nodes.FirstAsync(n => n.Key == other.Key);
        Assert.False(node.Trashed);
        Assert.Equal(target.Id, node.ParentId);
        Assert.Equal($"{target.Path},{node.Id}", node.Path);
        // The organisation's branch is still in the bin, without the service that was trashed on its own.
        Assert.True((await db.Nodes.FirstAsync(n => n.Key == organisation.Key)).Trashed);
    }

    [Fact]
    public async Task Deleting_and_emptying_the_bin_remove_nodes_versions_and_schedules_but_keep_the_audit()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var session = await EditorAsync(app);
        var (organisation, other) = TwoOrganisations(app);
        var services = app.Snapshot.ChildrenOf(organisation.Key).Select(s => s.Key).ToList();
        var single = app.Snapshot.ChildrenOf(other.Key).First();
        await using (var db = app.CreateDbContext())
        {
            var serviceId = await db.Nodes.Where(n => n.Key == services[0]).Select(n => n.Id).FirstAsync();
            db.ContentSchedules.Add(new ContentScheduleRecord { NodeId = serviceId, Culture = "sl-SI", Action = ScheduleAction.Unpublish, Date = DateTime.UtcNow.AddDays(3) });
            await db.SaveChangesAsync();
        }

        await SaveAsync(app, services[0], "Povzetek pred brisanjem", "<p>x</p>");
        using (await session.SubmitAsync($"/umbraco/content/{organisation.Key}/trash", new Dictionary<string, string>()))
        {
        }

        using (await session.SubmitAsync($"/umbraco/content/{single.Key}/trash", new Dictionary<string, string>()))
        {
        }

        // One item deleted on its own.
        using (var deleted = await session.SubmitAsync($"/umbraco/recycle-bin/{single.Key}/delete", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }

        await using (var db = app.CreateDbContext())
        {
            Assert.False(await db.Nodes.AnyAsync(n => n.Key == single.Key));
            Assert.True(await db.Nodes.AnyAsync(n => n.Key == organisation.Key));
        }

        var emptyPage = await session.GetPageAsync("/umbraco/recycle-bin/empty");
        Assert.Contains("Izprazni koš", emptyPage, StringComparison.Ordinal);
        using (var emptied = await session.SubmitAsync("/umbraco/recycle-bin/empty", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, emptied.StatusCode);
        }

        await using var check = app.CreateDbContext();
        var keys = services.Append(organisation.Key).Append(single.Key).ToList();
        Assert.False(await check.Nodes.AnyAsync(n => n.Trashed));
        Assert.False(await check.Nodes.AnyAsync(n => keys.Contains(n.Key)));
        Assert.Equal(0, await check.ContentSchedules.CountAsync());
        var liveIds = await check.Nodes.Select(n => n.Id).ToListAsync();
        Assert.False(await check.ContentVersions.AnyAsync(v => !liveIds.Contains(v.NodeId)));
        Assert.Contains(await check.AuditEntries.Where(a => a.NodeKey == services[0]).Select(a => a.Action).ToListAsync(), a => a == "Save");
        foreach (var key in keys)
        {
            Assert.Contains(await check.AuditEntries.Where(a => a.NodeKey == key).Select(a => a.Action).ToListAsync(), a => a == "Delete");
        }

        Assert.Contains("Koš je prazen.", WebUtility.HtmlDecode(await session.GetPageAsync("/umbraco/recycle-bin")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync($"/umbraco/recycle-bin/{organisation.Key}/restore")).StatusCode);
    }

    [Fact]
    public async Task The_pages_speak_english_to_an_english_user()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var id = await BackOfficeSession.CreateUserAsync(app, "editor@example.com", Password, UserGroups.Editors);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
            var user = (await users.FindByIdAsync(id.ToString()))!;
            user.Culture = "en-US";
            await users.UpdateAsync(user);
        }

        using var session = BackOfficeSession.Create(app);
        await session.SignInOkAsync("editor@example.com", Password);
        var service = Services(app).First();

        var bin = await session.GetPageAsync("/umbraco/recycle-bin");
        var move = WebUtility.HtmlDecode(await session.GetPageAsync($"/umbraco/content/{service.Key}/move"));
        var history = await session.GetPageAsync($"/umbraco/content/{service.Key}/history");

        Assert.Contains("<h1>Recycle bin</h1>", bin, StringComparison.Ordinal);
        Assert.Contains("Search by name", move, StringComparison.Ordinal);
        Assert.DoesNotContain("Išči po imenu", move, StringComparison.Ordinal);
        Assert.Contains("Audit trail", history, StringComparison.Ordinal);

        // A saved version beside the draft: labels from the document type's English names, a list's option in English,
        // never a list's storage form (["brezplačno"]).
        Guid paid;
        await using (var db = app.CreateDbContext())
        {
            paid = (await db.Nodes.Where(n => n.ContentTypeAlias == "service").Select(n => new { n.Key, n.DraftData }).ToListAsync())
                .First(n => ContentData.Deserialize(n.DraftData).Value("cost", string.Empty) is { Length: > 0 }).Key;
        }

        await SaveAsync(app, paid, "Prvi povzetek", "<p>Prvo besedilo</p>");
        long saved;
        await using (var db = app.CreateDbContext())
        {
            var nodeId = await db.Nodes.Where(n => n.Key == paid).Select(n => n.Id).FirstAsync();
            saved = await db.ContentVersions.Where(v => v.NodeId == nodeId && v.Action == "Save").OrderBy(v => v.Id).Select(v => v.Id).FirstAsync();
        }

        var version = WebUtility.HtmlDecode(await session.GetPageAsync($"/umbraco/content/{paid}/versions/{saved}"));
        Assert.Contains(">Summary <", version, StringComparison.Ordinal);
        Assert.Contains(">Cost <", version, StringComparison.Ordinal);
        Assert.DoesNotContain(">Povzetek <", version, StringComparison.Ordinal);
        Assert.DoesNotContain("[\"", version, StringComparison.Ordinal);
        var cost = System.Text.RegularExpressions.Regex.Match(version, @"\(cost\)</span>\s*</th>\s*<td><div class=""value"">([^<]*)<").Groups[1].Value;
        Assert.Contains(cost, new[] { "free of charge", "partly paid", "paid" });
    }

    private static async Task<BackOfficeSession> EditorAsync(CmsApplication app)
    {
        await BackOfficeSession.CreateUserAsync(app, "urednik@example.si", Password, UserGroups.Editors);
        var session = BackOfficeSession.Create(app);
        await session.SignInOkAsync("urednik@example.si", Password);
        return session;
    }

    private static ContentCommit Commit(CmsApplication app) => app.Services.GetRequiredService<ContentCommit>();

    private static IEnumerable<PublishedContent> Services(CmsApplication app) => app.Snapshot.All.Where(c => c.ContentType.Alias == "service").OrderBy(c => c.Key);

    private static (PublishedContent First, PublishedContent Second) TwoOrganisations(CmsApplication app)
    {
        var organisations = app.Snapshot.All.Where(c => c.ContentType.Alias == "organisation" && app.Snapshot.ChildrenOf(c.Key).Length > 0).OrderBy(c => c.Key).Take(2).ToList();
        return (organisations[0], organisations[1]);
    }

    private static Dictionary<string, IReadOnlyDictionary<string, string?>> Values() => [];

    private static async Task SaveAsync(CmsApplication app, Guid key, string summary, string description)
    {
        await using var db = app.CreateDbContext();
        var result = await new SaveContent(db, app.Snapshot.Schema).ExecuteAsync(new SaveContentCommand(key, null, "service", new Dictionary<string, string>(),
            new Dictionary<string, IReadOnlyDictionary<string, string?>>
            {
                ["summary"] = new Dictionary<string, string?> { ["sl-SI"] = summary },
                ["description"] = new Dictionary<string, string?> { ["sl-SI"] = description },
            }, UserName: "urednik@example.si"));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Values));
    }

    private static async Task<string?> DraftValueAsync(CmsApplication app, Guid key, string alias, string culture)
    {
        await using var db = app.CreateDbContext();
        return ContentData.Deserialize(await db.Nodes.Where(n => n.Key == key).Select(n => n.DraftData).FirstAsync()).Value(alias, culture);
    }

    private static async Task<string?> PublishedValueAsync(CmsApplication app, Guid key, string alias, string culture)
    {
        await using var db = app.CreateDbContext();
        return ContentData.Deserialize(await db.Nodes.Where(n => n.Key == key).Select(n => n.PublishedData).FirstAsync()).Value(alias, culture);
    }

    private static async Task<string> RoutePathAsync(HttpClient client, Guid key) =>
        JsonDocument.Parse(await client.GetStringAsync($"{Api}/content/item/{key}")).RootElement.GetProperty("route").GetProperty("path").GetString()!;

    private static async Task<List<Guid>> ChildIdsAsync(HttpClient client, Guid parent) =>
        JsonDocument.Parse(await client.GetStringAsync($"{Api}/content?fetch=children:{parent}&sort=sortOrder:asc&take=100")).RootElement
            .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

    private static Dictionary<string, string> Form(IReadOnlyList<Guid> keys)
    {
        var fields = new Dictionary<string, string>();
        for (var i = 0; i < keys.Count; i++)
        {
            fields[$"Keys[{i}]"] = keys[i].ToString();
            fields[$"Positions[{i}]"] = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return fields;
    }

    [GeneratedRegex("<th scope=\"row\" data-action=\"([A-Za-z]+)\">")]
    private static partial Regex AuditAction();

    [GeneratedRegex("name=\"ExpectedVersion\" value=\"(\\d+)\"")]
    private static partial Regex ExpectedVersion();

    [GeneratedRegex("name=\"Keys\\[\\d+\\]\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex SortKey();
}

internal static class LocationExtensions
{
    public static string PathAndQuery(this Uri location) => location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}
