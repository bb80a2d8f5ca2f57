using System.Text.Json;

namespace NmZaMe.Web.Tests.Delivery;

/// <summary>
/// A Multi URL Picker with a content, a media and an external link, read through HTTP in the shapes of Umbraco's
/// <c>MultiUrlPickerValueConverterTests</c> (<c>ApiLink</c>): a content link has no url but a route in the request's
/// culture, a media link the media URL and no route, an external link url + query string; a link without a name of its
/// own is titled by its destination.
/// </summary>
public sealed class LinkOutputTests
{
    private const string Api = "/umbraco/delivery/api/v2";
    private static readonly Guid Office = Guid.Parse("7da78aa1-553f-57e3-90e9-8deb959116ac");
    private static readonly Guid Violence = Guid.Parse("6b525f02-2d59-55fd-94dd-2a34cef63ad8");
    private static readonly Guid OfficeLogo = Guid.Parse("ad472b0b-4c83-520d-8bdc-ca93c923004f");

    [Fact]
    public async Task Content_media_and_external_links_have_umbracos_api_link_shapes_in_each_culture()
    {
        using var usync = TestUSync.Full();
        var file = Directory.EnumerateFiles(Path.Combine(usync.V17, "Content")).Single(f => File.ReadAllText(f).Contains($"<Content Key=\"{Office}\"", StringComparison.Ordinal));
        var text = File.ReadAllText(file);
        var start = text.IndexOf("    <website>", StringComparison.Ordinal);
        var end = text.IndexOf("    </website>\n", StringComparison.Ordinal) + "    </website>\n".Length;
        var links = $$"""[{"name":"","target":null,"type":"document","unique":"{{Violence}}","url":null,"queryString":"?group=otroci"},{"name":null,"type":"media","unique":"{{OfficeLogo}}","url":null,"queryString":null},{"name":"www.nmzame.si","target":"_blank","type":"external","unique":null,"url":"https://www.nmzame.si","queryString":"?from=api"}]""";
        File.WriteAllText(file, text[..start] + $"    <website>\n      <Value><![CDATA[{links}]]></Value>\n    </website>\n" + text[end..]);
        using var app = new CmsApplication(usync.Folder);
        var client = await app.StartAsync();

        foreach (var culture in new[] { "sl-SI", "en-US" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{Api}/content/item/{Office}");
            request.Headers.Add("Accept-Language", culture);
            using var response = await client.SendAsync(request);
            var website = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("properties").GetProperty("website");
            using var violenceRequest = new HttpRequestMessage(HttpMethod.Get, $"{Api}/content/item/{Violence}");
            violenceRequest.Headers.Add("Accept-Language", culture);
            using var violenceResponse = await client.SendAsync(violenceRequest);
            var violence = JsonDocument.Parse(await violenceResponse.Content.ReadAsStringAsync()).RootElement;

            Assert.Equal(3, website.GetArrayLength());
            Assert.All(website.EnumerateArray(), link => Assert.Equal(
                ["url", "queryString", "title", "target", "destinationId", "destinationType", "route", "linkType"], link.EnumerateObject().Select(p => p.Name).ToArray()));

            var content = website[0];
            Assert.Equal(JsonValueKind.Null, content.GetProperty("url").ValueKind);
            Assert.Equal("?group=otroci", content.GetProperty("queryString").GetString());
            Assert.Equal(violence.GetProperty("name").GetString(), content.GetProperty("title").GetString());
            Assert.Equal(Violence, content.GetProperty("destinationId").GetGuid());
            Assert.Equal("lifeChallenge", content.GetProperty("destinationType").GetString());
            Assert.Equal(violence.GetProperty("route").GetRawText(), content.GetProperty("route").GetRawText());
            Assert.Equal("Content", content.GetProperty("linkType").GetString());

            var media = website[1];
            Assert.Equal(app.Snapshot.MediaUrl(OfficeLogo), media.GetProperty("url").GetString());
            Assert.Equal("Logotip – Pisarna lokalne blaginje", media.GetProperty("title").GetString());
            Assert.Equal(OfficeLogo, media.GetProperty("destinationId").GetGuid());
            Assert.Equal("Image", media.GetProperty("destinationType").GetString());
            Assert.Equal(JsonValueKind.Null, media.GetProperty("route").ValueKind);
            Assert.Equal("Media", media.GetProperty("linkType").GetString());

            var external = website[2];
            Assert.Equal("https://www.nmzame.si?from=api", external.GetProperty("url").GetString());
            Assert.Equal("_blank", external.GetProperty("target").GetString());
            Assert.Equal(JsonValueKind.Null, external.GetProperty("destinationId").ValueKind);
            Assert.Equal(JsonValueKind.Null, external.GetProperty("route").ValueKind);
            Assert.Equal("External", external.GetProperty("linkType").GetString());
        }
    }
}
