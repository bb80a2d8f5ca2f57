using System.Net;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;
using NmZaMe.Web.Tests.BackOffice;
using static NmZaMe.Web.Tests.Media.MediaTestHelpers;

namespace NmZaMe.Web.Tests.Media;

/// <summary>The library's folder tree and item forms: rename and alt text, move, and delete that protects used media.</summary>
public sealed class MediaLibraryTests
{
    private static readonly Dictionary<string, string> Confirmed = new() { ["Confirm"] = "true" };

    [Fact]
    public async Task Folders_open_one_level_at_a_time_and_an_image_can_be_renamed_given_new_alt_text_and_moved()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        using var editor = await SignInAsync(app, "urednik@example.si", UserGroups.Editors);
        var photos = await CreateFolderAsync(app, editor, "Fotografije");
        var events = await CreateFolderAsync(app, editor, "Dogodki", photos);
        var archive = await CreateFolderAsync(app, editor, "Arhiv");
        using (await UploadAsync(editor, events, new Dictionary<string, string> { ["Items[0].Alt[inv]"] = "Stojnica", ["Items[0].Name"] = "Stojnica" }, new FormFile("Items[0].File", "s.png", TestFiles.Png(2, 2))))
        {
        }

        var image = (await FindAsync(app, "Stojnica"))!;
        var root = await editor.GetPageAsync("/umbraco/media");
        Assert.Contains($"/umbraco/media/{photos}", root, StringComparison.Ordinal);
        Assert.DoesNotContain($"/umbraco/media/{events}\"", root, StringComparison.Ordinal);
        Assert.Contains($"/umbraco/media/{events}", await editor.GetPageAsync($"/umbraco/media/{photos}"), StringComparison.Ordinal);

        // An empty alt text is refused and what was typed stays in the form.
        using (var refused = await editor.SubmitAsync($"/umbraco/media/{image.Key}", new Dictionary<string, string> { ["Name"] = "Nova stojnica", ["Alt[inv]"] = " " }, "Save"))
        {
            var page = await refused.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("Opis slike (nadomestno besedilo) je obvezen", page, StringComparison.Ordinal);
            Assert.Contains("value=\"Nova stojnica\"", page, StringComparison.Ordinal);
        }

        using (var saved = await editor.SubmitAsync($"/umbraco/media/{image.Key}", new Dictionary<string, string> { ["Name"] = "Stojnica na trgu", ["Alt[inv]"] = "Stojnica društva na Glavnem trgu" }, "Save"))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using (var moved = await editor.SubmitAsync($"/umbraco/media/{image.Key}", new Dictionary<string, string> { ["Target"] = archive.ToString() }, "Move"))
        {
            Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        }

        using (var intoItself = await editor.SubmitAsync($"/umbraco/media/{photos}", new Dictionary<string, string> { ["Target"] = events.ToString() }, "Move"))
        {
            Assert.Contains("Mape ni mogoče premakniti vase", await intoItself.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var published = app.Snapshot.Media[image.Key];
        Assert.Equal("Stojnica na trgu", published.Name(string.Empty));
        Assert.Equal("Stojnica društva na Glavnem trgu", published.Value("altText", string.Empty));
        Assert.Equal(archive, published.ParentKey);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/umbraco/delivery/api/v2/media/item/arhiv/stojnica%20na%20trgu")).StatusCode);
        await using var db = app.CreateDbContext();
        var actions = await db.AuditEntries.Where(a => a.NodeKey == image.Key).Select(a => a.Action).ToListAsync();
        Assert.Equal(["Upload", "Save", "Move"], actions);
    }

    [Fact]
    public async Task B12_move_starts_at_the_current_folder_so_moving_without_a_choice_keeps_the_item_there()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var editor = await SignInAsync(app, "urednik@example.si", UserGroups.Editors);
        var logos = await CreateFolderAsync(app, editor, "Logotipi organizacij");
        await CreateFolderAsync(app, editor, "Arhiv");
        using (await UploadAsync(editor, logos, new Dictionary<string, string> { ["Items[0].Alt[inv]"] = "Logotip", ["Items[0].Name"] = "Logotip društva" }, new FormFile("Items[0].File", "l.png", TestFiles.Png(2, 2))))
        {
        }

        var image = (await FindAsync(app, "Logotip društva"))!;
        var page = await editor.GetPageAsync($"/umbraco/media/{image.Key}");
        var select = page[page.IndexOf("id=\"Target\"", StringComparison.Ordinal)..];
        select = select[..select.IndexOf("</select>", StringComparison.Ordinal)];

        Assert.Contains($"<option value=\"{logos}\" selected=\"selected\">", select, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(select, "selected="));
        using (var moved = await editor.SubmitAsync($"/umbraco/media/{image.Key}", new Dictionary<string, string> { ["Target"] = logos.ToString() }, "Move"))
        {
            Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        }

        await using var db = app.CreateDbContext();
        var parent = await db.Nodes.SingleAsync(n => n.Key == logos);
        Assert.Equal(parent.Id, (await db.Nodes.SingleAsync(n => n.Key == image.Key)).ParentId);
    }

    [Fact]
    public async Task Media_used_by_content_cannot_be_deleted_and_unused_media_is_deleted_with_its_file()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        using var editor = await SignInAsync(app, "urednik@example.si", UserGroups.Editors);
        var folder = await CreateFolderAsync(app, editor, "Logotipi");
        using (await UploadAsync(editor, folder, new Dictionary<string, string> { ["Items[0].Alt[inv]"] = "Logotip", ["Items[0].Name"] = "Logotip", ["Items[1].Name"] = "Navodila" },
            new FormFile("Items[0].File", "logo.png", TestFiles.Png(2, 2)), new FormFile("Items[1].File", "navodila.pdf", TestFiles.Pdf())))
        {
        }

        var logo = (await FindAsync(app, "Logotip"))!;
        var guide = (await FindAsync(app, "Navodila"))!;
        var organisation = app.Snapshot.All.First(c => c.ContentType.Alias == "organisation");
        await using (var db = app.CreateDbContext())
        {
            var node = await db.Nodes.FirstAsync(n => n.Key == organisation.Key);
            var draft = ContentData.Deserialize(node.DraftData);
            draft.SetValue("logo", string.Empty, $"[{{\"key\":\"{Guid.NewGuid()}\",\"mediaKey\":\"{logo.Key}\"}}]");
            node.DraftData = draft.Serialize();
            await db.SaveChangesAsync();
        }

        var details = await editor.GetPageAsync($"/umbraco/media/{logo.Key}");
        using var unconfirmed = await editor.SubmitAsync($"/umbraco/media/{guide.Key}", new Dictionary<string, string>(), "Delete");
        using var refused = await editor.SubmitAsync($"/umbraco/media/{logo.Key}", Confirmed, "Delete");
        var refusedPage = await refused.Content.ReadAsStringAsync();
        using var folderRefused = await editor.SubmitAsync($"/umbraco/media/{folder}", Confirmed, "Delete");
        var unconfirmedPage = await unconfirmed.Content.ReadAsStringAsync();
        using var deleted = await editor.SubmitAsync($"/umbraco/media/{guide.Key}", Confirmed, "Delete");

        Assert.Contains($"/umbraco/content/{organisation.Key}", details, StringComparison.Ordinal);
        Assert.Contains("Potrdite, da želite medij dokončno izbrisati.", unconfirmedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Medija ni mogoče izbrisati, ker ga uporablja: " + organisation.Name("sl-SI"), refusedPage, StringComparison.Ordinal);
        Assert.Contains("Mapa ni prazna.", await folderRefused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal($"/umbraco/media/{folder}?status=deleted", deleted.Headers.Location?.OriginalString);
        Assert.NotNull(await FindAsync(app, "Logotip"));
        Assert.Null(await FindAsync(app, "Navodila"));
        Assert.Equal(1, StoredFiles(app));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(FileUrl(logo))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(FileUrl(guide))).StatusCode);
        Assert.False(app.Snapshot.Media.ContainsKey(guide.Key));
    }

    [Fact]
    public async Task A_writer_may_browse_and_change_media_but_a_user_without_groups_may_not()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var writer = await SignInAsync(app, "pisec@example.si", UserGroups.Writers);
        await BackOfficeSession.CreateUserAsync(app, "nihce@example.si", Password);
        using var nobody = BackOfficeSession.Create(app);
        await nobody.SignInOkAsync("nihce@example.si", Password);

        var page = await writer.GetPageAsync("/umbraco/media");
        var folder = await CreateFolderAsync(app, writer, "Plakati");
        using var denied = await nobody.Client.GetAsync("/umbraco/media");

        Assert.Contains("href=\"/umbraco/media/upload\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/umbraco/media\"", await writer.GetPageAsync("/umbraco"), StringComparison.Ordinal);
        Assert.NotEqual(Guid.Empty, folder);
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/umbraco/access-denied?", denied.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
