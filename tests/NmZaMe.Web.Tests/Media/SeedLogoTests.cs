using System.Net;
using System.Text.Json;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Tests.Media;

/// <summary>
/// The seed's organisation badges (uSync/tools/seed-media.py): uSync v17 media with their files, picked by every
/// organisation's logo, served by the Delivery API's media endpoints in Umbraco's shapes and shown on the site.
/// </summary>
public sealed class SeedLogoTests(SeedApplication seed) : IClassFixture<SeedApplication>
{
    private const string Api = "/umbraco/delivery/api/v2";

    [Fact]
    public async Task Every_organisation_picks_a_logo_whose_file_is_served_with_its_alt_text()
    {
        var organisations = seed.App.Snapshot.All.Where(c => c.ContentType.Alias == "organisation").ToList();
        Assert.NotEmpty(organisations);
        foreach (var organisation in organisations)
        {
            var picked = Assert.IsType<List<MediaPickerEntry>>(organisation.Value("logo", "sl-SI"));
            var media = seed.App.Snapshot.Media[Assert.Single(picked).MediaKey];
            Assert.Equal(organisation.Name("sl-SI"), media.Value("altText", string.Empty));
            using var file = await seed.Client.GetAsync(seed.App.Snapshot.MediaUrl(media.Key));
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.Equal("image/png", file.Content.Headers.ContentType?.MediaType);
            var bytes = await file.Content.ReadAsByteArrayAsync();
            Assert.Equal(int.Parse((string)media.Value("umbracoBytes", string.Empty)!), bytes.Length);
            Assert.True(bytes.Length < 4096, "A badge is a small file.");
        }
    }

    [Fact]
    public async Task The_delivery_api_gives_the_logo_and_the_media_in_umbracos_shapes()
    {
        var office = seed.Find("organisation", "Pisarna lokalne blaginje");

        var item = await seed.GetJsonAsync($"{Api}/content/item/{office}");
        var logo = Assert.Single(item.GetProperty("properties").GetProperty("logo").EnumerateArray());
        var roots = await seed.GetJsonAsync($"{Api}/media?fetch=children:/");
        var folder = roots.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("name").GetString() == "Logotipi organizacij");
        var children = await seed.GetJsonAsync($"{Api}/media?fetch=children:{folder.GetProperty("id").GetGuid()}&filter=mediaType:Image&take=0");
        var byPath = await seed.GetJsonAsync($"{Api}/media/item/{Uri.EscapeDataString("Logotipi organizacij")}/{Uri.EscapeDataString(logo.GetProperty("name").GetString()!)}");
        var byId = await seed.GetJsonAsync($"{Api}/media/item/{logo.GetProperty("id").GetGuid()}");

        Assert.Equal(["focalPoint", "crops", "id", "name", "mediaType", "url", "extension", "width", "height", "bytes", "properties"], logo.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("Image", logo.GetProperty("mediaType").GetString());
        Assert.Equal("png", logo.GetProperty("extension").GetString());
        Assert.Equal(96, logo.GetProperty("width").GetInt32());
        Assert.Equal(96, logo.GetProperty("height").GetInt32());
        Assert.Equal("Pisarna lokalne blaginje", logo.GetProperty("properties").GetProperty("altText").GetString());
        Assert.StartsWith("/media/", logo.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(seed.App.Snapshot.All.Count(c => c.ContentType.Alias == "organisation"), children.GetProperty("total").GetInt32());
        Assert.Equal(logo.GetProperty("id").GetGuid(), byPath.GetProperty("id").GetGuid());
        Assert.StartsWith("/logotipi organizacij/", byPath.GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.Equal(logo.GetProperty("url").GetString(), byId.GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("sl")]
    [InlineData("en")]
    public async Task The_organisation_page_shows_the_logo_light_and_with_its_alt_text(string language)
    {
        var office = seed.App.Snapshot.All.First(c => c.ContentType.Alias == "organisation" && c.Name("sl-SI") == "Pisarna lokalne blaginje");
        var url = seed.App.Snapshot.MediaUrl(((List<MediaPickerEntry>)office.Value("logo", "sl-SI")!)[0].MediaKey);
        var culture = language == "sl" ? "sl-SI" : "en-US";

        var html = await seed.GetHtmlAsync($"/{language}{seed.App.Snapshot.Route(office, culture)}");

        var lang = language == "sl" ? string.Empty : " lang=\"sl\"";
        Assert.Contains($"<img class=\"logo\" src=\"{url}\" alt=\"Pisarna lokalne blaginje\"{lang} width=\"96\" height=\"96\" loading=\"lazy\" decoding=\"async\" />", html, StringComparison.Ordinal);
    }
}
