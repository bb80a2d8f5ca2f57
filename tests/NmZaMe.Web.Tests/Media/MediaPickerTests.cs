using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Users;
using NmZaMe.Web.Tests.BackOffice;
using static NmZaMe.Web.Tests.Media.MediaTestHelpers;

namespace NmZaMe.Web.Tests.Media;

/// <summary>
/// The content editor's media picker panel (issue 14) through the form posts a browser without script sends: folders
/// within the media start folders, search by name and alt text, pages of 24, only the allowed types pickable, and
/// upload inside the picker that picks the new item, refused without the right to upload there.
/// </summary>
public sealed class MediaPickerTests
{
    [Fact]
    public async Task The_panel_browses_folders_pages_searches_by_alt_text_and_picks_only_allowed_types()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var editor = await SignInAsync(app, "urednik@example.si", UserGroups.Editors);
        var logos = await CreateFolderAsync(app, editor, "Logotipi");
        for (var batch = 0; batch < 9; batch++)
        {
            var fields = new Dictionary<string, string>();
            var files = new List<FormFile>();
            for (var i = 0; i < 3 && (batch * 3) + i < 25; i++)
            {
                var n = (batch * 3) + i + 1;
                fields[$"Items[{i}].Name"] = $"Znak {n:00}";
                fields[$"Items[{i}].Alt[inv]"] = n == 7 ? "Modri zmaj na belem" : $"Znak številka {n}";
                files.Add(new FormFile($"Items[{i}].File", $"znak{n}.png", TestFiles.Png(2, 2)));
            }

            using var upload = await UploadAsync(editor, logos, fields, [.. files]);
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        }

        using (var pdf = await UploadAsync(editor, logos, new Dictionary<string, string> { ["Items[0].Name"] = "Cenik" }, new FormFile("Items[0].File", "cenik.pdf", TestFiles.Pdf())))
        {
            Assert.Equal(HttpStatusCode.Redirect, pdf.StatusCode);
        }

        var cenik = (await FindAsync(app, "Cenik"))!.Key;
        var seventh = (await FindAsync(app, "Znak 07"))!.Key;
        var url = OrganisationUrl(app);

        var top = await OpAsync(editor, url, "mediaopen|f.logo");
        Assert.Contains($"value=\"mediafolder|f.logo|{logos}\"", top, StringComparison.Ordinal);
        Assert.Contains("id=\"fld-f-logo-mq\"", top, StringComparison.Ordinal);

        // A folder shows 24 choices a page; the PDF is listed but cannot be picked into the image picker (B3).
        var first = await OpAsync(editor, url, $"mediafolder|f.logo|{logos}");
        Assert.Equal(24, Regex.Matches(first, "value=\"mediapick\\|f\\.logo\\|").Count);
        Assert.Contains("Stran 1 od 2.", first, StringComparison.Ordinal);
        Assert.Contains("value=\"mediapage|f.logo|2\"", first, StringComparison.Ordinal);
        Assert.Contains("<span aria-current=\"location\">Logotipi</span>", first, StringComparison.Ordinal);
        Assert.Matches("<img src=\"/media/[^\"]+\" alt=\"\" width=\"96\" height=\"72\" loading=\"lazy\">", first);

        var second = await OpAsync(editor, url, "mediapage|f.logo|2", ("f.logo.mfolder", logos.ToString()));
        Assert.Equal(2, Regex.Matches(second, "value=\"mediapick\\|f\\.logo\\|").Count);
        Assert.Matches($"value=\"mediapick\\|f\\.logo\\|{cenik}\"[^>]*disabled=\"disabled\"", first + second);

        // Search by alt text, across the folders the editor may see.
        var found = await OpAsync(editor, url, "mediasearch|f.logo", ("f.logo.mq", "modri zmaj"));
        Assert.Contains($"value=\"mediapick|f.logo|{seventh}\"", found, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(found, "value=\"mediapick\\|f\\.logo\\|"));

        // Picking the PDF anyway is refused; picking an image puts it in the field, and the single picker closes.
        var refused = await OpAsync(editor, url, $"mediapick|f.logo|{cenik}");
        Assert.Contains("id=\"fld-f-logo-err\"", refused, StringComparison.Ordinal);
        Assert.DoesNotContain($"name=\"f.logo\" value=\"{cenik}\"", refused, StringComparison.Ordinal);
        var picked = await OpAsync(editor, url, $"mediapick|f.logo|{seventh}");
        Assert.Contains($"name=\"f.logo\" value=\"{seventh}\"", picked, StringComparison.Ordinal);
        Assert.Contains("nadomestno besedilo: Modri zmaj na belem", picked, StringComparison.Ordinal);
        Assert.Contains("value=\"mediaopen|f.logo\"", picked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_organisation_editor_browses_searches_and_uploads_only_within_their_media_folder()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var editor = await SignInAsync(app, "urednik@example.si", UserGroups.Editors);
        var own = await CreateFolderAsync(app, editor, "Društvo A");
        var other = await CreateFolderAsync(app, editor, "Društvo B");
        foreach (var (folder, name) in new[] { (own, "Znak društva A"), (other, "Znak društva B") })
        {
            using var upload = await UploadAsync(editor, folder, new Dictionary<string, string> { ["Items[0].Name"] = name, ["Items[0].Alt[inv]"] = name },
                new FormFile("Items[0].File", "znak.png", TestFiles.Png(2, 2)));
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        }

        var outside = (await FindAsync(app, "Znak društva B"))!.Key;
        var organisation = app.Snapshot.All.Where(c => c.ContentType.Alias == "organisation").OrderBy(c => c.Key).First();
        await BackOfficeSession.CreateUserAsync(app, "drustvo@example.si", Password, organisation.Key, UserGroups.OrganisationEditors);
        using var orgEditor = BackOfficeSession.Create(app);
        await orgEditor.SignInOkAsync("drustvo@example.si", Password);
        var url = OrganisationUrl(app);

        // Without a media folder an organisation editor has no media and may not upload: the panel has no upload part,
        // and a crafted upload is refused with nothing stored.
        var none = await OpAsync(orgEditor, url, "mediaopen|f.logo");
        Assert.DoesNotContain("value=\"mediaupload|f.logo\"", none, StringComparison.Ordinal);
        var count = await MediaCountAsync(app);
        var refusedUpload = await UploadInPickerAsync(orgEditor, url, null, "Vsiljen znak");
        Assert.Contains("V to mapo ne smete nalagati medijev.", refusedUpload, StringComparison.Ordinal);
        Assert.Equal(count, await MediaCountAsync(app));

        await SetStartFolderAsync(app, "drustvo@example.si", own);
        var top = await OpAsync(orgEditor, url, "mediaopen|f.logo");
        Assert.Contains($"value=\"mediafolder|f.logo|{own}\"", top, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"mediafolder|f.logo|{other}\"", top, StringComparison.Ordinal);
        var crafted = await OpAsync(orgEditor, url, $"mediafolder|f.logo|{other}");
        Assert.DoesNotContain(outside.ToString(), crafted, StringComparison.Ordinal);
        Assert.DoesNotContain(outside.ToString(), await OpAsync(orgEditor, url, "mediasearch|f.logo", ("f.logo.mq", "Znak društva")), StringComparison.Ordinal);
        Assert.DoesNotContain($"name=\"f.logo\" value=\"{outside}\"", await OpAsync(orgEditor, url, $"mediapick|f.logo|{outside}"), StringComparison.Ordinal);

        // Upload inside the picker into their folder: the new item is stored there and picked at once.
        var uploaded = await UploadInPickerAsync(orgEditor, url, own, "Nov znak društva");
        var created = (await FindAsync(app, "Nov znak društva"))!;
        Assert.Contains($"name=\"f.logo\" value=\"{created.Key}\"", uploaded, StringComparison.Ordinal);
        Assert.Contains("Datoteka je naložena in izbrana.", uploaded, StringComparison.Ordinal);
        await using (var db = app.CreateDbContext())
        {
            Assert.Equal((await db.Nodes.SingleAsync(n => n.Key == own)).Id, created.ParentId);
        }

        // The same validation as the library: an image without alt text, or a PDF into the image picker, is refused and not stored.
        count = await MediaCountAsync(app);
        Assert.Contains("id=\"fld-f-logo-malt-inv-err\"", await UploadInPickerAsync(orgEditor, url, own, "Brez opisa", alt: string.Empty), StringComparison.Ordinal);
        Assert.Contains("id=\"fld-f-logo-mfile-err\"", await UploadInPickerAsync(orgEditor, url, own, "Cenik", pdf: true), StringComparison.Ordinal);
        Assert.Equal(count, await MediaCountAsync(app));
    }

    private static string OrganisationUrl(CmsApplication app) =>
        $"/umbraco/content/{app.Snapshot.All.Where(c => c.ContentType.Alias == "organisation").OrderBy(c => c.Key).First().Key}/edit?culture=sl-SI";

    /// <summary>Posts the editor's form as it is with an in-form operation (and the panel's fields), as the no-script form does.</summary>
    internal static async Task<string> OpAsync(BackOfficeSession session, string url, string op, params (string Name, string Value)[] extra)
    {
        var fields = await ContentEditorTests.AllFieldsAsync(session, url, [.. extra, ("op", op)]);
        var token = BackOfficeSession.Token(await session.GetPageAsync(url));
        using var response = await session.Client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)).ToList()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> UploadInPickerAsync(BackOfficeSession session, string url, Guid? folder, string name, string alt = "Znak društva", bool pdf = false)
    {
        var fields = await ContentEditorTests.AllFieldsAsync(session, url,
            ("op", "mediaupload|f.logo"), ("f.logo.mfolder", folder?.ToString() ?? string.Empty), ("f.logo.mname", name), ("f.logo.malt.inv", alt));
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(BackOfficeSession.Token(await session.GetPageAsync(url))), "__RequestVerificationToken");
        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(value), key);
        }

        var file = new ByteArrayContent(pdf ? TestFiles.Pdf() : TestFiles.Png(2, 2));
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(pdf ? "application/pdf" : "image/png");
        content.Add(file, "f.logo.mfile", pdf ? "cenik.pdf" : "znak.png");
        using var response = await session.Client.PostAsync(url, content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
