using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;
using NmZaMe.Web.Tests.BackOffice;
using static NmZaMe.Web.Tests.Media.MediaTestHelpers;

namespace NmZaMe.Web.Tests.Media;

/// <summary>Uploading through the library's multipart form: what is accepted, what is refused (by content, not by name), who may.</summary>
public sealed class MediaUploadTests
{
    [Fact]
    public async Task A_writer_uploads_a_png_and_a_pdf_into_a_folder_and_both_are_stored_under_generated_names()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var writer = await SignInAsync(app, "pisec@example.si", UserGroups.Writers);
        var folder = await CreateFolderAsync(app, writer, "Logotipi");
        var png = TestFiles.Png(3, 2);

        using var response = await UploadAsync(writer, folder, new Dictionary<string, string>
            {
                ["Items[0].Alt[inv]"] = "Logotip pisarne",
                ["Items[1].Name"] = "Letno poročilo",
            },
            new FormFile("Items[0].File", "Logo Pisarne č.png", png, "image/png"),
            new FormFile("Items[1].File", "../../poročilo.pdf", TestFiles.Pdf(), "application/pdf"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/umbraco/media/{folder}?status=uploaded", response.Headers.Location?.OriginalString);
        var image = (await FindAsync(app, "Logo Pisarne č"))!;
        var pdf = (await FindAsync(app, "Letno poročilo"))!;
        var imageData = ContentData.Deserialize(image.DraftData);
        Assert.Equal("Image", image.ContentTypeAlias);
        Assert.Equal("File", pdf.ContentTypeAlias);
        Assert.Equal("3", imageData.Value("umbracoWidth", string.Empty));
        Assert.Equal("2", imageData.Value("umbracoHeight", string.Empty));
        Assert.Equal(png.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), imageData.Value("umbracoBytes", string.Empty));
        Assert.Equal("Logotip pisarne", imageData.Value("altText", string.Empty));
        Assert.Matches("^/media/[0-9a-f]{32}/logo-pisarne-c\\.png$", FileUrl(image));
        Assert.Matches("^/media/[0-9a-f]{32}/porocilo\\.pdf$", FileUrl(pdf));

        // On disk only generated names, outside wwwroot; the user's names are nowhere in the store.
        var stored = UploadedFiles(app).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(2, stored.Count);
        Assert.All(stored, f => Assert.Matches("^[0-9a-f]{32}\\.(png|pdf)$", f));
        Assert.Equal(png, await File.ReadAllBytesAsync(Path.Combine(app.DataDirectory, "media", stored.Single(f => f!.EndsWith(".png", StringComparison.Ordinal))!)));

        // Published at once and audited; the library lists both.
        Assert.True(app.Snapshot.Media.ContainsKey(image.Key));
        await using (var db = app.CreateDbContext())
        {
            Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == "Upload" && a.UserName == "pisec@example.si"));
        }

        var library = await writer.GetPageAsync($"/umbraco/media/{folder}");
        Assert.Contains("Letno poročilo", library, StringComparison.Ordinal);
        Assert.Contains($"/umbraco/media/{image.Key}", library, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_alt_text_svg_and_html_renamed_to_jpg_are_refused_with_field_messages_and_nothing_is_stored()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var editor = await SignInAsync(app, "urednik@example.si", UserGroups.Editors);
        var before = await MediaCountAsync(app);
        var svg = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        var html = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");
        var polyglot = "GIF89a"u8.ToArray().Concat(new byte[] { 2, 0, 2, 0 }).Concat("<script>alert(1)</script>"u8.ToArray()).ToArray();

        using var noAlt = await UploadAsync(editor, null, new Dictionary<string, string> { ["Items[0].Name"] = "Brez opisa" }, new FormFile("Items[0].File", "slika.png", TestFiles.Png(2, 2), "image/png"));
        var noAltPage = await noAlt.Content.ReadAsStringAsync();
        using var svgResponse = await UploadAsync(editor, null, new Dictionary<string, string> { ["Items[0].Alt[inv]"] = "Ikona" }, new FormFile("Items[0].File", "ikona.svg", svg, "image/svg+xml"));
        var svgPage = await svgResponse.Content.ReadAsStringAsync();
        using var htmlResponse = await UploadAsync(editor, null, new Dictionary<string, string> { ["Items[0].Alt[inv]"] = "Fotografija" }, new FormFile("Items[0].File", "foto.jpg", html, "image/jpeg"));
        var htmlPage = await htmlResponse.Content.ReadAsStringAsync();
        using var polyglotResponse = await UploadAsync(editor, null, new Dictionary<string, string> { ["Items[0].Alt[inv]"] = "Animacija" }, new FormFile("Items[0].File", "anim.gif", polyglot, "image/gif"));
        var polyglotPage = await polyglotResponse.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, noAlt.StatusCode);
        Assert.Contains("Opis slike (nadomestno besedilo) je obvezen", noAltPage, StringComparison.Ordinal);
        Assert.Contains("value=\"Brez opisa\"", noAltPage, StringComparison.Ordinal);
        Assert.Contains("Slike SVG niso dovoljene, ker lahko vsebujejo skripte.", svgPage, StringComparison.Ordinal);
        Assert.Contains("Vrsta datoteke ni dovoljena.", htmlPage, StringComparison.Ordinal);
        Assert.Contains("Slika vsebuje zapis HTML ali skripto", polyglotPage, StringComparison.Ordinal);
        Assert.Equal(before, await MediaCountAsync(app));
        Assert.Equal(0, StoredFiles(app));
    }

    [Fact]
    public async Task B15_one_invalid_file_does_not_discard_the_valid_ones_of_the_batch()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var editor = await SignInAsync(app, "urednik@example.si", UserGroups.Editors);
        var folder = await CreateFolderAsync(app, editor, "Dokumenti");
        var before = await MediaCountAsync(app);
        var svg = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"1\"/></svg>");

        // The review's batch: an SVG, a PNG without alt text and a valid PDF.
        using var response = await UploadAsync(editor, folder, new Dictionary<string, string> { ["Items[1].Name"] = "Brez opisa", ["Items[2].Name"] = "Cenik storitev" },
            new FormFile("Items[0].File", "ikona.svg", svg, "image/svg+xml"),
            new FormFile("Items[1].File", "slika.png", TestFiles.Png(2, 2), "image/png"),
            new FormFile("Items[2].File", "cenik.pdf", TestFiles.Pdf(), "application/pdf"));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pdf = await FindAsync(app, "Cenik storitev");
        Assert.NotNull(pdf);
        Assert.Equal("File", pdf.ContentTypeAlias);
        Assert.Equal(before + 1, await MediaCountAsync(app));
        Assert.Equal(1, StoredFiles(app));
        Assert.Contains("Shranjenih datotek: 1.", page, StringComparison.Ordinal);
        Assert.Contains("id=\"file-0-error\">Slike SVG niso dovoljene", page, StringComparison.Ordinal);
        Assert.Contains("Opis slike (nadomestno besedilo) je obvezen", page, StringComparison.Ordinal);
        // The refused rows keep what was typed; the stored row is emptied so it is not sent twice.
        Assert.Contains("value=\"Brez opisa\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"Cenik storitev\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_over_the_configured_size_is_refused_before_it_is_stored()
    {
        using var app = new CmsApplication(settings: new Dictionary<string, string?> { ["NmZaMe:Media:MaxUploadBytes"] = "2000" });
        await app.StartAsync();
        using var editor = await SignInAsync(app, "urednik@example.si", UserGroups.Editors);
        var big = TestFiles.Pdf().Concat(new byte[5000]).ToArray();

        using var response = await UploadAsync(editor, null, new Dictionary<string, string>(), new FormFile("Items[0].File", "velik.pdf", big, "application/pdf"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Datoteka je prevelika", body, StringComparison.Ordinal);
        Assert.Equal(0, StoredFiles(app));

        // Just under the limit is fine.
        using var small = await UploadAsync(editor, null, new Dictionary<string, string>(), new FormFile("Items[0].File", "majhen.pdf", TestFiles.Pdf(), "application/pdf"));
        Assert.Equal(HttpStatusCode.Redirect, small.StatusCode);
    }

    [Fact]
    public async Task Anonymous_users_and_users_without_edit_rights_cannot_upload()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, "nihce@example.si", Password);
        using var anonymous = BackOfficeSession.Create(app);
        using var nobody = BackOfficeSession.Create(app);
        await nobody.SignInOkAsync("nihce@example.si", Password);

        foreach (var session in new[] { anonymous, nobody })
        {
            using var content = new MultipartFormDataContent { { new ByteArrayContent(TestFiles.Pdf()), "Items[0].File", "a.pdf" } };
            using var post = await session.Client.PostAsync("/umbraco/media/upload", content);
            using var get = await session.Client.GetAsync("/umbraco/media/upload");
            // A post without a session is answered 303 (see other: the sign-in page, which may restore the kept form), a
            // post without the right 302 to access denied.
            Assert.Contains(post.StatusCode, new[] { HttpStatusCode.Redirect, HttpStatusCode.SeeOther });
            Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
            Assert.Matches("/umbraco/(login|access-denied)\\?", post.Headers.Location!.OriginalString);
        }

        Assert.Equal(0, StoredFiles(app));
    }

    [Fact]
    public async Task When_the_database_refuses_the_upload_the_stored_files_are_removed_again()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        await using var db = app.CreateDbContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using (var readOnly = connection.CreateCommand())
        {
            readOnly.CommandText = "PRAGMA query_only = 1";
            await readOnly.ExecuteNonQueryAsync();
        }

        var upload = new NmZaMe.Cms.Media.UploadMedia(db, app.Services.GetRequiredService<NmZaMe.Cms.PublishedCache.ISnapshotSource>(), app.Services.GetRequiredService<NmZaMe.Cms.Changes.ContentCommit>(),
            app.Services.GetRequiredService<NmZaMe.Cms.Media.MediaFileStore>());
        try
        {
            await Assert.ThrowsAnyAsync<Exception>(() => upload.ExecuteAsync(new NmZaMe.Cms.Media.UploadMediaCommand(null,
                [new NmZaMe.Cms.Media.UploadedFile("a.pdf", TestFiles.Pdf(), "A", new Dictionary<string, string?>())], 1_000_000, "test")));
        }
        finally
        {
            await using var writable = connection.CreateCommand();
            writable.CommandText = "PRAGMA query_only = 0";
            await writable.ExecuteNonQueryAsync();
        }

        Assert.Equal(0, StoredFiles(app));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(app.DataDirectory, "media", ".tmp")));
    }
}
