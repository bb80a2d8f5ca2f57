using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.Tests.BackOffice;

/// <summary>Bugs of the back-office review (docs: ../shared/reviews/back-office-2026-12.md §4), each by its number.</summary>
public sealed partial class ReviewBugTests
{
    private const string Password = "modra-reka-krka-tece";

    private static async Task<BackOfficeSession> EditorAsync(CmsApplication app, string group = UserGroups.Editors, Guid? startNode = null)
    {
        var id = await BackOfficeSession.CreateUserAsync(app, "oseba@example.si", Password, group);
        if (startNode is { } start)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
            var user = (await users.FindByIdAsync(id.ToString()))!;
            user.StartContentKey = start;
            await users.UpdateAsync(user);
        }

        var session = BackOfficeSession.Create(app);
        await session.SignInOkAsync("oseba@example.si", Password);
        return session;
    }

    private static IEnumerable<PublishedContent> OfType(CmsApplication app, string alias) =>
        app.Snapshot.All.Where(c => c.ContentType.Alias == alias).OrderBy(c => c.Name("sl-SI"), StringComparer.Ordinal);

    [Fact]
    public async Task B10_the_dashboard_shows_scheduled_and_requested_actions_in_words_never_their_keys()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var (first, second) = (OfType(app, "service").First().Key, OfType(app, "service").Skip(1).First().Key);
        await using (var db = app.CreateDbContext())
        {
            db.AuditEntries.Add(new AuditEntryRecord { NodeKey = first, Date = DateTime.UtcNow, UserName = null, Action = "ScheduledUnpublish", Culture = "en-US" });
            db.AuditEntries.Add(new AuditEntryRecord { NodeKey = second, Date = DateTime.UtcNow.AddSeconds(-1), UserName = "pisec@example.si", Action = "RequestTrash" });
            await db.SaveChangesAsync();
        }

        using var editor = await EditorAsync(app);
        var page = WebUtility.HtmlDecode(await editor.GetPageAsync("/umbraco"));

        Assert.Contains("<td>umaknjeno po načrtu</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td>premik v koš poslan v odobritev</td>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("ScheduledUnpublish", page, StringComparison.Ordinal);
        Assert.DoesNotContain("RequestTrash", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task B11_a_link_outside_the_start_node_answers_a_back_office_page_not_json()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var organisations = OfType(app, "organisation").ToList();
        var theirs = app.Snapshot.ChildrenOf(organisations[1].Key).First();
        using var editor = await EditorAsync(app, UserGroups.OrganisationEditors, organisations[0].Key);

        foreach (var url in new[] { $"/umbraco/content/{theirs.Key}", $"/umbraco/content/{theirs.Key}/edit", $"/umbraco/content/{theirs.Key}/history", $"/umbraco/preview/{theirs.Key}" })
        {
            using var response = await editor.Client.GetAsync(url);
            var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("id=\"not-found\"", body, StringComparison.Ordinal);
            Assert.Contains("href=\"/umbraco\"", body, StringComparison.Ordinal);
            Assert.DoesNotContain(theirs.Name("sl-SI")!, body, StringComparison.Ordinal);
        }

        // The Delivery API under /umbraco keeps answering ProblemDetails.
        using var api = await editor.Client.GetAsync($"/umbraco/delivery/api/v2/content/item/{Guid.NewGuid()}");
        Assert.NotEqual("text/html", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task B13_editing_a_culture_without_a_name_shows_the_default_language_name()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var challenge = OfType(app, "lifeChallenge").First();
        var parent = app.Snapshot.All.First(c => app.Snapshot.ChildrenOf(c.Key).Any(x => x.Key == challenge.Key)).Key;
        var key = Guid.NewGuid();
        await using (var db = app.CreateDbContext())
        {
            var saved = await new SaveContent(db, app.Snapshot.Schema).ExecuteAsync(new SaveContentCommand(key, parent, "lifeChallenge",
                new Dictionary<string, string> { ["sl-SI"] = "Osamljenost v starosti" }, new Dictionary<string, IReadOnlyDictionary<string, string?>>()));
            Assert.True(saved.Succeeded);
        }

        using var editor = await EditorAsync(app);
        var page = WebUtility.HtmlDecode(await editor.GetPageAsync($"/umbraco/content/{key}/edit?culture=en-US"));

        Assert.Contains("<title>Uredi: Osamljenost v starosti", page, StringComparison.Ordinal);
        Assert.Contains($"<li><a href=\"/umbraco/content/{key}\">Osamljenost v starosti</a></li>", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Uredi: Osamljenost v starosti <span", page, StringComparison.Ordinal);
        Assert.DoesNotContain($">{key}<", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task B17_trashing_a_document_that_others_pick_lists_them_first()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var violence = OfType(app, "lifeChallenge").First(c => c.Name("sl-SI") == "Nasilje");
        var pickers = OfType(app, "service")
            .Where(s => new[] { "sl-SI", string.Empty }.Any(c => s.Value("lifeChallenges", c) is PickedItems p && p.Keys.Contains(violence.Key)))
            .ToList();
        Assert.NotEmpty(pickers);
        var parent = app.Snapshot.All.First(c => app.Snapshot.ChildrenOf(c.Key).Any(x => x.Key == violence.Key)).Key;
        var unrelated = Guid.NewGuid();
        await using (var db = app.CreateDbContext())
        {
            Assert.True((await new SaveContent(db, app.Snapshot.Schema).ExecuteAsync(new SaveContentCommand(unrelated, parent, "lifeChallenge",
                new Dictionary<string, string> { ["sl-SI"] = "Nihče je ne izbira" }, new Dictionary<string, IReadOnlyDictionary<string, string?>>()))).Succeeded);
        }

        using var editor = await EditorAsync(app);
        var page = WebUtility.HtmlDecode(await editor.GetPageAsync($"/umbraco/content/{violence.Key}/trash"));
        var quiet = WebUtility.HtmlDecode(await editor.GetPageAsync($"/umbraco/content/{unrelated}/trash"));

        Assert.Contains("id=\"used-by\"", page, StringComparison.Ordinal);
        Assert.All(pickers.Take(50), s => Assert.Contains($"<a href=\"/umbraco/content/{s.Key}\">{s.Name("sl-SI")}</a>", page, StringComparison.Ordinal));
        Assert.DoesNotContain("id=\"used-by\"", quiet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task B20_the_item_page_and_the_approval_comparison_never_show_storage_json()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        Guid key;
        await using (var db = app.CreateDbContext())
        {
            // A published service with contacts, whose draft empties them: the block list's storage is all that is left.
            var node = (await db.Nodes.Where(n => n.ContentTypeAlias == "service" && n.PublishedData != null).ToListAsync())
                .First(n => ContentData.Deserialize(n.PublishedData!).Values.GetValueOrDefault("contacts")?.Values.Any(v => v.Contains("\"contentData\":[{", StringComparison.Ordinal)) == true);
            key = node.Key;
            var draft = ContentData.Deserialize(node.DraftData);
            var culture = draft.Values["contacts"].Keys.First();
            draft.SetValue("contacts", culture, """{"layout":{"Umbraco.BlockList":[]},"contentData":[],"settingsData":[],"expose":[]}""");
            node.DraftData = draft.Serialize();
            node.ApprovalRequestedBy = "pisec@example.si";
            node.ApprovalRequestedAt = DateTime.UtcNow;
            await db.SaveChangesAsync();
        }

        using var editor = await EditorAsync(app);
        var page = WebUtility.HtmlDecode(await editor.GetPageAsync($"/umbraco/content/{key}/edit"));

        Assert.Contains("Osnutek v primerjavi z objavljeno različico", page, StringComparison.Ordinal);
        Assert.DoesNotContain("contentData", page, StringComparison.Ordinal);
        Assert.DoesNotContain("\"layout\"", page, StringComparison.Ordinal);
        // The review's own place: the item page's draft overview (block lists and rich text are stored as JSON).
        var item = WebUtility.HtmlDecode(await editor.GetPageAsync($"/umbraco/content/{key}"));
        Assert.Contains("id=\"properties\"", item, StringComparison.Ordinal);
        Assert.DoesNotContain("contentData", item, StringComparison.Ordinal);
        Assert.DoesNotContain("\"layout\"", item, StringComparison.Ordinal);
        Assert.DoesNotContain("\"markup\"", item, StringComparison.Ordinal);
    }

    [Fact]
    public async Task B21_scheduled_items_have_the_same_name_on_the_schedule_list_and_the_dashboard()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var service = OfType(app, "service").First(s => s.Name("en-US") is { } en && en != s.Name("sl-SI"));
        await using (var db = app.CreateDbContext())
        {
            var node = await db.Nodes.FirstAsync(n => n.Key == service.Key);
            db.ContentSchedules.Add(new ContentScheduleRecord { NodeId = node.Id, Culture = "en-US", Action = ScheduleAction.Unpublish, Date = DateTime.UtcNow.AddDays(2) });
            await db.SaveChangesAsync();
        }

        using var editor = await EditorAsync(app);
        var list = WebUtility.HtmlDecode(await editor.GetPageAsync("/umbraco/content/scheduled"));
        var dashboard = WebUtility.HtmlDecode(await editor.GetPageAsync("/umbraco"));

        Assert.Contains($">{service.Name("sl-SI")}</a>", list, StringComparison.Ordinal);
        Assert.DoesNotContain($">{service.Name("en-US")}</a>", list, StringComparison.Ordinal);
        Assert.Contains($">{service.Name("sl-SI")}</a>", dashboard, StringComparison.Ordinal);
    }
}
