using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using NmZaMe.Cms.Users;
using NmZaMe.Web.Tests.BackOffice;
using static NmZaMe.Web.Tests.Media.MediaTestHelpers;

namespace NmZaMe.Web.Tests.Media;

/// <summary>Serving uploaded files at /media/{id}/{name}: headers, revalidation, ranges, traversal, and the Delivery API's view of them.</summary>
public sealed class MediaFileServingTests
{
    [Fact]
    public async Task An_uploaded_image_is_served_with_its_type_nosniff_long_caching_and_revalidation()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        using var editor = await SignInAsync(app, "urednik@example.si", UserGroups.Editors);
        var png = TestFiles.Png(4, 3);
        using (var upload = await UploadAsync(editor, null, new Dictionary<string, string> { ["Items[0].Alt[inv]"] = "Zemljevid", ["Items[0].Name"] = "Zemljevid" },
            new FormFile("Items[0].File", "zemljevid.png", png, "application/octet-stream")))
        {
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        }

        var url = FileUrl((await FindAsync(app, "Zemljevid"))!);
        using var response = await client.GetAsync(url);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(png, bytes);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Equal("inline", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("zemljevid.png", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.NotNull(response.Content.Headers.LastModified);
        var etag = response.Headers.ETag!;

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, url);
        revalidate.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task A_pdf_is_served_in_ranges_and_the_delivery_api_points_to_it_with_its_size()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        using var editor = await SignInAsync(app, "urednik@example.si", UserGroups.Editors);
        var folder = await CreateFolderAsync(app, editor, "Dokumenti");
        var pdf = TestFiles.Pdf();
        using (var upload = await UploadAsync(editor, folder, new Dictionary<string, string> { ["Items[0].Name"] = "Cenik" }, new FormFile("Items[0].File", "cenik.pdf", pdf)))
        {
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        }

        var node = (await FindAsync(app, "Cenik"))!;
        var url = FileUrl(node);
        using var range = new HttpRequestMessage(HttpMethod.Get, url);
        range.Headers.Range = new RangeHeaderValue(0, 4);
        using var partial = await client.SendAsync(range);
        var item = JsonDocument.Parse(await client.GetStringAsync($"/umbraco/delivery/api/v2/media/item/{node.Key}")).RootElement;
        var byPath = await client.GetAsync("/umbraco/delivery/api/v2/media/item/dokumenti/cenik");

        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal("%PDF-", await partial.Content.ReadAsStringAsync());
        Assert.Equal("application/pdf", partial.Content.Headers.ContentType?.MediaType);
        Assert.Equal(url, item.GetProperty("url").GetString());
        Assert.Equal(pdf.Length, item.GetProperty("bytes").GetInt32());
        Assert.Equal("pdf", item.GetProperty("extension").GetString());
        Assert.Equal("File", item.GetProperty("mediaType").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("width").ValueKind);
        Assert.Equal(HttpStatusCode.OK, byPath.StatusCode);
    }

    [Fact]
    public async Task Traversal_and_unknown_files_are_not_found()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        using var editor = await SignInAsync(app, "urednik@example.si", UserGroups.Editors);
        using (await UploadAsync(editor, null, new Dictionary<string, string> { ["Items[0].Name"] = "Obrazec" }, new FormFile("Items[0].File", "obrazec.pdf", TestFiles.Pdf())))
        {
        }

        var url = FileUrl((await FindAsync(app, "Obrazec"))!);
        var id = url.Split('/')[2];
        string[] attempts =
        [
            "/media/../nmzame.db",
            "/media/%2e%2e/nmzame.db",
            $"/media/{id}/..%2f..%2fnmzame.db",
            $"/media/{id}/..%2F..%2Fappsettings.json",
            $"/media/..%2f..%2f{id}/obrazec.pdf",
            $"/media/{id}/drugo-ime.pdf",
            $"/media/{id.ToUpperInvariant()}/obrazec.pdf",
            $"/media/{new string('0', 32)}/obrazec.pdf",
            "/media/.tmp/x.part",
            "/App_Data/nmzame.db",
        ];

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        foreach (var attempt in attempts)
        {
            using var response = await client.GetAsync(attempt);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{attempt} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Uploaded_files_are_still_served_after_a_restart()
    {
        using var data = new TempDirectory();
        string url;
        var pdf = TestFiles.Pdf();
        using (var first = new CmsApplication(dataDirectory: data.Path))
        {
            await first.StartAsync();
            using var editor = await SignInAsync(first, "urednik@example.si", UserGroups.Editors);
            using (var upload = await UploadAsync(editor, null, new Dictionary<string, string> { ["Items[0].Name"] = "Urnik" }, new FormFile("Items[0].File", "urnik.pdf", pdf)))
            {
                Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
            }

            url = FileUrl((await FindAsync(first, "Urnik"))!);
        }

        using var second = new CmsApplication(dataDirectory: data.Path);
        var client = await second.StartAsync();

        Assert.Equal(pdf, await client.GetByteArrayAsync(url));
    }
}
