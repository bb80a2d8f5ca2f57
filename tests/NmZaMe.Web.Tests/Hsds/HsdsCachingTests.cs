using System.Net;
using System.Text.Json;
using NmZaMe.Web.Tests.Caching;

namespace NmZaMe.Web.Tests.Hsds;

/// <summary>HSDS answers in the shared API caching: kept until a publish, then new; configurable Cache-Control; CORS from the allow-list.</summary>
public sealed class HsdsCachingTests
{
    [Fact]
    public async Task A_publish_empties_the_cache_changes_the_etag_and_shows_in_modified_after()
    {
        using var app = new CmsApplication(settings: new Dictionary<string, string?>
        {
            ["NmZaMe:Hsds:OutputCache:CacheControl"] = "public, max-age=30",
            ["NmZaMe:Cors:AllowedOrigins:0"] = "https://partner.example",
        });
        var client = await app.StartAsync();
        // Whole seconds, floored: the instant is before the publish below whatever precision dates are stored with.
        var since = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var query = $"/hsds/services?per_page=200&modified_after={since}";

        using var first = await client.GetAsync(query);
        using var cached = await client.GetAsync(query);
        Assert.Equal("public, max-age=30", first.Headers.CacheControl?.ToString());
        Assert.NotNull(cached.Headers.Age);
        var before = Total(await first.Content.ReadAsStringAsync());

        await ApiCachingTests.PublishNewServiceAsync(app);

        using var request = new HttpRequestMessage(HttpMethod.Get, query);
        request.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.Tag);
        using var after = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(first.Headers.ETag, after.Headers.ETag);
        var body = await after.Content.ReadAsStringAsync();
        Assert.Equal(before + 1, Total(body));
        Assert.Contains("Nova storitev za predpomnilnik", body, StringComparison.Ordinal);

        using var cors = new HttpRequestMessage(HttpMethod.Get, "/hsds/");
        cors.Headers.Add("Origin", "https://partner.example");
        using var allowed = await client.SendAsync(cors);
        Assert.Equal("https://partner.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        using var elsewhere = new HttpRequestMessage(HttpMethod.Get, "/hsds/");
        elsewhere.Headers.Add("Origin", "https://elsewhere.example");
        using var refused = await client.SendAsync(elsewhere);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static int Total(string page) => JsonDocument.Parse(page).RootElement.GetProperty("total_items").GetInt32();
}
