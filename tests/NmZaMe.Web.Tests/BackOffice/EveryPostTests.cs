using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.Tests.BackOffice;

/// <summary>
/// Every POST handler under /umbraco (found from the routing table and the page models' <c>OnPost…</c> methods, so a
/// new one is covered without editing this test), sent as a writer and as an organisation editor with a valid
/// antiforgery token and the fields a live change would need. None may answer 5xx, and none may change what the
/// site shows: published documents (data, place, order, trash) and media (live as soon as saved).
/// </summary>
public sealed partial class EveryPostTests
{
    private const string Password = "modra-reka-krka-tece";

    /// <summary>The form variants each handler gets: the editor's actions, then everything a tree or media action reads.</summary>
    private static readonly string[] Operations = ["publish", "unpublish", "overwrite", "approval", "save"];

    /// <summary>
    /// Buttons only the content editor has, sent to its pages alone: every extra variant sent to all handlers also
    /// reaches the sign-in forms, whose per-address limit the test must stay under.
    /// </summary>
    private static readonly string[] EditorOperations = ["publishbranch", "mediaupload|f.logo"];
    private static readonly string[] Public = ["/umbraco/login", "/umbraco/invitation", "/umbraco/access-denied", "/umbraco/status"];

    [Fact]
    public async Task No_post_by_a_writer_or_an_organisation_editor_changes_the_live_site()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var organisations = app.Snapshot.All.Where(c => c.ContentType.Alias == "organisation" && app.Snapshot.ChildrenOf(c.Key).Length > 1).OrderBy(c => c.Key).Take(2).ToList();
        var service = app.Snapshot.ChildrenOf(organisations[0].Key).First();
        await BackOfficeSession.CreateUserAsync(app, "pisec@example.si", Password, UserGroups.Writers);
        var orgEditor = await BackOfficeSession.CreateUserAsync(app, "drustvo@example.si", Password, UserGroups.OrganisationEditors);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
            var user = (await users.FindByIdAsync(orgEditor.ToString()))!;
            user.StartContentKey = organisations[0].Key;
            await users.UpdateAsync(user);
        }

        using (var editor = await Media.MediaTestHelpers.SignInAsync(app, "urednik@example.si", UserGroups.Editors))
        using (await Media.MediaTestHelpers.UploadAsync(editor, null, new Dictionary<string, string> { ["Items[0].Alt[inv]"] = "Logotip", ["Items[0].Name"] = "Logotip" },
            new FormFile("Items[0].File", "logo.png", TestFiles.Png(2, 2))))
        {
        }

        Guid mediaKey;
        await using (var db = app.CreateDbContext())
        {
            // The review's shared logo: media that a published page of another organisation shows.
            mediaKey = (await Media.MediaTestHelpers.FindAsync(app, "Logotip"))!.Key;
            var node = await db.Nodes.FirstAsync(n => n.Key == organisations[1].Key);
            var published = ContentData.Deserialize(node.PublishedData!);
            published.SetValue("logo", string.Empty, $"[{{\"key\":\"{Guid.NewGuid()}\",\"mediaKey\":\"{mediaKey}\"}}]");
            node.PublishedData = published.Serialize();
            await db.SaveChangesAsync();
        }

        var walk = await WalkAsync(app, organisations, service.Key, mediaKey);
        var posts = PostHandlers(app, walk);
        Assert.Contains(posts, p => p.Url.EndsWith("/move", StringComparison.Ordinal));
        Assert.Contains(posts, p => p.Url == $"/umbraco/media/{mediaKey}" && p.Handler == "Delete");
        Assert.True(posts.Count >= 20, $"Only {posts.Count} POST handlers found.");

        var before = await LiveStateAsync(app);
        var failures = new List<string>();
        foreach (var email in new[] { "pisec@example.si", "drustvo@example.si" })
        {
            using var session = BackOfficeSession.Create(app);
            await session.SignInOkAsync(email, Password);
            var token = BackOfficeSession.Token(await session.GetPageAsync("/umbraco/content"));
            foreach (var (url, handler) in posts)
            {
                foreach (var op in url.StartsWith("/umbraco/content/", StringComparison.Ordinal) ? Operations.Concat(EditorOperations) : Operations)
                {
                    var target = handler.Length == 0 ? url : $"{url}?handler={handler}";
                    using var response = await session.Client.PostAsync(target, new FormUrlEncodedContent(await FieldsAsync(app, walk, token, op, url, session)));
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{email} POST {target} op={op}: {(int)response.StatusCode}");
                    }

                    // A walk that lost its session would pass whatever the rights are.
                    if (!Public.Any(p => url.StartsWith(p, StringComparison.Ordinal)) && !url.StartsWith("/umbraco/logout", StringComparison.Ordinal) && !url.StartsWith("/umbraco/account", StringComparison.Ordinal)
                        && response.Headers.Location?.OriginalString.Contains("/umbraco/login", StringComparison.Ordinal) == true)
                    {
                        failures.Add($"{email} POST {target} op={op}: sent to sign in");
                    }

                    if (!(await LiveStateAsync(app)).SequenceEqual(before))
                    {
                        failures.Add($"{email} POST {target} op={op} changed the live site");
                        before = await LiveStateAsync(app);
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>
    /// The same POSTs without a session: each is sent to sign-in (or refused as a bad request) and changes nothing; then
    /// as an editor and as an administrator, whose posts may change the site but never fail.
    /// </summary>
    [Fact]
    public async Task No_post_fails_for_anonymous_editors_or_administrators_and_anonymous_ones_change_nothing()
    {
        // An administrator's confirmed export writes the uSync folder: a copy, never the repository's.
        using var usync = TestUSync.Full();
        using var app = new CmsApplication(usync.Folder);
        await app.StartAsync();
        var organisations = app.Snapshot.All.Where(c => c.ContentType.Alias == "organisation" && app.Snapshot.ChildrenOf(c.Key).Length > 1).OrderBy(c => c.Key).Take(2).ToList();
        var service = app.Snapshot.ChildrenOf(organisations[0].Key).First();
        var mediaKey = await SharedLogoAsync(app);
        var walk = await WalkAsync(app, organisations, service.Key, mediaKey);
        var posts = PostHandlers(app, walk)
            // Signing out (and the account's own 2FA) would end the very session the rest of the walk needs.
            .Where(p => !p.Url.StartsWith("/umbraco/logout", StringComparison.Ordinal) && !p.Url.StartsWith("/umbraco/account", StringComparison.Ordinal)).ToList();
        var failures = new List<string>();

        using (var anonymous = BackOfficeSession.Create(app))
        {
            var token = BackOfficeSession.Token(await anonymous.GetPageAsync("/umbraco/login"));
            var before = await EverythingAsync(app);
            foreach (var (url, handler) in posts)
            {
                var target = handler.Length == 0 ? url : $"{url}?handler={handler}";
                using var response = await anonymous.Client.PostAsync(target, new FormUrlEncodedContent(await FieldsAsync(app, walk, token, "publish", url)));
                var location = response.Headers.Location?.OriginalString ?? string.Empty;
                // The public pages (sign-in, invitation, access denied, error status) answer anyone, but never with a 5xx.
                if (Public.Any(p => url.StartsWith(p, StringComparison.Ordinal)) ? (int)response.StatusCode >= 500 : !(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized
                      || (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther && location.Contains("/umbraco/login", StringComparison.Ordinal))))
                {
                    failures.Add($"anonymous POST {target}: {(int)response.StatusCode} {location}");
                }
            }

            if (!(await EverythingAsync(app)).SequenceEqual(before))
            {
                failures.Add("an anonymous POST changed the database");
            }
        }

        await BackOfficeSession.CreateUserAsync(app, "urednica@example.si", Password, UserGroups.Editors);
        using var editor = BackOfficeSession.Create(app);
        await editor.SignInOkAsync("urednica@example.si", Password);
        using var admin = await BackOfficeSession.AdministratorAsync(app);
        foreach (var (name, session) in new[] { ("editor", editor), ("administrator", admin) })
        {
            var token = BackOfficeSession.Token(await session.GetPageAsync("/umbraco/content"));
            foreach (var (url, handler) in posts)
            {
                foreach (var op in Operations)
                {
                    var target = handler.Length == 0 ? url : $"{url}?handler={handler}";
                    using var response = await session.Client.PostAsync(target, new FormUrlEncodedContent(await FieldsAsync(app, walk, token, op, url, session)));
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{name} POST {target} op={op}: {(int)response.StatusCode}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static async Task<Guid> SharedLogoAsync(CmsApplication app)
    {
        using (var editor = await Media.MediaTestHelpers.SignInAsync(app, "logotip@example.si", UserGroups.Editors))
        using (await Media.MediaTestHelpers.UploadAsync(editor, null, new Dictionary<string, string> { ["Items[0].Alt[inv]"] = "Logotip", ["Items[0].Name"] = "Logotip" },
            new FormFile("Items[0].File", "logo.png", TestFiles.Png(2, 2))))
        {
        }

        return (await Media.MediaTestHelpers.FindAsync(app, "Logotip"))!.Key;
    }

    /// <summary>Every node (drafts too), user, group and schedule: what an anonymous post must leave alone.</summary>
    private static async Task<List<string>> EverythingAsync(CmsApplication app)
    {
        await using var db = app.CreateDbContext();
        var nodes = await db.Nodes.AsNoTracking().OrderBy(n => n.Id).Select(n => n.Key + "|" + n.ParentId + "|" + n.SortOrder + "|" + n.Trashed + "|" + n.Version + "|" + n.DraftData + "|" + n.PublishedData).ToListAsync();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Id).Select(u => u.Id + "|" + u.SecurityStamp + "|" + u.StartContentKey + "|" + u.StartMediaKey).ToListAsync();
        var groups = await db.Roles.AsNoTracking().OrderBy(g => g.Id).Select(g => g.Id + "|" + g.DisplayName + "|" + g.StartContentKey + "|" + g.StartMediaKey + "|" + g.Languages).ToListAsync();
        return [.. nodes, .. users, .. groups, "schedules:" + await db.Set<ContentScheduleRecord>().AsNoTracking().CountAsync()];
    }

    /// <summary>What the public sees: every published document's data, parent, order and trash flag, and every media item.</summary>
    private static async Task<List<string>> LiveStateAsync(CmsApplication app)
    {
        await using var db = app.CreateDbContext();
        // Every published value counts, the review date too: a writer's or organisation editor's "Confirm unchanged" is a
        // request for approval (ConfirmRightsTests), so it may not renew the live entry either.
        var documents = (await db.Nodes.AsNoTracking().Where(n => n.Kind == ContentKind.Document && n.PublishedData != null)
            .OrderBy(n => n.Id).Select(n => new { n.Key, n.ParentId, n.SortOrder, n.Trashed, n.PublishedData }).ToListAsync())
            .Select(n => n.Key + "|" + n.ParentId + "|" + n.SortOrder + "|" + n.Trashed + "|" + n.PublishedData).ToList();
        var media = await db.Nodes.AsNoTracking().Where(n => n.Kind == ContentKind.Media)
            .OrderBy(n => n.Id).Select(n => n.Key + "|" + n.ParentId + "|" + n.Trashed + "|" + n.DraftData).ToListAsync();
        var schedules = await db.Set<ContentScheduleRecord>().AsNoTracking().CountAsync();
        // Media that published pages show (the Delivery API lists the rest too, but no page shows it).
        var shown = media.Where(m => documents.Any(d => d.Contains(m[..36], StringComparison.OrdinalIgnoreCase)
            || d.Contains(m[..36].Replace("-", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)));
        return [.. documents, .. shown, "schedules:" + schedules];
    }
}
