using System.Net;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;
using NmZaMe.Web.Tests.BackOffice;
using static NmZaMe.Web.Tests.Media.MediaTestHelpers;

namespace NmZaMe.Web.Tests.Media;

/// <summary>
/// F2/B18 replayed: a writer or organisation editor may not rename, re-describe or move media that published pages
/// show (it is live at once), nor delete media at all; editors with the publish permission may.
/// </summary>
public sealed class MediaRightsTests
{
    [Theory]
    [InlineData(UserGroups.Writers)]
    [InlineData(UserGroups.OrganisationEditors)]
    public async Task Media_shown_on_published_pages_is_read_only_and_deleting_is_refused_without_the_publish_permission(string group)
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var editor = await SignInAsync(app, "urednik@example.si", UserGroups.Editors);
        var folder = await CreateFolderAsync(app, editor, "Logotipi");
        using (await UploadAsync(editor, folder, new Dictionary<string, string> { ["Items[0].Alt[inv]"] = "Logotip", ["Items[0].Name"] = "Logotip", ["Items[1].Name"] = "Navodila" },
            new FormFile("Items[0].File", "logo.png", TestFiles.Png(2, 2)), new FormFile("Items[1].File", "navodila.pdf", TestFiles.Pdf())))
        {
        }

        var logo = (await FindAsync(app, "Logotip"))!;
        var unused = (await FindAsync(app, "Navodila"))!;
        // The logo of a published organisation, as the review's shared logo M.
        await ShowOnAPublishedOrganisationAsync(app, logo.Key);

        using var other = await SignInAsync(app, "drugi@example.si", group);
        if (group == UserGroups.OrganisationEditors)
        {
            // Organisation editors work in their own media folder (MediaStartFolderTests); here it holds the shared logo.
            await SetStartFolderAsync(app, "drugi@example.si", folder);
        }

        using var save = await other.SubmitAsync($"/umbraco/media/{logo.Key}", new Dictionary<string, string>
        {
            ["Version"] = logo.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Name"] = "Defaced",
            ["Alt[inv]"] = "DEFACED alt text",
        }, "Save");
        Assert.Equal(HttpStatusCode.OK, save.StatusCode);
        Assert.Contains("le uporabnik s pravico objave", await save.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var move = await other.SubmitAsync($"/umbraco/media/{logo.Key}", new Dictionary<string, string> { ["Target"] = string.Empty }, "Move");
        Assert.Equal(HttpStatusCode.OK, move.StatusCode);
        Assert.Contains("le uporabnik s pravico objave", await move.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(logo.ParentId, (await FindAsync(app, "Logotip"))!.ParentId);

        Assert.DoesNotContain("handler=Delete", await other.GetPageAsync($"/umbraco/media/{unused.Key}"), StringComparison.Ordinal);
        var page = await other.GetPageAsync($"/umbraco/media/{unused.Key}");
        using var delete = await other.Client.PostAsync($"/umbraco/media/{unused.Key}?handler=Delete", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Confirm"] = "true",
            ["__RequestVerificationToken"] = BackOfficeSession.Token(page),
        }));
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.StartsWith("/umbraco/access-denied", delete.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
        Assert.NotNull(await FindAsync(app, "Navodila"));

        // Unused media stays theirs to rename; the editor may change the live logo.
        using var rename = await other.SubmitAsync($"/umbraco/media/{unused.Key}", new Dictionary<string, string>
        {
            ["Version"] = unused.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Name"] = "Navodila 2026",
        }, "Save");
        Assert.Equal(HttpStatusCode.Redirect, rename.StatusCode);
        using var editorSave = await editor.SubmitAsync($"/umbraco/media/{logo.Key}", new Dictionary<string, string>
        {
            ["Version"] = logo.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Name"] = "Logotip društva",
            ["Alt[inv]"] = "Logotip društva",
        }, "Save");
        Assert.Equal(HttpStatusCode.Redirect, editorSave.StatusCode);
    }

    [Fact]
    public async Task A_folder_that_holds_media_shown_on_published_pages_cannot_be_renamed_or_moved_without_the_publish_permission()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var editor = await SignInAsync(app, "urednik@example.si", UserGroups.Editors);
        var logos = await CreateFolderAsync(app, editor, "Logotipi");
        var inner = await CreateFolderAsync(app, editor, "Društva", logos);
        var empty = await CreateFolderAsync(app, editor, "Prazna");
        using (await UploadAsync(editor, inner, new Dictionary<string, string> { ["Items[0].Alt[inv]"] = "Logotip", ["Items[0].Name"] = "Logotip" },
            new FormFile("Items[0].File", "logo.png", TestFiles.Png(2, 2))))
        {
        }

        var logo = (await FindAsync(app, "Logotip"))!;
        await ShowOnAPublishedOrganisationAsync(app, logo.Key);

        // The folder's name is part of the logo's Delivery API path (/media/item/logotipi/drustva/logotip), two levels up.
        using var writer = await SignInAsync(app, "pisec@example.si", UserGroups.Writers);
        var folder = (await FindAsync(app, "Logotipi"))!;
        using var rename = await writer.SubmitAsync($"/umbraco/media/{logos}", new Dictionary<string, string>
        {
            ["Version"] = folder.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Name"] = "Stari logotipi",
        }, "Save");
        Assert.Equal(HttpStatusCode.OK, rename.StatusCode);
        Assert.Contains("le uporabnik s pravico objave", await rename.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var move = await writer.SubmitAsync($"/umbraco/media/{logos}", new Dictionary<string, string> { ["Target"] = empty.ToString() }, "Move");
        Assert.Equal(HttpStatusCode.OK, move.StatusCode);
        Assert.Contains("le uporabnik s pravico objave", await move.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(folder.ParentId, (await FindAsync(app, "Logotipi"))!.ParentId);
        Assert.NotNull(await FindAsync(app, "Logotipi"));

        // A folder without live media stays the writer's to rename.
        var free = (await FindAsync(app, "Prazna"))!;
        using var renameFree = await writer.SubmitAsync($"/umbraco/media/{empty}", new Dictionary<string, string>
        {
            ["Version"] = free.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Name"] = "Prazna mapa",
        }, "Save");
        Assert.Equal(HttpStatusCode.Redirect, renameFree.StatusCode);
    }

    /// <summary>Puts the media in a published organisation's logo, as a published page that shows it.</summary>
    private static async Task ShowOnAPublishedOrganisationAsync(CmsApplication app, Guid media)
    {
        var organisation = app.Snapshot.All.First(c => c.ContentType.Alias == "organisation");
        await using var db = app.CreateDbContext();
        var node = await db.Nodes.FirstAsync(n => n.Key == organisation.Key);
        var published = ContentData.Deserialize(node.PublishedData!);
        published.SetValue("logo", string.Empty, $"[{{\"key\":\"{Guid.NewGuid()}\",\"mediaKey\":\"{media}\"}}]");
        node.PublishedData = published.Serialize();
        await db.SaveChangesAsync();
    }
}
