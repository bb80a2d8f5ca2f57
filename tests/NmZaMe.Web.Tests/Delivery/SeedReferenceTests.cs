using System.Net;
using System.Text.Json;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Tests.Delivery;

/// <summary>
/// What uSync/tools/seed-news.py adds to the seed, read through HTTP in Umbraco 17's documented shapes: news pictures
/// as media, rich text with an internal link and an image (Umbraco's <c>ApiRichTextMarkupParserTests</c> and Umbraco
/// 17's output (PR #20846) give the shape: href = route path, then <c>data-destination-*</c>, <c>data-start-item-*</c>
/// and <c>data-link-type</c>; the image's src the media URL without <c>data-udi</c>), and an article in Slovenian only.
/// </summary>
public sealed class SeedReferenceTests(SeedApplication seed) : IClassFixture<SeedApplication>
{
    private const string Api = "/umbraco/delivery/api/v2";
    private static readonly Guid NewsFolder = Guid.Parse("3c1f7a52-9d4e-4b6a-8f20-6e5d4c3b2a19");
    private static readonly Guid Office = Guid.Parse("7da78aa1-553f-57e3-90e9-8deb959116ac");

    private PublishedContent Article(string slovenianName) =>
        seed.App.Snapshot.All.Single(c => c.ContentType.Alias == "newsArticle" && c.Name("sl-SI") == slovenianName);

    private PublishedContent LinkingArticle => Article("Vrata je odprla Pisarna lokalne blaginje");

    private PublishedContent SlovenianOnly => Article("Spomladansko srečanje organizacij: materialna stiska družin");

    [Fact]
    public async Task Every_news_article_picks_a_picture_that_the_media_endpoints_serve_by_id_path_and_query()
    {
        var articles = seed.App.Snapshot.All.Where(c => c.ContentType.Alias == "newsArticle").ToList();
        var folder = await seed.GetJsonAsync($"{Api}/media/item/{NewsFolder}");
        var images = await seed.GetJsonAsync($"{Api}/media?fetch=children:{NewsFolder}&filter=mediaType:Image&sort=name:asc&take=50");
        var named = await seed.GetJsonAsync($"{Api}/media?fetch=children:/slike novic/&filter=name:znak");

        Assert.Equal(9, articles.Count);
        Assert.Equal("Folder", folder.GetProperty("mediaType").GetString());
        Assert.Equal("/slike novic/", folder.GetProperty("path").GetString());
        Assert.Equal(articles.Count + 1, images.GetProperty("total").GetInt32());
        var names = images.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToArray();
        Assert.All(names[..^1], n => Assert.StartsWith("Slika – ", n, StringComparison.Ordinal));
        Assert.Equal("Znak za informacije", names[^1]);
        Assert.Equal("Znak za informacije", Assert.Single(named.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());
        foreach (var article in articles)
        {
            var item = await seed.GetJsonAsync($"{Api}/content/item/{article.Key}");
            var picture = Assert.Single(item.GetProperty("properties").GetProperty("image").EnumerateArray());
            var id = picture.GetProperty("id").GetGuid();
            var byId = await seed.GetJsonAsync($"{Api}/media/item/{id}");
            var byPath = await seed.GetJsonAsync($"{Api}/media/item{Uri.EscapeDataString(byId.GetProperty("path").GetString()!).Replace("%2F", "/", StringComparison.Ordinal)}");

            Assert.Equal(["path", "createDate", "updateDate", "focalPoint", "crops", "id", "name", "mediaType", "url", "extension", "width", "height", "bytes", "properties"],
                byId.EnumerateObject().Select(p => p.Name).ToArray());
            Assert.StartsWith("Ilustracija: ", picture.GetProperty("properties").GetProperty("altText").GetString(), StringComparison.Ordinal);
            Assert.Equal((320, 180, "png"), (byId.GetProperty("width").GetInt32(), byId.GetProperty("height").GetInt32(), byId.GetProperty("extension").GetString()));
            Assert.Equal(id, byPath.GetProperty("id").GetGuid());
            Assert.StartsWith("/slike novic/slika – ", byId.GetProperty("path").GetString(), StringComparison.Ordinal);
            using var file = await seed.Client.GetAsync(byId.GetProperty("url").GetString());
            Assert.Equal("image/png", file.Content.Headers.ContentType?.MediaType);
            Assert.Equal(byId.GetProperty("bytes").GetInt32(), (await file.Content.ReadAsByteArrayAsync()).Length);
        }
    }

    [Theory]
    [InlineData("sl-SI", "Ilustracija: znak za informacije")]
    [InlineData("en-US", "Illustration: information sign")]
    public async Task Rich_text_links_and_images_are_resolved_as_umbracos_markup_parser_does(string culture, string alt)
    {
        var item = await seed.GetJsonAsync($"{Api}/content/item/{LinkingArticle.Key}", ("Accept-Language", culture));
        var office = await seed.GetJsonAsync($"{Api}/content/item/{Office}", ("Accept-Language", culture));
        var info = await seed.GetJsonAsync($"{Api}/media?fetch=children:{NewsFolder}&filter=name:znak");

        var markup = item.GetProperty("properties").GetProperty("body").GetProperty("markup").GetString()!;
        var route = office.GetProperty("route");
        var title = culture == "sl-SI" ? "Pisarna lokalne blaginje" : "Local Welfare Office";
        Assert.Contains(
            $"<a href=\"{route.GetProperty("path").GetString()}\" title=\"{title}\" data-destination-id=\"{Office}\" data-destination-type=\"organisation\" " +
            $"data-start-item-path=\"{route.GetProperty("startItem").GetProperty("path").GetString()}\" " +
            $"data-start-item-id=\"{route.GetProperty("startItem").GetProperty("id").GetGuid()}\" data-link-type=\"Content\">{title}</a>",
            markup, StringComparison.Ordinal);
        var url = info.GetProperty("items")[0].GetProperty("url").GetString();
        Assert.Contains($"<img src=\"{url}\" alt=\"{alt}\" width=\"320\" height=\"180\">", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("localLink", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("data-udi", markup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sl", "sl-SI", "Ilustracija: znak za informacije")]
    [InlineData("en", "en-US", "Illustration: information sign")]
    public async Task The_site_shows_the_link_in_the_pages_language_the_image_with_its_alt_and_the_news_picture(string language, string culture, string alt)
    {
        var snapshot = seed.App.Snapshot;
        var html = await seed.GetHtmlAsync($"/{language}{snapshot.Route(LinkingArticle, culture)}");

        var officePage = $"/{language}{snapshot.Route(snapshot.Get(Office)!, culture)}";
        Assert.Contains($"<a href=\"{officePage}\" title=\"", html, StringComparison.Ordinal);
        var info = snapshot.Media.Values.Single(m => m.Name(string.Empty) == "Znak za informacije");
        Assert.Contains($"<img src=\"{snapshot.MediaUrl(info.Key)}\" alt=\"{alt}\" width=\"320\" height=\"180\" loading=\"lazy\" decoding=\"async\">", html, StringComparison.Ordinal);
        var picture = snapshot.Media[((List<MediaPickerEntry>)LinkingArticle.Value("image", culture)!)[0].MediaKey];
        var lang = language == "sl" ? string.Empty : " lang=\"sl\"";
        Assert.Contains($"<img class=\"news-image\" src=\"{snapshot.MediaUrl(picture.Key)}\" alt=\"Ilustracija: odprta vrata\"{lang} width=\"320\" height=\"180\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("localLink", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-udi", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_published_in_slovenian_only_has_no_english_page_and_no_english_api_item()
    {
        var snapshot = seed.App.Snapshot;
        var route = snapshot.Route(SlovenianOnly, "sl-SI")!;

        using var english = await seed.Client.GetAsync("/en" + route);
        var slovenian = await seed.GetHtmlAsync("/sl" + route);
        var englishNews = await seed.GetHtmlAsync("/en" + snapshot.Route(snapshot.Get(SlovenianOnly.ParentKey!.Value)!, "en-US"));
        var item = await seed.GetJsonAsync($"{Api}/content/item/{SlovenianOnly.Key}");
        using var itemInEnglish = await ApiAsync($"{Api}/content/item/{SlovenianOnly.Key}", "en-US");
        using var pathInEnglish = await ApiAsync($"{Api}/content/item{route}", "en-US");
        var newsInEnglish = await seed.GetJsonAsync($"{Api}/content?filter=contentType:newsArticle&take=0", ("Accept-Language", "en-US"));
        var newsInSlovenian = await seed.GetJsonAsync($"{Api}/content?filter=contentType:newsArticle&take=0");

        Assert.Null(snapshot.Route(SlovenianOnly, "en-US"));
        Assert.Equal(HttpStatusCode.NotFound, english.StatusCode);
        Assert.Contains("<h1>Spomladansko srečanje organizacij: materialna stiska družin</h1>", slovenian, StringComparison.Ordinal);
        Assert.DoesNotContain(route, englishNews, StringComparison.Ordinal);
        Assert.Equal(["sl-SI"], item.GetProperty("cultures").EnumerateObject().Select(c => c.Name).ToArray());
        Assert.Equal(HttpStatusCode.NotFound, itemInEnglish.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, pathInEnglish.StatusCode);
        Assert.Equal(newsInSlovenian.GetProperty("total").GetInt32() - 1, newsInEnglish.GetProperty("total").GetInt32());
    }

    private async Task<HttpResponseMessage> ApiAsync(string url, string culture)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Accept-Language", culture);
        return await seed.Client.SendAsync(request);
    }
}
